import { describe, expect, it } from 'vitest';
import {
  completionRate,
  monthIncrease,
  monthlyRateNeeded,
  paceGap,
  rankingScore,
  remainingAmount,
  timePace,
  yearOnYear,
} from './formulas.ts';
import type { RankingRule } from '../schema/plan.ts';
import { asIndicator } from '../../../test/support/ids.ts';

describe('序时进度 (time pace)', () => {
  it('is months elapsed over twelve: 25% after March, 50% after June, 100% after December', () => {
    expect(timePace(3)).toBe(0.25);
    expect(timePace(6)).toBe(0.5);
    expect(timePace(12)).toBe(1);
  });
});

describe('完成率 (completion rate)', () => {
  it('is the cumulative figure over the base target', () => {
    expect(completionRate(300, 1000)).toBe(0.3);
  });
  it('can exceed 100% when a unit beats its target', () => {
    expect(completionRate(1560, 1000)).toBeCloseTo(1.56);
  });
  it('is null — shown "—", never 0% — when the unit has no target', () => {
    expect(completionRate(120, undefined)).toBeNull();
  });
  it('is null when the unit did not report (未报送), distinct from a reported 0', () => {
    expect(completionRate(null, 400)).toBeNull();
    expect(completionRate(0, 400)).toBe(0);
  });
});

describe('超/欠序时进度 (gap against pace)', () => {
  it('is completion minus pace in percentage points', () => {
    expect(paceGap(0.3, 3)).toBeCloseTo(5);
    expect(paceGap(0.4, 6)).toBeCloseTo(-10);
  });
  it('is null when there is no completion rate', () => {
    expect(paceGap(null, 3)).toBeNull();
  });
});

describe('同比 (year on year)', () => {
  it('is the change against the same months of last year', () => {
    expect(yearOnYear(150, 100)).toBeCloseTo(0.5);
    expect(yearOnYear(80, 100)).toBeCloseTo(-0.2);
  });
  it('is null when last year is not on file, or was 0 (no meaningful ratio)', () => {
    expect(yearOnYear(150, null)).toBeNull();
    expect(yearOnYear(150, 0)).toBeNull();
  });
});

describe('what is still needed', () => {
  it('is the base target minus the cumulative figure, never negative', () => {
    expect(remainingAmount(300, { base: 1000 })).toBe(700);
    expect(remainingAmount(1200, { base: 1000, stretch: 1500 })).toBe(0);
  });
  it('is spread over the months left in the year', () => {
    expect(monthlyRateNeeded(900, 3)).toBe(100);
  });
  it('月均需完成 is rounded up at the indicator’s decimals: what a unit needs is never shown a little less', () => {
    expect(monthlyRateNeeded(700, 3)).toBe(78); // 77.8 needed a month: 77 would fall short
    expect(monthlyRateNeeded(700, 3, 1)).toBe(77.8);
    expect(monthlyRateNeeded(601, 6, 1)).toBe(100.2); // 100.1666…
    expect(monthlyRateNeeded(0.9, 9, 1)).toBe(0.3); // 0.3 exactly, not 0.4 from binary noise
  });
  it('月均需完成 is blank in December: no month is left to spread the remainder over', () => {
    expect(monthlyRateNeeded(100, 12)).toBeNull();
  });
  it('is null without a target', () => {
    expect(remainingAmount(300, null)).toBeNull();
    expect(monthlyRateNeeded(null, 3)).toBeNull();
  });
});

describe('ranking score', () => {
  const composite: RankingRule = {
    method: 'composite',
    weights: { contracted: 40, actual: 60 },
    tieDecimals: 1,
    tieRule: '…',
  };
  it('weights each indicator’s completion by the plan’s weights', () => {
    expect(rankingScore({ contracted: 0.5, actual: 0.25 }, composite)).toBeCloseTo(0.4 * 0.5 + 0.6 * 0.25);
  });
  it('normalises the weights over the targets a unit has', () => {
    expect(rankingScore({ contracted: 0.5, actual: null }, composite)).toBeCloseTo(0.5);
  });
  it('caps each completion inside the composite when the plan sets a cap', () => {
    expect(rankingScore({ contracted: 3, actual: 1 }, { ...composite, completionCap: 1.5 })).toBeCloseTo(
      0.4 * 1.5 + 0.6 * 1,
    );
  });
  it('uses the one ranking indicator when the method is indicator', () => {
    expect(
      rankingScore(
        { contracted: 0.5, actual: 0.9 },
        { method: 'indicator', indicator: asIndicator('actual'), tieDecimals: 1, tieRule: '…' },
      ),
    ).toBe(0.9);
  });
  it('is null when the unit has no target to rank by', () => {
    expect(rankingScore({ contracted: null, actual: null }, composite)).toBeNull();
  });
});

describe('当月新增 (this month alone)', () => {
  it("is this month's 累计 less last month's", () => {
    expect(monthIncrease(130, 100, 3)).toBe(30);
  });
  it('is the 1月累计 itself in January', () => {
    expect(monthIncrease(40, null, 1)).toBe(40);
  });
  it('is unknown when either month has no figure, never a two-month rise shown as one', () => {
    expect(monthIncrease(130, null, 3)).toBeNull();
    expect(monthIncrease(null, 100, 3)).toBeNull();
  });
});
