/**
 * Scores every published month of every planned year: per group, per unit, per indicator —
 * completion, pace, 同比, what is still needed, places and movement — plus the city totals.
 * Pure: the same model always gives the same board.
 */
import type { Model } from '../model/model.ts';
import { indicatorOf } from '../schema/indicators.ts';
import { isActiveIn } from '../schema/units.ts';
import type { GroupId, IndicatorId, Period, UnitId } from '../schema/common.ts';
import { periodOf, previousPeriod, samePeriodLastYear } from '../schema/period.ts';
import type { Band, Plan, Target } from '../schema/plan.ts';
import { UNIT_STATUS, type Report, type ReportEntry, type UnitStatus } from '../schema/report.ts';
import type { Group, Unit } from '../schema/units.ts';
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
import { competitionRanks, rankMovement, type RankChange } from './rank.ts';

export interface IndicatorResult {
  indicator: IndicatorId;
  /** null = no target for this indicator: shown "—". */
  target: Target | null;
  /** 1–N月累计; null when 未报送. */
  value: number | null;
  completion: number | null;
  stretchCompletion: number | null;
  /** 超(+)/欠(−)序时进度, percentage points. */
  paceGap: number | null;
  /** 当月新增: this month's 累计 less last month's. */
  monthIncrease: number | null;
  /** Same period last year, when on file. */
  lastYear: number | null;
  yoy: number | null;
  remaining: number | null;
  monthlyNeeded: number | null;
  /**
   * A 未报送 unit's figure as totals carry it: its last reported 1—N月累计 of the same year (0 before
   * its first report). Only on a missing unit's rows; the unit itself still shows no figure.
   */
  carried?: CarriedFigure;
}

/** A figure a total carries for a unit that did not report: how much, and the month it was reported in. */
export interface CarriedFigure {
  unit: UnitId;
  value: number;
  /** The month the figure was reported in; null when the unit has not reported yet this year (carried as 0). */
  from: Period | null;
}

/** A city total: the sum, the units that did not report, and the figures it carries for them. */
export type CityResult = IndicatorResult & { missingUnits: number; carriedUnits: CarriedFigure[] };

/** ranked; no-target (nothing to rank by: listed after the ranked, shown —); missing (未报送: last). */
export type RankState = 'ranked' | 'no-target' | 'missing';

export interface UnitResult {
  unit: UnitId;
  name: string;
  shortName: string;
  group: GroupId;
  state: RankState;
  status: UnitStatus;
  indicators: IndicatorResult[];
  /** Ranking score (a 完成率 ratio) and its gap against pace in pp. */
  score: number | null;
  scoreGap: number | null;
  rank: number | null;
  /** Shares its place with another unit. */
  tied: boolean;
  previousRank: number | null;
  movement: RankChange | null;
  band: Band | null;
  remark?: string;
}

export interface GroupResult {
  group: Group;
  units: UnitResult[];
}

export interface PeriodResult {
  period: Period;
  year: number;
  month: number;
  pace: number;
  report: Pick<Report, 'file' | 'publishedOn' | 'publisher' | 'note' | 'illustrative' | 'status' | 'bulletin'>;
  plan: Plan;
  /**
   * City totals of the groups that count toward the city, against the city targets the plan sets
   * (not the sum of the units' targets); a 未报送 unit's last reported figure is carried.
   */
  city: CityResult[];
  groups: GroupResult[];
}

export interface Board {
  model: Model;
  /** Published months of planned years, in order. */
  periods: PeriodResult[];
}

/** What one indicator's result is worked out from: named, as five of them are numbers or null. */
interface IndicatorFigures {
  indicator: IndicatorId;
  /** 1—N月累计 of the month scored */
  value: number | null;
  target: Target | null;
  /** the same months' 累计 a year earlier */
  lastYear: number | null;
  /** last month's 累计 (null in January) */
  lastMonth: number | null;
  month: number;
  decimals: number;
}

function indicatorResult({
  indicator,
  value,
  target,
  lastYear,
  lastMonth,
  month,
  decimals,
}: IndicatorFigures): IndicatorResult {
  const completion = completionRate(value, target?.base);
  const remaining = remainingAmount(value, target);
  return {
    indicator,
    target,
    value,
    completion,
    stretchCompletion: completionRate(value, target?.stretch),
    paceGap: paceGap(completion, month),
    monthIncrease: monthIncrease(value, lastMonth, month),
    lastYear,
    yoy: yearOnYear(value, lastYear),
    remaining,
    monthlyNeeded: monthlyRateNeeded(remaining, month, decimals),
  };
}

