import { describe, expect, it } from 'vitest';
import { nextPeriod, periodOf, previousPeriod } from './period.ts';

describe('periods', () => {
  it('writes a month as YYYY-MM, the month in two digits', () => {
    expect(periodOf(2005, 3)).toBe('2005-03');
    expect(periodOf(2005, 12)).toBe('2005-12');
  });

  it('refuses a month outside 1 to 12 instead of writing "2005-00" or "2005-13"', () => {
    expect(() => periodOf(2005, 0)).toThrow(RangeError);
    expect(() => periodOf(2005, 13)).toThrow(/month 13/);
    expect(() => periodOf(2005, 1.5)).toThrow(RangeError);
  });

  it('steps over the turn of the year', () => {
    expect(previousPeriod('2006-01')).toBe('2005-12');
    expect(nextPeriod('2005-12')).toBe('2006-01');
  });
});
