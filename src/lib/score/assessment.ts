/**
 * The verdict of one check (一季度考评, 双过半, 年终考核 …) on a scored month: per unit and indicator,
 * 完成率 against what the check requires; pass, fail or exempt (with the reason); 红榜 and 黑榜 per
 * group; each group's and the city's own result. Pure: rules come from the plan's `assessments:`.
 */
import type { GroupId, IndicatorId, UnitId } from '../schema/common.ts';
import { requiredShare, type Assessments, type Check } from '../schema/assessments.ts';
import type { Plan, Target } from '../schema/plan.ts';
import type { Group } from '../schema/units.ts';
import { startYear } from '../schema/units.ts';
import type { Board, CarriedFigure, GroupResult, PeriodResult, UnitResult } from './board.ts';

/** Below this the difference is floating-point noise: 100 / 400 is exactly 3 / 12. */
const EPSILON = 1e-9;

export type IndicatorOutcome = 'pass' | 'fail' | 'no-target' | 'exempt';
export type UnitOutcome = 'pass' | 'fail' | 'exempt';

export interface IndicatorVerdict {
  indicator: IndicatorId;
  target: Target | null;
  value: number | null;
  completion: number | null;
  outcome: IndicatorOutcome;
  /** Met the 力争 target: null when there is none (or the check does not ask). */
  stretchMet: boolean | null;
  /** Why the indicator is not judged (无目标, or the written exemption). */
  reason?: string;
}

export interface UnitVerdict {
  unit: UnitId;
  name: string;
  shortName: string;
  group: GroupId;
  rank: number | null;
  score: number | null;
  missing: boolean;
  indicators: IndicatorVerdict[];
  outcome: UnitOutcome;
  /** Indicator ids it failed on. */
  failedOn: IndicatorId[];
  /** Why the unit is not judged, or a note on its fail (未报送). */
  reason?: string;
  /** Met every 力争 target it has; null when it has none or the check does not ask. */
  stretchMet: boolean | null;
}

/**
 * A total (a group's, or the city's) against the required share of its targets; `carried` lists the
 * 未报送 units whose last reported figures it holds.
 */
export interface TotalVerdict {
  indicators: Array<{
    indicator: IndicatorId;
    value: number;
    target: number;
    completion: number;
    pass: boolean;
    carried: CarriedFigure[];
  }>;
  pass: boolean;
}

export interface GroupVerdict {
  group: Group;
  units: UnitVerdict[];
  /** 红榜 (commended) and 黑榜 (warned), best first and worst first. */
  honour: UnitVerdict[];
  warned: UnitVerdict[];
  total: TotalVerdict;
}

export interface Assessment {
  year: number;
  check: Check;
  /** The share of the base target required (0.25 = 序时进度 after March). */
  required: number;
  period: PeriodResult;
  groups: GroupVerdict[];
  city: TotalVerdict;
}

/** Whether a completion meets a required share, on the unrounded value (a float's last-bit noise forgiven). */
export const passes = (completion: number | null, required: number) =>
  completion !== null && completion >= required - EPSILON;

/** A written exemption for this unit, check and (optionally) indicator. */
function writtenExemption(rules: Assessments, check: Check, unit: UnitId, indicator?: IndicatorId) {
  return (rules.exemptions ?? []).find(
    (e) => e.unit === unit && e.indicator === indicator && (e.checks === undefined || e.checks.includes(check.id)),
  );
}

/** Why a whole unit is not judged by this check, if it is not. */
export function unitExemption(
  plan: Plan,
  rules: Assessments,
  check: Check,
  row: Pick<UnitResult, 'unit'>,
  activeFrom: number,
): string | undefined {
  const written = writtenExemption(rules, check, row.unit);
  if (written) return written.reason;
  if (rules.newUnits && activeFrom === plan.year && check.month <= rules.newUnits.exemptThrough)
    return rules.newUnits.reason;
  return undefined;
}

/**
 * One unit's verdict, from its figures (the month's, or projected ones): every indicator with a
 * target must reach the required share of its base target; 未报送 fails.
 */
