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
import type { Board, IndicatorResult, PeriodResult, UnitResult } from './board.ts';
import type { Indicator, Model } from './model.ts';

// ── URLs ──────────────────────────────────────────────────────────────────────────
/** The stable download URLs; pages link to these, the endpoints produce them. */
export const downloadHref = {
  readme: '/data/README.txt',
  month: (period: string, format: 'csv' | 'json') => `/data/rankings-${period}.${format}`,
  monthGroup: (period: string, group: string) => `/data/rankings-${period}-${group}.csv`,
  year: (year: number | string, format: 'csv' | 'json') => `/data/rankings-${year}.${format}`,
  unit: (unit: string) => `/data/unit-${unit}.csv`,
};

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

const PERCENT_DECIMALS = 1;

/** Rounds half away from zero, without binary noise (2.25 → 2.3) and without −0. */
export function round(value: number, decimals: number): number {
  const scaled = Number((Math.abs(value) * 10 ** decimals).toPrecision(12));
  return (Math.sign(value) * Math.round(scaled)) / 10 ** decimals || 0;
}

const percent = (ratio: number | null | undefined) => (ratio === null || ratio === undefined ? null : ratio * 100);

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

const DEFAULT_NOTICE = '示意数据：数字为演示而编造，并非真实统计。';

/** Whether a month's figures are the sample, and the notice to print with them (null when real). */
export function illustrativeNotice(model: Model, period: PeriodResult): string | null {
  const illustrative = model.site.illustrative || period.report.illustrative || period.plan.illustrative;
  return illustrative ? (model.site.illustrativeNotice ?? DEFAULT_NOTICE) : null;
}

function indicatorInfo(model: Model, id: string): Indicator {
  return model.indicators.find((i) => i.id === id) ?? { id, name: id, unit: '', decimals: 0 };
}

