import { describe, expect, it } from 'vitest';
import {
  DASH,
  formatAmount,
  formatPaceGapText,
  formatPercent,
  formatPeriod,
  formatPp,
  formatSignedPercent,
  formatWholeArea,
} from './format.ts';
import { round } from '../score/round.ts';

describe('how figures read on the site', () => {
  it('shows "—" for no target or no figure, never 0 or 0%', () => {
    expect(formatPercent(null)).toBe(DASH);
    expect(formatAmount(undefined)).toBe(DASH);
    expect(formatPp(null)).toBe(DASH);
  });
  it('shows a reported 0 as 0, distinct from "—"', () => {
    expect(formatAmount(0)).toBe('0');
    expect(formatPercent(0)).toBe('0.0%');
  });
  it('writes completion as a percentage with one decimal', () => {
    expect(formatPercent(0.30333)).toBe('30.3%');
    expect(formatPercent(1.56)).toBe('156.0%');
  });
  it('signs the gap against pace with + and a true minus sign', () => {
    expect(formatPp(5.25)).toBe('+5.3');
    expect(formatPp(-10.04)).toBe('−10.0');
    expect(formatSignedPercent(-0.12)).toBe('−12.0%');
  });
  it('says 超 or 欠 序时进度 in words', () => {
    expect(formatPaceGapText(5.3)).toBe('超序时进度 5.3 个百分点');
    expect(formatPaceGapText(-2)).toBe('欠序时进度 2.0 个百分点');
  });
  it('rounds half away from zero without binary noise', () => {
    expect(round(2.25, 1)).toBe(2.3);
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(-2.25, 1)).toBe(-2.3);
    expect(Object.is(round(-0.01, 1), 0)).toBe(true);
  });
  it('names a year-to-date period as 1—N月', () => {
    expect(formatPeriod('2005-03')).toBe('2005年1—3月');
    expect(formatPeriod('2005-01')).toBe('2005年1月');
  });
});

describe('the whole area a board covers', () => {
  it('is said by the kind of place the city is: 全市, 全县, 全区', () => {
    expect(formatWholeArea('大丰市')).toBe('全市');
    expect(formatWholeArea('青禾县')).toBe('全县');
    expect(formatWholeArea('浦东新区')).toBe('全区');
  });
  it('is 全市 when the name does not say', () => {
    expect(formatWholeArea('Springfield')).toBe('全市');
  });
});