export function judgeUnit(
  plan: Plan,
  rules: Assessments,
  check: Check,
  row: UnitResult,
  activeFrom: number,
  values = row.indicators.map((i) => i.value),
): UnitVerdict {
  const required = requiredShare(check);
  const missing = row.state === 'missing';
  const indicators: IndicatorVerdict[] = row.indicators.map((ind, i) => {
    const value = values[i] ?? null;
    const completion = ind.target && value !== null ? value / ind.target.base : null;
    const stretchMet =
      check.stretch && ind.target?.stretch !== undefined ? value !== null && value >= ind.target.stretch : null;
    const base = { indicator: ind.indicator, target: ind.target, value, completion, stretchMet };
    if (!ind.target) return { ...base, outcome: 'no-target', reason: '无目标' };
    const written = writtenExemption(rules, check, row.unit, ind.indicator);
    if (written) return { ...base, outcome: 'exempt', reason: written.reason };
    return { ...base, outcome: passes(completion, required) ? 'pass' : 'fail' };
  });
  const failedOn = indicators.filter((i) => i.outcome === 'fail').map((i) => i.indicator);
  const judged = indicators.some((i) => i.outcome === 'pass' || i.outcome === 'fail');
  const exemption =
    unitExemption(plan, rules, check, row, activeFrom) ?? (judged ? undefined : '无考核目标或各项均免考');
  const stretches = indicators.filter((i) => i.stretchMet !== null);
  return {
    unit: row.unit,
    name: row.name,
    shortName: row.shortName,
    group: row.group,
    rank: row.rank,
    score: row.score,
    missing,
    indicators,
    outcome: exemption ? 'exempt' : failedOn.length > 0 ? 'fail' : 'pass',
    failedOn: exemption ? [] : failedOn,
    reason: exemption ?? (missing ? '未报送' : undefined),
    stretchMet: exemption || stretches.length === 0 ? null : stretches.every((i) => i.stretchMet),
  };
}

/** The first `n` units, and any tied on the same place as the n-th (a tie is never split). */
function takeWithTies(units: UnitVerdict[], n: number): UnitVerdict[] {
  if (units.length <= n) return units;
  const edge = units[n - 1]!.rank;
  return units.filter((u, i) => i < n || (edge !== null && u.rank === edge));
}

/** 红榜: the best-placed passing units; 黑榜: the worst-placed failing units (未报送 worst of all). */
export function honourAndWarn(
  units: UnitVerdict[],
  check: Pick<Check, 'honour' | 'warn'>,
): { honour: UnitVerdict[]; warned: UnitVerdict[] } {
  const byPlace = (a: UnitVerdict, b: UnitVerdict) => (a.rank ?? Infinity) - (b.rank ?? Infinity);
  const passing = units.filter((u) => u.outcome === 'pass' && u.rank !== null).sort(byPlace);
  const failing = units.filter((u) => u.outcome === 'fail').sort((a, b) => byPlace(b, a));
  return {
    honour: check.honour ? takeWithTies(passing, check.honour) : [],
    warned: check.warn ? takeWithTies(failing, check.warn) : [],
  };
}

/**
 * A group's total: on each indicator, the units with a target for it — exempt units and exempt
 * indicators included (an exemption excuses a unit's own verdict, not its share of the group's
 * work) — their figures (a 未报送 unit's last reported one carried) against the sum of their targets.
 */
export function groupTotal(group: GroupResult, required: number): TotalVerdict {
  const ids = group.units[0]?.indicators.map((i) => i.indicator) ?? [];
  const indicators = ids.flatMap((id) => {
    let value = 0;
    let target = 0;
    const carried: CarriedFigure[] = [];
    for (const u of group.units) {
      const ind = u.indicators.find((i) => i.indicator === id);
      if (!ind?.target) continue;
      target += ind.target.base;
      value += ind.value ?? ind.carried?.value ?? 0;
      if (ind.value === null && ind.carried) carried.push(ind.carried);
    }
    const completion = value / target;
    return target > 0
      ? [{ indicator: id, value, target, completion, pass: passes(completion, required), carried }]
      : [];
  });
  return { indicators, pass: indicators.length > 0 && indicators.every((i) => i.pass) };
}

/** The city's total: all its units' figures (as the board sums them) against the city targets the plan sets. */
function cityTotal(period: PeriodResult, required: number): TotalVerdict {
  const indicators = period.city.map((c) => ({
    indicator: c.indicator,
    value: c.value ?? 0,
    target: c.target?.base ?? 0,
    completion: c.completion ?? 0,
    pass: passes(c.completion, required),
    carried: c.carriedUnits,
  }));
  return { indicators, pass: indicators.every((i) => i.pass) };
}

/** The verdict of one check, or undefined when its month is not published. */
export function assess(board: Board, plan: Plan, check: Check): Assessment | undefined {
  const rules = plan.assessments;
  const period = board.periods.find((p) => p.year === plan.year && p.month === check.month);
  if (!rules || !period) return undefined;
  const required = requiredShare(check);
  const activeFrom = (id: string) => {
    const unit = board.model.units.find((u) => u.id === id);
    return unit ? startYear(unit) : plan.year - 1;
  };
  const groups = period.groups.map((g) => {
    const units = g.units.map((row) => judgeUnit(plan, rules, check, row, activeFrom(row.unit)));
    return { group: g.group, units, ...honourAndWarn(units, check), total: groupTotal(g, required) };
  });
  return { year: plan.year, check, required, period, groups, city: cityTotal(period, required) };
}

const computed = new WeakMap<Board, Assessment[]>();

/** Every published check of every year, in year and month order (computed once per board). */
export function assessAll(board: Board): Assessment[] {
  let all = computed.get(board);
  if (!all) {
    all = board.model.plans.flatMap((plan) =>
      (plan.assessments?.checks ?? []).flatMap((check) => assess(board, plan, check) ?? []),
    );
    computed.set(board, all);
  }
  return all;
}
