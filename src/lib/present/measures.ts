/**
 * The catalogue of per-indicator measures (columns): id, zh-CN name, what kind of number it is
 * (which fixes its unit and decimals), how to get it, and what it means. Every table that shows
 * an indicator's figures — the ranking table, the unit page, CSV, JSON, README.txt and the
 * methodology — reads its columns from here: to add a column, add a measure and name it in the
 * lists below.
 */
import type { Indicator } from '../schema/indicators.ts';
import type { IndicatorResult, PeriodResult } from '../score/board.ts';

/**
 * amount: in the indicator's unit with its decimals · ratio: a fraction shown as % (0.853 → 85.3%)
 * · change: a signed ratio (同比 +12.0%) · gap: percentage points against pace, coloured by band.
 */
export type MeasureKind = 'amount' | 'ratio' | 'change' | 'gap';

export interface Measure {
  /** Stable key, used in JSON. */
  id: string;
  /** Column name in the site's tables, e.g. 完成率. */
  name: string;
  /** Column name after the indicator's name in CSV headers (no spaces, no slashes), e.g. 超欠序时进度. */
  csvName: string;
  kind: MeasureKind;
  /** What a JSON reader needs to know, e.g. 完成率（%，对确保目标）. */
  meaning: string;
  /** The formula as the methodology states it; measures taken straight from the data have none. */
  formula?: string;
  /** A sentence under the formula: an example, or what a blank means. */
  explanation?: string;
  get: (result: IndicatorResult, period: Pick<PeriodResult, 'pace'>) => number | null;
}

const measure = (m: Measure) => m;

export const MEASURES = {
  base: measure({
    id: 'base',
    name: '确保目标',
    csvName: '确保目标',
    kind: 'amount',
    meaning: '确保目标（金额单位见 indicators）',
    get: (r) => r.target?.base ?? null,
  }),
  stretch: measure({
    id: 'stretch',
    name: '力争目标',
    csvName: '力争目标',
    kind: 'amount',
    meaning: '力争目标',
    get: (r) => r.target?.stretch ?? null,
  }),
  value: measure({
    id: 'value',
    name: '累计',
    csvName: '1—N月累计',
    kind: 'amount',
    meaning: '1—N月累计',
    get: (r) => r.value,
  }),
  completion: measure({
    id: 'completion',
    name: '完成率',
    csvName: '完成率',
    kind: 'ratio',
    meaning: '完成率（%，对确保目标）',
    get: (r) => r.completion,
    formula: '完成率 = 1—N月累计 ÷ 年度确保目标',
  }),
  stretchCompletion: measure({
    id: 'stretchCompletion',
    name: '力争完成率',
    csvName: '力争完成率',
    kind: 'ratio',
    meaning: '完成率（%，对力争目标）',
    get: (r) => r.stretchCompletion,
    formula: '力争完成率 = 1—N月累计 ÷ 年度力争目标',
    explanation: '有“力争”目标的单位，另列对力争目标的完成率。',
  }),
  monthIncrease: measure({
    id: 'monthIncrease',
    name: '当月新增',
    csvName: '当月新增',
    kind: 'amount',
    meaning: '当月新增（本月累计 − 上月累计；上月或本月未报送为 null）',
    get: (r) => r.monthIncrease,
    formula: '当月新增 = 本月 1—N月累计 − 上月 1—N月累计（1 月即 1 月累计）',
  }),
  paceAmount: measure({
    id: 'paceAmount',
    name: '序时进度线',
    csvName: '序时进度线',
    kind: 'amount',
    meaning: '按序时进度应完成的累计（确保目标 × 序时进度）',
    get: (r, p) => (r.target ? r.target.base * p.pace : null),
  }),
  paceGap: measure({
    id: 'paceGap',
    name: '超/欠序时',
    csvName: '超欠序时进度',
    kind: 'gap',
    meaning: '超(+)/欠(−)序时进度（百分点）',
    get: (r) => r.paceGap,
    formula: '超/欠序时进度（个百分点）= 完成率 − 序时进度',
    explanation:
      '正数为超序时进度，负数为欠序时进度。例：3 月末完成率 30.3%，序时进度 25.0%，即超序时进度 +5.3 个百分点。',
  }),
  lastYear: measure({
    id: 'lastYear',
    name: '上年同期',
    csvName: '上年同期累计',
    kind: 'amount',
    meaning: '上年同期累计',
    get: (r) => r.lastYear,
  }),
  yoy: measure({
    id: 'yoy',
    name: '同比',
    csvName: '同比',
    kind: 'change',
    meaning: '同比（%）',
    get: (r) => r.yoy,
    formula: '同比 = 本年 1—N月累计 ÷ 上年同期累计 − 1',
    explanation:
      '上年同期没有数据（或为 0）的单位，同比显示“—”。由几个单位合并而成的单位，上年同期为合并前各单位之和（其中任一单位上年未报送则不计算同比）。',
  }),
  remaining: measure({
    id: 'remaining',
    name: '尚需完成',
    csvName: '尚需完成',
    kind: 'amount',
    meaning: '尚需完成',
    get: (r) => r.remaining,
    formula: '尚需完成 = 确保目标 − 1—N月累计（已完成的记 0）',
  }),
  monthlyNeeded: measure({
    id: 'monthlyNeeded',
    name: '月均需完成',
    csvName: '月均需完成',
    kind: 'amount',
    meaning: '月均需完成',
    get: (r) => r.monthlyNeeded,
    formula: '月均需完成 = 尚需完成 ÷ 剩余月数',
    explanation: '按指标的小数位向上取整（每月至少要完成的数）；12 月末没有剩余月份，显示“—”。',
  }),
};

