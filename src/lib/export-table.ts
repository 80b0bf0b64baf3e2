/**
 * The downloads: the scored board as flat tables (CSV) and as JSON, for anyone who wants the
 * figures in a spreadsheet or a program. Pure: no Astro, no file system — the endpoints under
 * src/pages/data/ only pick a table and wrap it in a Response.
 *
 * Every CSV has the same column set (for a given list of indicators), so files can be stacked:
 * 月份, 组别, 位次, 并列, 较上月, 单位代码, 单位, 状态, then per indicator of the plan 确保目标 …
 * 尚需完成, then 综合完成率, 序时进度, 色带, 备注, 说明. A blank cell means "no value" (no target,
 * 未报送, no 上年同期) — never 0. Numbers are plain: no thousands separators, amounts with the
 * indicator's decimals, percentages and percentage points with one decimal.
 */
import { stringify } from 'csv-stringify/sync';
import type { IndicatorResult, PeriodResult, UnitResult } from './board.ts';
import { indicatorOf, type Indicator, type Model } from './model.ts';
import { round } from './format.ts';

// ── cells and columns ─────────────────────────────────────────────────────────────
/** A table cell: text, a number (formatted with its column's decimals), or null = blank. */
export type Cell = string | number | null;

export interface Table {
  headers: string[];
  /** Decimal places per column for numeric cells (undefined for text columns). */
  decimals: Array<number | undefined>;
  rows: Cell[][];
}

/** What one row is made from. */
interface RowSource {
  period: PeriodResult;
  groupName: string;
  unit: UnitResult;
  notice: string | null;
}

interface Column {
  header: string;
  decimals?: number;
  get: (row: RowSource) => Cell;
}

export const PERCENT_DECIMALS = 1;

export { round };

export const percent = (ratio: number | null | undefined) => (ratio === null || ratio === undefined ? null : ratio * 100);

export const MOVEMENT_LABEL = { up: '进位', down: '退位', same: '持平' } as const;

/** 较上月: "进位 2", "退位 1", "持平", or null (no place this month or last). */
export function movementLabel(unit: UnitResult): string | null {
  if (!unit.movement) return null;
  const { movement, by } = unit.movement;
  return movement === 'same' ? MOVEMENT_LABEL.same : `${MOVEMENT_LABEL[movement]} ${by}`;
}

/** 状态: 已报送 / 未报送 / 无目标 (reported, but nothing to rank by). */
export function statusLabel(unit: UnitResult): string {
  if (unit.state === 'no-target') return '无目标';
  return unit.status;
}

export const DEFAULT_NOTICE = '示意数据：数字为演示而编造，并非真实统计。';

/** Whether a month's figures are the sample, and the notice to print with them (null when real). */
export function illustrativeNotice(model: Model, period: PeriodResult): string | null {
  const illustrative = model.site.illustrative || period.report.illustrative || period.plan.illustrative;
  return illustrative ? (model.site.illustrativeNotice ?? DEFAULT_NOTICE) : null;
}

/** The indicators of the given months' plans, in plan order (a union when plans differ). */
export function indicatorsOf(periods: PeriodResult[]): string[] {
  const ids: string[] = [];
  for (const p of periods) for (const id of p.plan.indicators) if (!ids.includes(id)) ids.push(id);
  return ids;
}

function indicatorColumns(indicator: Indicator): Column[] {
  const { id, name, unit, decimals } = indicator;
  const of = (row: RowSource): IndicatorResult | undefined => row.unit.indicators.find((r) => r.indicator === id);
  const money = unit ? `(${unit})` : '';
  return [
    { header: `${name}确保目标${money}`, decimals, get: (r) => of(r)?.target?.base ?? null },
    { header: `${name}力争目标${money}`, decimals, get: (r) => of(r)?.target?.stretch ?? null },
    { header: `${name}1—N月累计${money}`, decimals, get: (r) => of(r)?.value ?? null },
    { header: `${name}完成率(%)`, decimals: PERCENT_DECIMALS, get: (r) => percent(of(r)?.completion) },
    { header: `${name}超欠序时进度(百分点)`, decimals: PERCENT_DECIMALS, get: (r) => of(r)?.paceGap ?? null },
    { header: `${name}同比(%)`, decimals: PERCENT_DECIMALS, get: (r) => percent(of(r)?.yoy) },
    { header: `${name}尚需完成${money}`, decimals, get: (r) => of(r)?.remaining ?? null },
  ];
}

export function columnsFor(model: Model, indicatorIds: string[]): Column[] {
  return [
    { header: '月份', get: (r) => r.period.period },
    { header: '组别', get: (r) => r.groupName },
    { header: '位次', decimals: 0, get: (r) => r.unit.rank },
    { header: '并列', get: (r) => (r.unit.rank === null ? null : r.unit.tied ? '是' : '否') },
    { header: '较上月', get: (r) => movementLabel(r.unit) },
    { header: '单位代码', get: (r) => r.unit.unit },
    { header: '单位', get: (r) => r.unit.name },
    { header: '状态', get: (r) => statusLabel(r.unit) },
    ...indicatorIds.flatMap((id) => indicatorColumns(indicatorOf(model, id))),
    { header: '综合完成率(%)', decimals: PERCENT_DECIMALS, get: (r) => percent(r.unit.score) },
    { header: '序时进度(%)', decimals: PERCENT_DECIMALS, get: (r) => percent(r.period.pace) },
    { header: '色带', get: (r) => r.unit.band?.label ?? null },
    { header: '备注', get: (r) => r.unit.remark ?? null },
    { header: '说明', get: (r) => r.notice },
  ];
}

function rowSources(model: Model, period: PeriodResult, group?: string): RowSource[] {
  const notice = illustrativeNotice(model, period);
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

// ── tables ────────────────────────────────────────────────────────────────────────
/** One month: every group (or one group), units in ranking order, groups in registry order. */
export function periodTable(model: Model, period: PeriodResult, options: { group?: string } = {}): Table {
  return table(model, [period], rowSources(model, period, options.group));
}

/** Several months stacked (a whole year): one row per unit per month. */
export function periodsTable(model: Model, periods: PeriodResult[]): Table {
  return table(model, periods, periods.flatMap((p) => rowSources(model, p)));
}

/** One unit's month-by-month history across the given months (months it was not scored are left out). */
export function unitTable(model: Model, periods: PeriodResult[], unitId: string): Table {
  const sources = periods.flatMap((p) => rowSources(model, p).filter((s) => s.unit.unit === unitId));
  return table(model, periods.filter((p) => sources.some((s) => s.period === p)), sources);
}

// ── CSV ───────────────────────────────────────────────────────────────────────────
/**
 * CSV for Excel with Chinese text: UTF-8 with BOM, CRLF, fields quoted when they hold a comma,
 * quote or line break; text that a spreadsheet would run as a formula (=, +, -, @ …) is prefixed
 * with ' — numbers, negative ones included, are written as plain numbers.
 */
export function toCsv(t: Table): string {
  return stringify(t.rows, {
    bom: true,
    header: true,
    columns: t.headers.map((header, i) => ({ key: String(i), header })),
    record_delimiter: 'windows',
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: {
      number: (value, context) => round(value, t.decimals[context.index] ?? 0).toFixed(t.decimals[context.index] ?? 0),
    },
  });
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
export const TEXT_CONTENT_TYPE = 'text/plain; charset=utf-8';