/** The indicators of the given months' plans, in plan order (a union when plans differ). */
function indicatorsOf(periods: PeriodResult[]): string[] {
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

function columnsFor(model: Model, indicatorIds: string[]): Column[] {
  return [
    { header: '月份', get: (r) => r.period.period },
    { header: '组别', get: (r) => r.groupName },
    { header: '位次', decimals: 0, get: (r) => r.unit.rank },
    { header: '并列', get: (r) => (r.unit.rank === null ? null : r.unit.tied ? '是' : '否') },
    { header: '较上月', get: (r) => movementLabel(r.unit) },
    { header: '单位代码', get: (r) => r.unit.unit },
    { header: '单位', get: (r) => r.unit.name },
    { header: '状态', get: (r) => statusLabel(r.unit) },
    ...indicatorIds.flatMap((id) => indicatorColumns(indicatorInfo(model, id))),
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

// ── JSON ──────────────────────────────────────────────────────────────────────────
const num = (value: number | null | undefined, decimals: number) => (value === null || value === undefined ? null : round(value, decimals));

/** What each key of a unit row means; printed once at the top of every JSON file. */
export const JSON_FIELDS = {
  rank: '位次（未参加排名为 null）',
  tied: '并列',
  previousRank: '上月位次',
  change: '较上月（进位 N / 退位 N / 持平）',
  unit: '单位代码',
  name: '单位',
  status: '状态（已报送 / 未报送 / 无目标）',
  score: '综合完成率（%）',
  scoreGap: '综合完成率超(+)/欠(−)序时进度（百分点）',
  band: '色带',
  remark: '备注',
  'indicators.*.base': '确保目标（金额单位见 indicators）',
  'indicators.*.stretch': '力争目标',
  'indicators.*.value': '1—N月累计',
  'indicators.*.completion': '完成率（%，对确保目标）',
  'indicators.*.stretchCompletion': '完成率（%，对力争目标）',
  'indicators.*.paceGap': '超(+)/欠(−)序时进度（百分点）',
  'indicators.*.lastYear': '上年同期累计',
  'indicators.*.yoy': '同比（%）',
  'indicators.*.remaining': '尚需完成',
  'indicators.*.monthlyNeeded': '月均需完成',
  null: '无数值（无目标、未报送、无上年同期），不是 0',
} as const;

function indicatorJson(r: IndicatorResult, decimals: number) {
  return {
    base: num(r.target?.base, decimals),
    stretch: num(r.target?.stretch, decimals),
    value: num(r.value, decimals),
    completion: num(percent(r.completion), PERCENT_DECIMALS),
    stretchCompletion: num(percent(r.stretchCompletion), PERCENT_DECIMALS),
    paceGap: num(r.paceGap, PERCENT_DECIMALS),
    lastYear: num(r.lastYear, decimals),
    yoy: num(percent(r.yoy), PERCENT_DECIMALS),
    remaining: num(r.remaining, decimals),
    monthlyNeeded: num(r.monthlyNeeded, decimals),
  };
}

function unitJson(model: Model, u: UnitResult) {
  return {
    rank: u.rank,
    tied: u.rank === null ? null : u.tied,
    previousRank: u.previousRank,
    change: movementLabel(u),
    unit: u.unit,
    name: u.name,
    status: statusLabel(u),
    score: num(percent(u.score), PERCENT_DECIMALS),
    scoreGap: num(u.scoreGap, PERCENT_DECIMALS),
    band: u.band?.label ?? null,
    remark: u.remark ?? null,
    indicators: Object.fromEntries(u.indicators.map((r) => [r.indicator, indicatorJson(r, indicatorInfo(model, r.indicator).decimals)])),
  };
}

/** One month as JSON-ready data: the month's facts, the city totals and every group's table. */
export function periodJson(model: Model, p: PeriodResult) {
  const notice = illustrativeNotice(model, p);
  return {
    period: p.period,
    publishedOn: p.report.publishedOn,
    publisher: p.report.publisher,
    illustrative: notice !== null,
    notice,
    note: p.report.note ?? null,
    pace: num(percent(p.pace), PERCENT_DECIMALS),
    indicators: p.plan.indicators.map((id) => {
      const { name, unit, decimals } = indicatorInfo(model, id);
      return { id, name, unit, decimals };
    }),
    tieRule: p.plan.ranking.tieRule,
    city: p.city.map((c) => ({ indicator: c.indicator, ...indicatorJson(c, indicatorInfo(model, c.indicator).decimals), missingUnits: c.missingUnits })),
    groups: p.groups.map((g) => ({ id: g.group.id, name: g.group.name, units: g.units.map((u) => unitJson(model, u)) })),
  };
}

export function monthDocument(model: Model, p: PeriodResult) {
  return { ...periodJson(model, p), fields: JSON_FIELDS };
}

/** A whole year: the months in order, each as in the month file. */
export function yearDocument(model: Model, year: number, periods: PeriodResult[]) {
  const months = periods.filter((p) => p.year === year).map((p) => periodJson(model, p));
  const notice = months.find((m) => m.notice !== null)?.notice ?? null;
  return {
    year,
    publisher: model.site.publisher,
    illustrative: notice !== null,
    notice,
    fields: JSON_FIELDS,
    periods: months,
  };
}

/** Arrays whose elements are written one per line (a table row per line). */
const ROW_ARRAYS = new Set(['units', 'city', 'indicators']);

/**
 * JSON that reads well and stays small: two-space indentation, but each table row (a unit, a city
 * total) and every short object on a single line. Ends with a newline.
 */
export function toJson(value: unknown): string {
  const write = (v: unknown, indent: string, key: string | undefined, inRowArray: boolean): string => {
    const flat = JSON.stringify(v);
    if (v === null || typeof v !== 'object' || inRowArray || flat.length <= 80) return flat;
    const inner = `${indent}  `;
    const rows = ROW_ARRAYS.has(key ?? '');
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      return `[\n${v.map((item) => inner + write(item, inner, undefined, rows)).join(',\n')}\n${indent}]`;
    }
    const entries = Object.entries(v as Record<string, unknown>);
    return `{\n${entries.map(([k, item]) => `${inner}${JSON.stringify(k)}: ${write(item, inner, k, false)}`).join(',\n')}\n${indent}}`;
  };
  return `${write(value, '', undefined, false)}\n`;
}

// ── the list of downloads ─────────────────────────────────────────────────────────
export type DownloadKind = 'month' | 'month-group' | 'year' | 'unit';

export interface Download {
  kind: DownloadKind;
  format: 'csv' | 'json';
  href: string;
  /** The part of the file name the route fills in: `2005-03`, `2005-03-towns`, `2005`, `dazhong`. */
  param: string;
  /** A short Chinese description, e.g. 2005年3月 镇. */
  label: string;
  period?: string;
  year?: number;
  group?: string;
  unit?: string;
}

/** Every data file the site offers, in a stable order. The endpoints and the 数据下载 page share it. */
export function listDownloads(board: Board): Download[] {
  const { model, periods } = board;
  const out: Download[] = [];
  const years = [...new Set(periods.map((p) => p.year))];
  for (const year of years) {
    for (const format of ['csv', 'json'] as const) {
      out.push({ kind: 'year', format, href: downloadHref.year(year, format), param: String(year), label: `${year}年全年各月`, year });
    }
  }
  for (const p of periods) {
    const label = `${p.year}年${p.month}月`;
    for (const format of ['csv', 'json'] as const) {
      out.push({ kind: 'month', format, href: downloadHref.month(p.period, format), param: p.period, label: `${label} 全部组别`, period: p.period, year: p.year });
    }
    for (const g of p.groups) {
      out.push({
        kind: 'month-group', format: 'csv', href: downloadHref.monthGroup(p.period, g.group.id), param: `${p.period}-${g.group.id}`,
        label: `${label} ${g.group.name}`, period: p.period, year: p.year, group: g.group.id,
      });
    }
  }
  const scored = new Set(periods.flatMap((p) => p.groups.flatMap((g) => g.units.map((u) => u.unit))));
  for (const unit of model.units.filter((u) => scored.has(u.id))) {
    out.push({ kind: 'unit', format: 'csv', href: downloadHref.unit(unit.id), param: unit.id, label: `${unit.name} 逐月`, unit: unit.id });
  }
  return out;
}

/** The body of a download, as listed by listDownloads. */
export function downloadBody(board: Board, d: Download): string {
  const { model, periods } = board;
  switch (d.kind) {
    case 'year': {
      const months = periods.filter((p) => p.year === d.year);
      return d.format === 'csv' ? toCsv(periodsTable(model, months)) : toJson(yearDocument(model, d.year!, periods));
    }
    case 'month':
    case 'month-group': {
      const p = periods.find((x) => x.period === d.period)!;
      if (d.format === 'json') return toJson(monthDocument(model, p));
      return toCsv(periodTable(model, p, { group: d.group }));
    }
    case 'unit':
      return toCsv(unitTable(model, periods, d.unit!));
  }
}

export const contentTypeOf = (d: Pick<Download, 'format'>) => (d.format === 'csv' ? CSV_CONTENT_TYPE : JSON_CONTENT_TYPE);

// ── README.txt ────────────────────────────────────────────────────────────────────
/** A plain-text guide to the files (UTF-8 with BOM and CRLF, so old Notepad shows it right). */
export function readmeText(board: Board): string {
  const { model, periods } = board;
  const notice = periods.map((p) => illustrativeNotice(model, p)).find((n) => n !== null) ?? (model.site.illustrative ? (model.site.illustrativeNotice ?? DEFAULT_NOTICE) : null);
  const first = periods[0];
  const last = periods.at(-1);
  const example = last ? periodTable(model, last).headers : columnsFor(model, []).map((c) => c.header);
  const downloads = listDownloads(board);
  const indicators = indicatorsOf(periods).map((id) => indicatorInfo(model, id));
  const lines = [
    `${model.site.title} · 数据下载说明`,
    `发布：${model.site.publisher}`,
    '',
    ...(notice ? [`【${notice}】`, '在数据换成真实统计之前，CSV 每一行的“说明”列和 JSON 的 notice 字段都带有这句提示。', ''] : []),
    first && last ? `收录月份：${first.period} 至 ${last.period}，共 ${periods.length} 个月（只含已公布的月份）。` : '暂无已公布的月份。',
    '',
    '一、文件',
    `  rankings-YYYY-MM.csv / .json       某月全部组别的排名（CSV 有“组别”列）`,
    `  rankings-YYYY-MM-<组别代码>.csv    某月一个组别的排名（组别代码：${model.groups.map((g) => `${g.id}=${g.name}`).join('，')}）`,
    `  rankings-YYYY.csv / .json          全年各月的排名（CSV 有“月份”列）`,
    `  unit-<单位代码>.csv                一个单位逐月的情况`,
    `  共 ${downloads.length} 个文件，另有本说明。`,
    '',
    '二、格式',
    '  CSV：UTF-8（带 BOM，Excel 可直接打开中文），CRLF 换行，含逗号、引号或换行的单元格加英文双引号。',
    '  所有 CSV 列相同，可直接上下拼接。以 =、+、-、@ 开头的文字前加了单引号，防止被当作公式。',
    '  数字不带千位分隔符；金额按指标规定的小数位，百分比和百分点保留一位小数。',
    '  空白单元格 = 无数值（无目标、未报送、无上年同期），不是 0。',
    '  JSON：UTF-8，缺失的数值为 null（不是 0）；各字段含义见文件中的 fields。',
    '',
    '三、CSV 列',
    ...example.map((h) => `  ${h}`),
    '',
    '  位次：组内名次，并列者同一位次、其后顺延（1、2、2、4）；未参加排名的单位位次为空。',
    '  并列：是 / 否。较上月：进位 N / 退位 N / 持平，上月或本月无位次时为空。',
    '  状态：已报送 / 未报送 / 无目标（已报送但无可排名的目标）。',
    '  完成率 = 1—N月累计 ÷ 确保目标。序时进度 = 已过月数 ÷ 12。超欠序时进度 = 完成率 − 序时进度（百分点，负数为欠）。',
    '  同比 = 本年累计 ÷ 上年同期累计 − 1。尚需完成 = 确保目标 − 累计（不小于 0）。',
    ...(indicators.length ? [`  指标及金额单位：${indicators.map((i) => `${i.name}（${i.unit}）`).join('，')}。`] : []),
    ...(last ? [`  排名规则（${last.year}年）：${last.plan.ranking.tieRule}`] : []),
    '',
  ];
  return `\uFEFF${lines.join('\r\n')}`;
}