/** The band a 超/欠序时进度 gap falls in (the plan's bands are ordered highest first). */
export function bandFor(gap: number | null, bands: Band[]): Band | null {
  return gap === null ? null : (bands.find((b) => b.minGap === undefined || gap >= b.minGap) ?? null);
}

/** Published entries by period and unit, so each look-up is direct. */
type EntryIndex = Map<Period, Map<UnitId, ReportEntry>>;

/**
 * What a total carries for a unit that did not report in `year`-`month`: its last reported 1—N月累计
 * of the same year (the latest earlier month with a figure), or 0 before its first report. So a
 * total never falls because a unit is late.
 */
export function carriedFigure(
  index: EntryIndex,
  unit: UnitId,
  indicator: IndicatorId,
  year: number,
  month: number,
): CarriedFigure {
  for (let m = month - 1; m >= 1; m--) {
    const period = periodOf(year, m);
    const entry = index.get(period)?.get(unit);
    if (entry && entry.status !== UNIT_STATUS.missing && entry.values[indicator] !== undefined)
      return { unit, value: entry.values[indicator], from: period };
  }
  return { unit, value: 0, from: null };
}

/** A total over some units' entries of a month: reported figures, and carried ones for 未报送 units. */
function totalOf(
  index: EntryIndex,
  entries: Iterable<ReportEntry>,
  counts: (unit: UnitId) => boolean,
  indicator: IndicatorId,
  year: number,
  month: number,
): { value: number; carried: CarriedFigure[] } {
  let value = 0;
  const carried: CarriedFigure[] = [];
  for (const e of entries) {
    if (!counts(e.unit)) continue;
    if (e.status === UNIT_STATUS.missing) {
      const figure = carriedFigure(index, e.unit, indicator, year, month);
      carried.push(figure);
      value += figure.value;
    } else if (e.values[indicator] !== undefined) value += e.values[indicator];
  }
  return { value, carried };
}

function indexEntries(model: Model): EntryIndex {
  const index: EntryIndex = new Map();
  for (const r of model.reports)
    if (r.status === 'published') index.set(r.period, new Map(r.entries.map((e) => [e.unit, e])));
  return index;
}

/**
 * Last year's figure: the unit's own, or the sum over the units merged into it — only when every
 * one of them is on file (a partial sum would fake a rise). Null otherwise.
 */
function lastYearFigure(
  unit: Unit,
  indicator: IndicatorId,
  lastYear: Map<UnitId, ReportEntry> | undefined,
): number | null {
  const own = lastYear?.get(unit.id)?.values[indicator];
  if (own !== undefined || !unit.mergedFrom) return own ?? null;
  let sum = 0;
  for (const id of unit.mergedFrom) {
    const figure = lastYear?.get(id)?.values[indicator];
    if (figure === undefined) return null;
    sum += figure;
  }
  return sum;
}

