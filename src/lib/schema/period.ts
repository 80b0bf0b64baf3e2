/** Reporting periods (YYYY-MM) and the publishers' clock (Beijing time, UTC+8). */
import { periodSchema, type Period } from './common.ts';

export type { Period };

/** A month as YYYY-MM; a month outside 1–12 (January's "month before", 0) is a programming error, so it throws. */
export function periodOf(year: number, month: number): Period {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12)
    throw new RangeError(`no period for year ${year}, month ${month} (months are 1 to 12)`);
  return `${year}-${String(month).padStart(2, '0')}` as Period;
}

/** Whether a text read from outside the data files (a form's hidden fields, an argument) is a period YYYY-MM. */
export const isPeriod = (text: string | undefined): text is Period => periodSchema.safeParse(text).success;

export function parsePeriod(period: string): { year: number; month: number } {
  const [year = NaN, month = NaN] = period.split('-').map(Number);
  return { year, month };
}

/** The month after: 2005-12 → 2006-01. */
export function nextPeriod(period: string): Period {
  const { year, month } = parsePeriod(period);
  return month === 12 ? periodOf(year + 1, 1) : periodOf(year, month + 1);
}

/** The month before: 2006-01 → 2005-12. */
export function previousPeriod(period: string): Period {
  const { year, month } = parsePeriod(period);
  return month === 1 ? periodOf(year - 1, 12) : periodOf(year, month - 1);
}

/** The same months one year earlier: 2005-03 → 2004-03. */
export function samePeriodLastYear(period: string): Period {
  const { year, month } = parsePeriod(period);
  return periodOf(year - 1, month);
}

const BEIJING_OFFSET_MS = 8 * 3600_000;

/** Today's date in Beijing, YYYY-MM-DD. */
export const beijingDate = (now = new Date()) => new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);

/** This month in Beijing, YYYY-MM: later periods are "in the future". */
export const beijingPeriod = (now = new Date()) => beijingDate(now).slice(0, 7);
