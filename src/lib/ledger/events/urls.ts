/** The promotion events' public addresses (they never change once published). */

/** Promotion events (大活动): /events/, a year's /events/2005/, and one event: /events/hongkong/. */
export const eventsUrl = (year?: number) => (year ? `/events/${year}/` : '/events/');
export const eventUrl = (eventId: string) => `/events/${eventId}/`;
/** A row per event: /data/events-2005.csv; a row per signing: /data/signings-2005.csv. */
export const eventsDataUrl = (year: number) => `/data/events-${year}.csv`;
export const signingsDataUrl = (year: number) => `/data/signings-${year}.csv`;