function scoreGroup(
  model: Model,
  index: EntryIndex,
  plan: Plan,
  report: Report,
  group: Group,
  previous: GroupResult | undefined,
): GroupResult {
  const units = model.units.filter((u) => u.group === group.id && isActiveIn(u, report.period));
  const entries = new Map(report.entries.map((e) => [e.unit, e]));
  const lastYear = index.get(samePeriodLastYear(report.period));
  const lastMonth = report.month > 1 ? index.get(previousPeriod(report.period)) : undefined; // 累计 restarts in January
  const rows: UnitResult[] = units.map((unit) => {
    const entry = entries.get(unit.id)!;
    const missing = entry.status === UNIT_STATUS.missing;
    const targets = plan.targets[unit.id] ?? {};
    const indicators = plan.indicators.map((id) => {
      const result = indicatorResult({
        indicator: id,
        value: missing ? null : (entry.values[id] ?? null),
        target: targets[id] ?? null,
        lastYear: lastYearFigure(unit, id, lastYear),
        lastMonth: lastMonth?.get(unit.id)?.values[id] ?? null,
        month: report.month,
        decimals: indicatorOf(model, id).decimals,
      });
      return missing ? { ...result, carried: carriedFigure(index, unit.id, id, report.year, report.month) } : result;
    });
    const completions = Object.fromEntries(indicators.map((r) => [r.indicator, r.completion]));
    const score = missing ? null : rankingScore(completions, plan.ranking);
    const hasTarget =
      rankingScore(Object.fromEntries(plan.indicators.map((id) => [id, targets[id] ? 0 : null])), plan.ranking) !==
      null;
    const state: RankState = missing ? 'missing' : hasTarget ? 'ranked' : 'no-target';
    const scoreGap = paceGap(score, report.month);
    return {
      unit: unit.id,
      name: unit.name,
      shortName: unit.shortName ?? unit.name,
      group: group.id,
      state,
      status: entry.status,
      indicators,
      score,
      scoreGap,
      rank: null,
      tied: false,
      previousRank: null,
      movement: null,
      band: bandFor(scoreGap, plan.bands),
      remark: entry.remark,
    };
  });
  const ranks = competitionRanks(
    rows.map((r) => (r.state === 'ranked' ? r.score : null)),
    plan.ranking.tieDecimals,
  );
  rows.forEach((row, i) => {
    row.rank = ranks[i]!;
    row.tied = row.rank !== null && ranks.filter((r) => r === row.rank).length > 1;
    row.previousRank = previous?.units.find((u) => u.unit === row.unit)?.rank ?? null;
    row.movement = rankMovement(row.rank, row.previousRank);
  });
  const order: Record<RankState, number> = { ranked: 0, 'no-target': 1, missing: 2 };
  // Stable sort: ties keep the registry's order.
  rows.sort((a, b) => order[a.state] - order[b.state] || (a.rank ?? 0) - (b.rank ?? 0));
  return { group, units: rows };
}

/**
 * The city totals: every unit of the groups that count toward the city (a 未报送 unit's last reported
 * figure carried, in last month's and last year's totals too), against the city targets of the plan.
 */
function cityTotals(model: Model, index: EntryIndex, plan: Plan, report: Report): PeriodResult['city'] {
  const counted = new Set(
    model.units.filter((u) => model.groups.find((g) => g.id === u.group)?.countsTowardCity).map((u) => u.id),
  );
  const counts = (unit: UnitId) => counted.has(unit);
  const lastYear = index.get(samePeriodLastYear(report.period));
  const lastMonth = report.month > 1 ? index.get(previousPeriod(report.period)) : undefined; // 累计 restarts in January
  const missingUnits = report.entries.filter((e) => counted.has(e.unit) && e.status === UNIT_STATUS.missing).length;
  return plan.indicators.map((id) => {
    const now = totalOf(index, report.entries, counts, id, report.year, report.month);
    const before = lastMonth && totalOf(index, lastMonth.values(), counts, id, report.year, report.month - 1);
    const yearAgo = lastYear && totalOf(index, lastYear.values(), counts, id, report.year - 1, report.month);
    return {
      ...indicatorResult({
        indicator: id,
        value: now.value,
        target: { base: plan.cityTargets[id]! }, // the plan rule requires a city target per indicator
        lastYear: yearAgo?.value ?? null,
        lastMonth: before?.value ?? null,
        month: report.month,
        decimals: indicatorOf(model, id).decimals,
      }),
      missingUnits,
      carriedUnits: now.carried,
    };
  });
}

export function scoreBoard(model: Model, options: { includeDrafts?: boolean } = {}): Board {
  const periods: PeriodResult[] = [];
  const index = indexEntries(model);
  for (const plan of model.plans) {
    const reports = model.reports.filter(
      (r) => r.year === plan.year && (r.status === 'published' || options.includeDrafts),
    );
    let previous: PeriodResult | undefined;
    for (const report of reports) {
      const groups = model.groups.map((group) =>
        scoreGroup(
          model,
          index,
          plan,
          report,
          group,
          previous?.groups.find((g) => g.group.id === group.id),
        ),
      );
      const { file, publishedOn, publisher, note, illustrative, status, bulletin } = report;
      previous = {
        period: report.period,
        year: report.year,
        month: report.month,
        pace: timePace(report.month),
        report: { file, publishedOn, publisher, note, illustrative, status, ...(bulletin ? { bulletin } : {}) },
        plan,
        city: cityTotals(model, index, plan, report),
        groups,
      };
      periods.push(previous);
    }
  }
  return { model, periods };
}
