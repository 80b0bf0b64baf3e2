/** Each event's conversion counts, pure. */
import type { EventYear, PromotionEvent } from './schema.ts';

/** Signings that reached each step or beyond (意向 counts them all): the event's conversion. */
export function conversion(event: PromotionEvent, steps: readonly string[]): Array<{ step: string; count: number }> {
  return steps.map((step, i) => ({ step, count: event.signings.filter((s) => steps.indexOf(s.step) >= i).length }));
}

export const eventYearConversion = (year: EventYear) =>
  conversion(
    { id: '', name: '', date: '', place: '', organiser: '', signings: year.events.flatMap((e) => e.signings) },
    year.steps,
  );
