/**
 * The formulas, one function each, named as the field names them. Ratios are fractions
 * (0.853 = 85.3%); gaps against pace are percentage points (pp).
 */
import type { RankingRule, Target } from '../schema/plan.ts';
import { roundUp } from './round.ts';

/** The months of a reporting year: 序时进度 and 月均需完成 count in them (method.json names it). */
export const MONTHS_IN_YEAR = 12;

/** 序时进度: months elapsed / 12 — 0.25 after March, 0.5 after June. */
export const timePace = (month: number) => month / MONTHS_IN_YEAR;

/** 完成率 = 累计 / 目标. No target (or none reported) → null, shown "—", never 0%. */
export function completionRate(value: number | null, target: number | undefined): number | null {
  if (value === null || target === undefined || target <= 0) return null;
  return value / target;
}

/** 超/欠序时进度 in percentage points: 完成率 − 序时进度. */
export function paceGap(completion: number | null, month: number): number | null {
  return completion === null ? null : (completion - timePace(month)) * 100;
}

/** 同比: change against the same months of last year; null when last year is not on file or was 0. */
export function yearOnYear(value: number | null, lastYear: number | null): number | null {
  if (value === null || lastYear === null || lastYear <= 0) return null;
  return value / lastYear - 1;
}

/** 尚需完成: what is still needed to reach the base target (never negative). */
export function remainingAmount(value: number | null, target: Target | null): number | null {
  if (value === null || target === null) return null;
  return Math.max(0, target.base - value);
}

/**
 * 当月新增: this month's 累计 less last month's. In January the 累计 is the month's own figure;
 * null when either month has no figure (未报送), so a two-month rise is never shown as one month's.
 */
export function monthIncrease(value: number | null, lastMonth: number | null, month: number): number | null {
  if (month === 1) return value;
  return value === null || lastMonth === null ? null : value - lastMonth;
}

/**
 * 月均需完成: the monthly amount needed over the months left, rounded up at the indicator's decimals
 * (what a unit needs each month is at least the figure shown); null in December (no month is left).
 */
export function monthlyRateNeeded(remaining: number | null, month: number, decimals = 0): number | null {
  if (remaining === null || month >= MONTHS_IN_YEAR) return null;
  return roundUp(remaining / (MONTHS_IN_YEAR - month), decimals);
}

/**
 * The ranking score: 完成率 of the ranking indicator, or the weighted mean of the (capped) 完成率 of
 * the indicators the unit has a target for. Null when the unit has no target to rank by.
 */
export function rankingScore(completions: Record<string, number | null>, rule: RankingRule): number | null {
  const cap = (c: number) => (rule.completionCap === undefined ? c : Math.min(c, rule.completionCap));
  if (rule.method === 'indicator') {
    const c = completions[rule.indicator ?? ''];
    return c === null || c === undefined ? null : cap(c);
  }
  let weighted = 0;
  let weights = 0;
  for (const [id, weight] of Object.entries(rule.weights ?? {})) {
    const c = completions[id];
    if (c === null || c === undefined) continue;
    weighted += weight * cap(c);
    weights += weight;
  }
  return weights === 0 ? null : weighted / weights;
}
