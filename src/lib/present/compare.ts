/**
 * The comparison page's logic, shared by the page (prerendered at build time) and its script
 * (src/client/compare.ts, in the browser): what the address asks for, which lines that means, and
 * the chart and table made from a year's compare file. No imports but types: the script stays small.
 *
 * The address: /compare/?u=<id>~<id>…&i=<measure>&y=<year>. Unit ids (not names, so links survive
 * renames) joined with ~ (messaging apps keep it, where they rewrite + and %20); _city is 全市 and
 * _avg-<group> a group's average; i is score (综合完成率), an indicator id (its 完成率) or <id>.cum
 * (its 1—N月累计 in its own unit).
 */
import type { ChartSpec } from './chart.ts';

export interface CompareMeasure {
  id: string;
  /** 综合完成率, 合同利用外资完成率, 合同利用外资1—N月累计 … */
  label: string;
  /** % for rates, else the indicator's unit (万美元). */
  unit: string;
  decimals: number;
  /** A rate, drawn against 序时进度. */
  percent: boolean;
}

export type LineKind = 'unit' | 'city' | 'average';

export interface CompareLine {
  id: string;
  name: string;
  kind: LineKind;
  /** The unit's group (units and group averages). */
  group?: string;
  /** The unit's page. */
  href?: string;
  /** Per measure id, one value per month of the year (null: no figure — no target, 未报送). */
  values: Record<string, Array<number | null>>;
}

/** A year's compare file (/data/compare-YYYY.json): everything the page draws. */
export interface CompareData {
  year: number;
  /** The year's published months, YYYY-MM. */
  months: string[];
  /** 序时进度 of each month, in %. */
  pace: number[];
  measures: CompareMeasure[];
  groups: Array<{ id: string; name: string; leader: string | null }>;
  lines: CompareLine[];
  notice: string | null;
}

export const CITY_LINE = '_city';
export const averageLine = (group: string) => `_avg-${group}`;
export const SCORE_MEASURE = 'score';
export const cumulativeMeasure = (indicator: string) => `${indicator}.cum`;
/** At most this many units on one chart (全市 and group averages come on top). */
export const MAX_UNITS = 6;
export const MIN_UNITS = 2;

/** What the address asks for, before it is checked against a year's data. */
export interface Query {
  ids: string[];
  measure?: string;
  year?: number;
}

export function parseQuery(search: string): Query {
  const params = new URLSearchParams(search);
  // ~ is the separator; a form's repeated u=…&u=… and a messaging app's + or space are taken too.
  const ids = params
    .getAll('u')
    .flatMap((u) => u.split(/[~+ ,]/))
    .filter(Boolean);
  const year = Number(params.get('y'));
  return {
    ids: [...new Set(ids)],
    measure: params.get('i') ?? undefined,
    year: Number.isInteger(year) && year > 0 ? year : undefined,
  };
}

export interface Resolved {
  lines: CompareLine[];
  measure: CompareMeasure;
  /** Ids not in this year's data (ignored, and said so). */
  unknown: string[];
  /** Units beyond the sixth (ignored, and said so). */
  dropped: string[];
}

/** The lines an address names, in the order named, against one year's data. */
export function resolveQuery(data: CompareData, query: Query): Resolved {
  const byId = new Map(data.lines.map((l) => [l.id, l]));
  const lines: CompareLine[] = [];
  const unknown: string[] = [];
  const dropped: string[] = [];
  let units = 0;
  for (const id of query.ids) {
    const line = byId.get(id);
    if (!line) unknown.push(id);
    else if (line.kind === 'unit' && units >= MAX_UNITS) dropped.push(line.name);
    else {
      lines.push(line);
      if (line.kind === 'unit') units++;
    }
  }
  const measure = data.measures.find((m) => m.id === query.measure) ?? data.measures[0];
  if (!measure) throw new Error('compare data with no measure (it always has 综合完成率)');
  return { lines, measure, unknown, dropped };
}

