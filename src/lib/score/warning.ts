/**
 * 预警 (early warning) as of one month: each unit's run-rate projection to the month of every
 * check still ahead (its 累计 ÷ months elapsed × the check's month), the checks it is projected
 * to miss, and how many months in a row it has been behind pace (连续落后).
 */
import type { GroupId, UnitId } from '../schema/common.ts';
import { requiredShare, type Check } from '../schema/assessments.ts';
import type { Board, PeriodResult, UnitResult } from './board.ts';
import { startYear } from '../schema/units.ts';
import { judgeUnit } from './assessment.ts';

/** 按当前进度推算: the 累计 after `month` months, carried on at the same monthly average to `toMonth`. */
export const runRateProjection = (value: number | null, month: number, toMonth: number) =>
  value === null ? null : (value / month) * toMonth;

/** Behind pace in a month: its ranking score (综合完成率) below 序时进度, or 未报送. */
export const behindPace = (row: UnitResult) => row.state === 'missing' || (row.scoreGap !== null && row.scoreGap < 0);

export interface Projection {
  check: Check;
  /**
   * Per indicator: the projected 累计 and 完成率 at the check's month (null without a target), and whether
   * the check judges it (false: no target, or a written exemption for this check).
   */
  indicators: Array<{ indicator: string; value: number | null; completion: number | null; judged: boolean }>;
  /** Why the whole unit is left out of this check (当年新设, a written exemption), or null. */
  excluded: string | null;
  /** Indicators projected to fall short of what the check requires. */
  missedOn: string[];
}

export interface UnitWarning {
  unit: UnitId;
  name: string;
  shortName: string;
  group: GroupId;
  projections: Projection[];
  /** Months in a row, up to this one, behind pace. */
  behindStreak: number;
  /** Behind pace at least the plan's number of months in a row. */
  flagged: boolean;
}

export interface Warnings {
  period: PeriodResult;
  behindMonths: number;
  /** The checks still ahead in the year (their months are later than this one). */
  ahead: Check[];
  units: UnitWarning[];
}

/**
 * Each unit's months in a row behind pace up to `period` (within its year): the previous month's streak plus one.
 * Kept per board and month.
 */
const streaks = new WeakMap<Board, Map<PeriodResult, Map<string, number>>>();
function streaksAt(board: Board, period: PeriodResult): Map<string, number> {
  let byPeriod = streaks.get(board);
  if (!byPeriod) streaks.set(board, (byPeriod = new Map<PeriodResult, Map<string, number>>()));
  let out = byPeriod.get(period);
  if (!out) {
    const index = board.periods.indexOf(period);
    const previous = board.periods[index - 1];
    const before = previous && previous.year === period.year ? streaksAt(board, previous) : new Map<string, number>();
    out = new Map();
    for (const row of period.groups.flatMap((g) => g.units))
      out.set(row.unit, behindPace(row) ? (before.get(row.unit) ?? 0) + 1 : 0);
    byPeriod.set(period, out);
  }
  return out;
}

/**
 * The checks to project to: one per month still ahead — the strictest of that month, and of equals
 * the one with a fixed share (双过半 rather than the June 考评 at pace).
 */
export function checksAhead(checks: Check[], month: number): Check[] {
  const strictness = (c: Check) => requiredShare(c) * 2 + (c.threshold === 'pace' ? 0 : 1e-6);
  const months = [...new Set(checks.filter((c) => c.month > month).map((c) => c.month))];
  return months.map((m) =>
    checks.filter((c) => c.month === m).reduce((best, c) => (strictness(c) > strictness(best) ? c : best)),
  );
}

const computed = new WeakMap<Board, Map<PeriodResult, Warnings | undefined>>();

/**
 * The warnings as of a month, or undefined when its plan states no assessments. Worked out once per board and month
 * (every unit page asks for every month).
 */
export function warningsAt(board: Board, period: PeriodResult): Warnings | undefined {
  let byPeriod = computed.get(board);
  if (!byPeriod) computed.set(board, (byPeriod = new Map<PeriodResult, Warnings | undefined>()));
  if (!byPeriod.has(period)) byPeriod.set(period, computeWarnings(board, period));
  return byPeriod.get(period);
}

function computeWarnings(board: Board, period: PeriodResult): Warnings | undefined {
  const rules = period.plan.assessments;
  if (!rules) return undefined;
  const ahead = checksAhead(rules.checks, period.month);
  const activeFroms = new Map(board.model.units.map((u) => [u.id, startYear(u)]));
  const activeFrom = (id: UnitId) => activeFroms.get(id) ?? period.year - 1;
  const behind = streaksAt(board, period);
  const units = period.groups
    .flatMap((g) => g.units)
    .map((row): UnitWarning => {
      const projections = ahead.map((check) => {
        const values = row.indicators.map((i) => runRateProjection(i.value, period.month, check.month));
        const verdict = judgeUnit(period.plan, rules, check, row, activeFrom(row.unit), values);
        return {
          check,
          indicators: verdict.indicators.map((i) => ({
            indicator: i.indicator,
            value: i.value,
            completion: i.completion,
            judged: i.outcome === 'pass' || i.outcome === 'fail',
          })),
          excluded: verdict.outcome === 'exempt' ? (verdict.reason ?? null) : null,
          missedOn: verdict.outcome === 'fail' ? verdict.failedOn : [],
        };
      });
      const behindStreak = behind.get(row.unit) ?? 0;
      return {
        unit: row.unit,
        name: row.name,
        shortName: row.shortName,
        group: row.group,
        projections,
        behindStreak,
        flagged: behindStreak >= rules.warning.behindMonths,
      };
    });
  return { period, behindMonths: rules.warning.behindMonths, ahead, units };
}

/** Units with something to warn of: projected to miss a check ahead, or flagged 连续落后. */
export const warnedUnits = (w: Warnings) =>
  w.units.filter((u) => u.flagged || u.projections.some((p) => p.missedOn.length > 0));

/** The latest month of a year that has a plan with assessments. */
export const latestOfYear = (board: Board, year: number) => board.periods.filter((p) => p.year === year).at(-1);

/** Years whose plan states assessments and that have a published month. */
export const warningYears = (board: Board) =>
  board.model.plans.filter((p) => p.assessments && latestOfYear(board, p.year)).map((p) => p.year);
