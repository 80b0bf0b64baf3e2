/**
 * The site's public addresses, in one place. They never change once published: pages, feeds
 * and the download endpoints all link through these.
 */

export const homeUrl = () => '/';
export const rankingsUrl = () => '/rankings/';
/** A month's ranking page: /rankings/2005-03/. */
export const rankingUrl = (period: string) => `/rankings/${period}/`;
export const unitsUrl = () => '/units/';
/** A unit's page: /units/dazhong/. */
export const unitUrl = (unitId: string) => `/units/${unitId}/`;
export const methodologyUrl = () => '/methodology/';
export const dataUrl = () => '/data/';
/** What the downloads are: /data/README.txt. */
export const readmeUrl = () => '/data/README.txt';

/** One month, every group: /data/rankings-2005-03.csv or .json. */
export const monthDataUrl = (period: string, format: 'csv' | 'json') => `/data/rankings-${period}.${format}`;
/** One table (a month's group): /data/rankings-2005-03-towns.csv. */
export const groupDataUrl = (period: string, groupId: string) => `/data/rankings-${period}-${groupId}.csv`;
/** The whole year: /data/rankings-2005.csv or .json. */
export const yearDataUrl = (year: number, format: 'csv' | 'json') => `/data/rankings-${year}.${format}`;
/** A unit's history: /data/unit-dazhong.csv. */
export const unitDataUrl = (unitId: string) => `/data/unit-${unitId}.csv`;

/** The project ledger (台账) of the latest year, by tier: /projects/; by unit or stage: /projects/by-unit/. */
export const projectsUrl = (view?: 'by-unit' | 'by-stage') => (view ? `/projects/${view}/` : '/projects/');
/** A project's page with its timeline: /projects/k01/. */
export const projectUrl = (projectId: string) => `/projects/${projectId}/`;
/** Promotion events (大活动): /events/, and one event: /events/hongkong/. */
export const eventsUrl = () => '/events/';
export const eventUrl = (eventId: string) => `/events/${eventId}/`;
/** The cooperation tracker (接轨上海): /cooperation/. */
export const cooperationUrl = () => '/cooperation/';
/** The service environment per quarter: /service/. */
export const serviceUrl = () => '/service/';
/** Ledger downloads: /data/projects-2005.csv, /data/projects-2005-months.csv, /data/events-2005.csv … */
export const ledgerDataUrl = (kind: 'projects' | 'projects-months' | 'events' | 'signings' | 'cooperation', year: number, format: 'csv' | 'json' = 'csv') =>
  kind === 'projects-months' ? `/data/projects-${year}-months.csv` : `/data/${kind}-${year}.${format}`;
export const serviceDataUrl = () => '/data/service.csv';