export type MeasureId = keyof typeof MEASURES;

/** A measure as one table shows it: a heading of its own, a note under the heading, a second figure under the value. */
export interface Column {
  measure: MeasureId;
  heading?: string;
  note?: string;
  /** A second measure printed small under the first, prefixed 力争 (a stretch target or its 完成率). */
  stretch?: MeasureId;
  /** Stays visible for a unit that did not report (targets come from the plan, not the report). */
  fromPlan?: boolean;
}

const GAP_NOTE = '个百分点';

const columnsOfTables = {
  /** The monthly ranking table, per indicator (the 累计 heading names the months: 1—3月累计). */
  ranking: [
    { measure: 'base', heading: '年度目标', note: '确保/力争', stretch: 'stretch' },
    { measure: 'value' },
    { measure: 'completion', stretch: 'stretchCompletion' },
    { measure: 'paceGap', note: GAP_NOTE },
    { measure: 'yoy' },
  ],
  /** The unit page: the year's targets and where the unit stands. */
  unitTargets: [
    { measure: 'base', fromPlan: true },
    { measure: 'stretch', fromPlan: true },
    { measure: 'value' },
    { measure: 'completion', stretch: 'stretchCompletion' },
    { measure: 'paceGap', note: GAP_NOTE },
    { measure: 'remaining' },
    { measure: 'monthlyNeeded' },
  ],
  /** The unit page: one indicator month by month (序时进度 itself is the period's, printed beside). */
  unitMonths: [
    { measure: 'value' },
    { measure: 'monthIncrease' },
    { measure: 'paceAmount' },
    { measure: 'completion' },
  ],
  unitMonthsAfterPace: [{ measure: 'paceGap', note: GAP_NOTE }, { measure: 'yoy' }],
  csv: [
    { measure: 'base' },
    { measure: 'stretch' },
    { measure: 'value' },
    { measure: 'monthIncrease' },
    { measure: 'completion' },
    { measure: 'stretchCompletion' },
    { measure: 'paceGap' },
    { measure: 'yoy' },
    { measure: 'remaining' },
    { measure: 'monthlyNeeded' },
  ],
  json: [
    { measure: 'base' },
    { measure: 'stretch' },
    { measure: 'value' },
    { measure: 'monthIncrease' },
    { measure: 'completion' },
    { measure: 'stretchCompletion' },
    { measure: 'paceGap' },
    { measure: 'lastYear' },
    { measure: 'yoy' },
    { measure: 'remaining' },
    { measure: 'monthlyNeeded' },
  ],
} satisfies Record<string, Column[]>;

/** Which measures each output shows, in order. */
export const COLUMNS: Record<keyof typeof columnsOfTables, Column[]> = columnsOfTables;

export const PERCENT_DECIMALS = 1;

/** Decimals a measure's figures are written with: the indicator's for amounts, one for % and pp. */
export const decimalsOf = (m: Measure, indicator: Indicator) =>
  m.kind === 'amount' ? indicator.decimals : PERCENT_DECIMALS;

/** A measure's figure as a plain number for downloads: ratios in % (85.3), null stays null. */
export function plainValue(m: Measure, result: IndicatorResult, period: Pick<PeriodResult, 'pace'>): number | null {
  const v = m.get(result, period);
  return v === null || m.kind === 'amount' || m.kind === 'gap' ? v : v * 100;
}

/** The unit a measure's figures are in, as a CSV header writes it: (万美元), (%), (百分点). */
export function unitSuffix(m: Measure, indicator: Indicator): string {
  if (m.kind === 'amount') return indicator.unit ? `(${indicator.unit})` : '';
  return m.kind === 'gap' ? '(百分点)' : '(%)';
}

/** The measures with a formula, in catalogue order: the methodology and README.txt state them. */
export const FORMULAS = Object.values(MEASURES).filter(
  (m): m is Measure & { formula: string } => m.formula !== undefined,
);