/** The comparison shown without an address: the latest month's group leaders (two units at least). */
export function defaultIds(data: CompareData): string[] {
  const leaders = data.groups.map((g) => g.leader).filter((id): id is string => id !== null);
  if (leaders.length >= MIN_UNITS) return leaders.slice(0, MAX_UNITS);
  const others = data.lines.filter((l) => l.kind === 'unit' && !leaders.includes(l.id)).map((l) => l.id);
  return [...leaders, ...others].slice(0, MIN_UNITS);
}

/** The address of a comparison: ?u=…&i=…&y=… (the measure and year only when not the default). */
export function queryString(ids: string[], measure: string, year: number | undefined): string {
  const parts = [`u=${ids.join('~')}`];
  if (measure !== SCORE_MEASURE) parts.push(`i=${measure}`);
  if (year !== undefined) parts.push(`y=${year}`);
  return `?${parts.join('&')}`;
}

export const monthLabel = (period: string) => `${Number(period.slice(5))}月`;

/**
 * A figure as the table prints it, as the rest of the site does (format.ts): 85.3%, 1234, −60 with a true
 * minus, — for none. The file's figures are already rounded to the measure's decimals.
 */
export function formatFigure(value: number | null, measure: CompareMeasure): string {
  if (value === null) return '—';
  const text = `${value < 0 ? '−' : ''}${Math.abs(value).toFixed(measure.decimals)}`;
  return measure.percent ? `${text}%` : text;
}

/**
 * What the chart draws, in words (under its caption): one line per choice, labelled at its end (or in
 * the legend where the ends crowd), and 序时进度 only under rates — a cumulative amount has no pace line.
 */
export function chartDescription(measure: CompareMeasure, lineCount: number): string {
  const pace = measure.percent ? '；黑色细虚线为序时进度' : '';
  return `图：${lineCount} 条线，颜色、线型和点形各不相同，名字标在线的末端（挤不下时列在图下）${pace}。数字见下表。`;
}

/** The chooser's folded summary: how many units and reference lines are chosen. */
export function chosenSummary(lines: Array<Pick<CompareLine, 'kind'>>): string {
  const units = lines.filter((l) => l.kind === 'unit').length;
  const references = lines.length - units;
  return `已选 ${units} 个单位${references ? `、${references} 条参照线` : ''}`;
}

/** The chart: one line per choice, and 序时进度 under the rates. */
export function chartOf(data: CompareData, lines: CompareLine[], measure: CompareMeasure): ChartSpec {
  return {
    labels: data.months.map(monthLabel),
    yTitle: measure.percent ? `${measure.label}（%）` : `${measure.label}（${measure.unit}）`,
    format: measure.percent ? 'percent' : 'amount',
    decimals: measure.decimals,
    endLabels: true,
    series: [
      ...lines.map((l, i) => ({
        label: l.name,
        kind: 'compare' as const,
        style: i,
        values: l.values[measure.id] ?? [],
      })),
      ...(measure.percent ? [{ label: '序时进度', kind: 'pace' as const, values: data.pace }] : []),
    ],
  };
}

export interface TableRow {
  name: string;
  href?: string;
  /** 两区 for a unit, 参照 for 全市 and averages. */
  note: string;
  cells: string[];
}

/** The table under the chart: a row per line (and 序时进度 under rates), a column per month. */
export function tableOf(data: CompareData, lines: CompareLine[], measure: CompareMeasure) {
  const groupName = (id?: string) => data.groups.find((g) => g.id === id)?.name ?? '';
  const rows: TableRow[] = lines.map((l) => ({
    name: l.name,
    href: l.href,
    note: l.kind === 'unit' ? groupName(l.group) : '参照',
    cells: (l.values[measure.id] ?? []).map((v) => formatFigure(v, measure)),
  }));
  if (measure.percent)
    rows.push({
      name: '序时进度',
      note: '参照',
      cells: data.pace.map((v) => formatFigure(v, { ...measure, decimals: 1 })),
    });
  return { months: data.months.map(monthLabel), rows };
}
