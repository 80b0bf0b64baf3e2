/**
 * The scored board as flat tables (for CSV): one row per unit per month. Every table has the same
 * columns for a given list of indicators, so files can be stacked: 月份, 组别, 位次, 并列, 较上月,
 * 单位代码, 单位, 状态, then per indicator the measures listed in COLUMNS.csv (and 已修订 after the
 * 1—N月累计), then 综合完成率,
 * 序时进度, 色带, 备注, 说明. A blank cell means "no value" (no target, 未报送, no 上年同期) — never 0.
 */
import type { IndicatorId, Period, UnitId } from '../schema/common.ts';
import type { Model } from '../model/model.ts';
import { indicatorOf } from '../schema/indicators.ts';
import { movementText } from '../present/format.ts';
import { COLUMNS, decimalsOf, MEASURES, PERCENT_DECIMALS, plainValue, unitSuffix } from '../present/measures.ts';
import { illustrativeNotice } from '../present/notice.ts';
import { revisionsOf } from '../present/revisions.ts';
import type { PeriodResult, UnitResult } from '../score/board.ts';
import { round } from '../score/round.ts';

/** A table cell: text, a number (formatted with its column's decimals), or null = blank. */
export type Cell = string | number | null;

export interface Table {
  headers: string[];
  /** Decimal places per column for numeric cells (undefined for text columns). */
  decimals: Array<number | undefined>;
  /** Decimal places per row, for tables whose rows hold different indicators (a revision triangle). */
  rowDecimals?: Array<number | undefined>;
  rows: Cell[][];
}

/** What one row is made from. */
interface RowSource {
  period: PeriodResult;
  groupName: string;
  unit: UnitResult;
  notice: string | null;
}

interface TableColumn {
  header: string;
  decimals?: number;
  get: (row: RowSource) => Cell;
}

export const percent = (ratio: number | null | undefined) =>
  ratio === null || ratio === undefined ? null : ratio * 100;

/** A ratio as the percentage a JSON file writes: 0.8534 → 85.3; null stays null. */
export const roundedPercent = (ratio: number | null | undefined) =>
  ratio === null || ratio === undefined ? null : round(ratio * 100, PERCENT_DECIMALS);

/** 状态: 已报送 / 未报送 / 无目标 (reported, but nothing to rank by). */
export function statusLabel(unit: UnitResult): string {
  if (unit.state === 'no-target') return '无目标';
  return unit.status;
}

/** The indicators of the given months' plans, in plan order (a union when plans differ). */
export function indicatorsOf(periods: PeriodResult[]): IndicatorId[] {
  const ids: IndicatorId[] = [];
  for (const p of periods) for (const id of p.plan.indicators) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/** 是 when the figure was changed after publication (更正 or 修订, listed on the corrections page), else 否. */
export const revisedCell = (model: Model, period: Period, unit: UnitId, indicator: IndicatorId) =>
  revisionsOf(model, period, unit, indicator).length > 0 ? '是' : '否';

/** An indicator's columns: its measures, with the 已修订 flag right after the 1—N月累计 it qualifies. */
function indicatorColumns(model: Model, id: IndicatorId): TableColumn[] {
  const indicator = indicatorOf(model, id);
  return COLUMNS.csv.flatMap(({ measure }) => {
    const m = MEASURES[measure];
    const column: TableColumn = {
      header: `${indicator.name}${m.csvName}${unitSuffix(m, indicator)}`,
      decimals: decimalsOf(m, indicator),
      get: (row: RowSource) => {
        const result = row.unit.indicators.find((r) => r.indicator === id);
        return result ? plainValue(m, result, row.period) : null;
      },
    };
    if (measure !== 'value') return [column];
    const revised: TableColumn = {
      header: `${indicator.name}已修订`,
      get: (row) => revisedCell(model, row.period.period, row.unit.unit, id),
    };
    return [column, revised];
  });
}

export function columnsFor(model: Model, indicatorIds: IndicatorId[]): TableColumn[] {
  return [
    { header: '月份', get: (r) => r.period.period },
    { header: '组别', get: (r) => r.groupName },
    { header: '位次', decimals: 0, get: (r) => r.unit.rank },
    { header: '并列', get: (r) => (r.unit.rank === null ? null : r.unit.tied ? '是' : '否') },
    { header: '较上月', get: (r) => movementText(r.unit.movement, 'column') },
    { header: '单位代码', get: (r) => r.unit.unit },
    { header: '单位', get: (r) => r.unit.name },
    { header: '状态', get: (r) => statusLabel(r.unit) },
    ...indicatorIds.flatMap((id) => indicatorColumns(model, id)),
    { header: '综合完成率(%)', decimals: PERCENT_DECIMALS, get: (r) => percent(r.unit.score) },
    { header: '序时进度(%)', decimals: PERCENT_DECIMALS, get: (r) => percent(r.period.pace) },
    { header: '色带', get: (r) => r.unit.band?.label ?? null },
    { header: '备注', get: (r) => r.unit.remark ?? null },
    { header: '说明', get: (r) => r.notice },
  ];
}

function rowSources(model: Model, period: PeriodResult, group?: string): RowSource[] {
  const notice = illustrativeNotice(model.site, period);
  return period.groups
    .filter((g) => group === undefined || g.group.id === group)
    .flatMap((g) => g.units.map((unit) => ({ period, groupName: g.group.name, unit, notice })));
}

function table(model: Model, periods: PeriodResult[], sources: RowSource[]): Table {
  const columns = columnsFor(model, indicatorsOf(periods));
  return {
    headers: columns.map((c) => c.header),
    decimals: columns.map((c) => c.decimals),
    rows: sources.map((source) => columns.map((c) => c.get(source))),
  };
}

/** The columns of the given months' tables, with no rows (a header to stack rows under). */
export const tableHead = (model: Model, periods: PeriodResult[]): Table => table(model, periods, []);

/** One month: every group (or one group), units in ranking order, groups in registry order. */
export function periodTable(model: Model, period: PeriodResult, options: { group?: string } = {}): Table {
  return table(model, [period], rowSources(model, period, options.group));
}

/** Several months stacked (a whole year): one row per unit per month. */
export function periodsTable(model: Model, periods: PeriodResult[]): Table {
  return table(
    model,
    periods,
    periods.flatMap((p) => rowSources(model, p)),
  );
}

/** One unit's month-by-month history across the given months (months it was not scored are left out). */
export function unitTable(model: Model, periods: PeriodResult[], unitId: string): Table {
  // One row looked up per month (not every unit's rows made and filtered: 300 unit files × 120 months).
  const sources = periods.flatMap((period) => {
    const group = period.groups.find((g) => g.units.some((u) => u.unit === unitId));
    const unit = group?.units.find((u) => u.unit === unitId);
    return group && unit
      ? [{ period, groupName: group.group.name, unit, notice: illustrativeNotice(model.site, period) }]
      : [];
  });
  return table(
    model,
    periods.filter((p) => sources.some((s) => s.period === p)),
    sources,
  );
}
