/**
 * Where everything sits on a 报送表, worked out from the data alone: the writer draws it and the
 * reader checks it against the same layout, so the two cannot drift apart. A form is for one unit
 * and one month (1—N月累计); the phone workbook lists a group's units one row each.
 */
import type { IndicatorId, Period, UnitId } from '../schema/common.ts';
import { formatCumulativeLabel, formatPeriod } from '../present/format.ts';
import type { Model } from '../model/model.ts';
import { indicatorOf } from '../schema/indicators.ts';
import { isActiveIn } from '../schema/units.ts';
import { parsePeriod, periodOf } from '../schema/period.ts';
import type { Indicator } from '../schema/indicators.ts';
import type { Unit } from '../schema/units.ts';

/** Bumped whenever a cell moves: the reader names the version it expected. */
export const FORM_VERSION = 1;
export const FORM_SHEET = '报送表';
/** The very hidden sheet that says whose form it is (a renamed file is still recognised). */
export const META_SHEET = '表格信息';
export const META_KEYS = {
  kind: '表格',
  board: '排行榜',
  unit: '单位代码',
  period: '报告期',
  version: '版本',
} as const;
export type FormKind = 'unit' | 'phone';

/** The form's columns, left to right. */
export const COLUMNS = {
  no: 'A',
  name: 'B',
  measure: 'C',
  base: 'D',
  stretch: 'E',
  previous: 'F',
  current: 'G',
  increase: 'H',
} as const;
export const FIRST_ROW = 5;

/** What the unit reported last month: a number, 未报送, or nothing to compare (January). */
export type Previous = number | 'missing' | 'january' | 'none';

export interface FormRow {
  indicator: Indicator;
  row: number;
  base?: number;
  stretch?: number;
  previous: Previous;
}

export interface Label {
  cell: string;
  text: string;
}

export interface FormLayout {
  board: string;
  period: string;
  unit: Unit;
  title: string;
  /** 2006年1—2月 */
  periodLabel: string;
  rows: FormRow[];
  remarkRow: number;
  /** Input cells besides the figures. */
  cells: { remark: string; head: string; filledBy: string; phone: string; sentOn: string };
  /** Fixed texts the reader expects where the writer put them. */
  labels: Label[];
  notes: string[];
}

/** The previous month's 1—N月累计 of a unit, for 上月累计 (January starts the year afresh). */
export function previousOf(model: Model, period: Period, unit: UnitId, indicator: IndicatorId): Previous {
  const { year, month } = parsePeriod(period);
  if (month === 1) return 'january';
  const report = model.reports.find((r) => r.period === periodOf(year, month - 1));
  const entry = report?.entries.find((e) => e.unit === unit);
  if (!report || !entry) return 'none';
  return entry.values[indicator] ?? 'missing';
}

export const titleOf = (model: Model, period: string) =>
  `${formatPeriod(period)}${model.site.subject}目标任务完成情况报送表`;

/** The year's indicators, in the plan's order (the registry's when the year has no plan). */
export function indicatorsOf(model: Model, year: number): Indicator[] {
  const plan = model.plans.find((p) => p.year === year);
  return (plan?.indicators ?? model.indicators.map((i) => i.id)).map((id) => indicatorOf(model, id));
}

/** An example 报出日期 for a month's form: the 3rd of the month after, when such a form is sent. */
export function sentOnExample(period: string): string {
  const { year, month } = parsePeriod(period);
  return month === 12 ? `${year + 1}-01-03` : `${year}-${String(month + 1).padStart(2, '0')}-03`;
}

/** The units a month's forms cover: active that month (a unit may start or stop by month). */
export const activeUnits = (model: Model, period: string) => model.units.filter((u) => isActiveIn(u, period));

