import { describe, expect, it } from 'vitest';
import { formatPercent } from '../present/format.ts';
import { competitionRanks, rankMovement, tieKey } from './rank.ts';

describe('位次 (places in a group)', () => {
  it('ranks ties with the same place and skips the next (1, 2, 2, 4)', () => {
    expect(competitionRanks([0.9, 0.5, 0.5, 0.3], 1)).toEqual([1, 2, 2, 4]);
  });
  it('compares the percentage rounded to the plan’s decimals, as printed', () => {
    // 45.04% and 44.96% both print 45.0% → tie at one decimal, not at two
    expect(competitionRanks([0.4504, 0.4496], 1)).toEqual([1, 1]);
    expect(competitionRanks([0.4504, 0.4496], 2)).toEqual([1, 2]);
  });
  it('ties two units exactly when their printed 完成率 are the same', () => {
    for (let i = 0; i < 2000; i++) {
      const a = ((i * 7919) % 100000) / 100000;
      // neighbours a few thousandths of a point away (scores are never negative)
      const b = Math.max(0, a + ((i % 7) - 3) / 200000);
      const printedSame = formatPercent(a) === formatPercent(b);
      const [ra, rb] = competitionRanks([a, b], 1);
      expect(ra === rb).toBe(printedSame);
    }
  });
  it('is not split by floating-point noise', () => {
    expect(tieKey(0.1 + 0.2, 1)).toBe(tieKey(0.3, 1));
  });
  it('gives no place to units without a score (未报送, no target)', () => {
    expect(competitionRanks([0.4, null, 0.2], 1)).toEqual([1, null, 2]);
  });
  it('keeps the input order and does not depend on it', () => {
    expect(competitionRanks([0.2, 0.9, 0.5], 1)).toEqual([3, 1, 2]);
  });
});

describe('较上月 (movement against last month)', () => {
  it('is 进位 when the place number falls', () => {
    expect(rankMovement(2, 5)).toEqual({ movement: 'up', by: 3 });
  });
  it('is 退位 when the place number rises', () => {
    expect(rankMovement(4, 1)).toEqual({ movement: 'down', by: 3 });
  });
  it('is 持平 when the place is unchanged', () => {
    expect(rankMovement(3, 3)).toEqual({ movement: 'same', by: 0 });
  });
  it('is not given when either month has no place (first month, 未报送)', () => {
    expect(rankMovement(3, null)).toBeNull();
    expect(rankMovement(null, 3)).toBeNull();
  });
});