export function formLayout(model: Model, period: Period, unit: Unit): FormLayout {
  const { year, month } = parsePeriod(period);
  const plan = model.plans.find((p) => p.year === year);
  const rows = indicatorsOf(model, year).map((indicator, i) => {
    const target = plan?.targets[unit.id]?.[indicator.id];
    return {
      indicator,
      row: FIRST_ROW + i,
      base: target?.base,
      stretch: target?.stretch,
      previous: previousOf(model, period, unit.id, indicator.id),
    };
  });
  const remarkRow = FIRST_ROW + rows.length;
  const footer = remarkRow + 2;
  const current = formatCumulativeLabel(period);
  const labels: Label[] = [
    { cell: 'A3', text: '序号' },
    { cell: 'B3', text: '指标' },
    { cell: 'C3', text: '计量单位' },
    { cell: 'D3', text: '年度目标' },
    { cell: 'D4', text: '确保' },
    { cell: 'E4', text: '力争' },
    {
      cell: 'F3',
      text: month === 1 ? '上月累计' : `上月累计\n（${formatCumulativeLabel(periodOf(year, month - 1))}）`,
    },
    { cell: 'G3', text: `本期累计\n（${current}）` },
    { cell: 'H3', text: '本月新增' },
    ...rows.map((r) => ({ cell: `${COLUMNS.name}${r.row}`, text: r.indicator.name })),
    { cell: `A${remarkRow}`, text: '备注' },
    { cell: `A${footer}`, text: '单位负责人：' },
    { cell: `E${footer}`, text: '填表人：' },
    { cell: `A${footer + 1}`, text: '联系电话：' },
    { cell: `E${footer + 1}`, text: '报出日期：' },
  ];
  return {
    board: model.site.title,
    period,
    unit,
    title: titleOf(model, period),
    periodLabel: formatPeriod(period),
    rows,
    remarkRow,
    cells: {
      remark: `C${remarkRow}`,
      head: `C${footer}`,
      filledBy: `G${footer}`,
      phone: `C${footer + 1}`,
      sentOn: `G${footer + 1}`,
    },
    labels,
    notes: [
      month === 1
        ? `1. 只填黄色格子。“本期累计”填 ${formatPeriod(period)}的数（1 月的累计就是 1 月当月数），单位见“计量单位”列，只填数字。`
        : `1. 只填黄色格子。“本期累计”填 ${formatPeriod(period)}的累计数（不是 ${month} 月当月数），单位见“计量单位”列，只填数字。`,
      '2. 没有发生的填 0，不要空着；“年度目标”写“不考核”的指标只作统计，照样填；“本月新增”由表格自动计算，不用填；备注 200 字以内。',
      '3. 请不要改动表格的文字，不要插入或删除行、列；文件名可以改。',
      '4. 填好后保存（.xlsx，也可以是 .xls 或 WPS 的 .et），按通知的时间发回。',
    ],
  };
}

/** The phone workbook: a sheet per group, a row per unit, two columns (上月累计, 本期累计) per indicator. */
export interface PhoneSheet {
  name: string;
  units: Array<{ unit: Unit; row: number; previous: Previous[] }>;
  /** Column letter of each indicator's 本期累计, in the year's order. */
  inputColumns: string[];
  remarkColumn: string;
}

export const PHONE_FIRST_ROW = 5;

export const columnLetter = (index: number): string => {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

export function phoneLayout(model: Model, period: Period): PhoneSheet[] {
  const { year } = parsePeriod(period);
  const indicators = indicatorsOf(model, year);
  const units = activeUnits(model, period);
  // A 单位, B 名称 … then per indicator: 上月累计, 本期累计; then 备注
  const inputColumns = indicators.map((_, i) => columnLetter(2 + 2 * i + 1));
  return model.groups
    .map((group) => ({
      name: group.name,
      units: units
        .filter((u) => u.group === group.id)
        .map((unit, i) => ({
          unit,
          row: PHONE_FIRST_ROW + i,
          previous: indicators.map((ind) => previousOf(model, period, unit.id, ind.id)),
        })),
      inputColumns,
      remarkColumn: columnLetter(2 + 2 * indicators.length),
    }))
    .filter((s) => s.units.length > 0);
}
