/**
 * The downloads as JSON: one month or a whole year, null (never 0) for a missing value, with a
 * `fields` glossary so the file explains itself. The per-indicator keys come from the catalogue
 * of measures (COLUMNS.json).
 */
import type { IndicatorId, Period, UnitId } from '../schema/common.ts';
import type { Model } from '../model/model.ts';
import { indicatorOf } from '../schema/indicators.ts';
import { movementText } from '../present/format.ts';
import { COLUMNS, decimalsOf, MEASURES, PERCENT_DECIMALS, plainValue } from '../present/measures.ts';
import { illustrativeNotice } from '../present/notice.ts';
import { revisionsOf } from '../present/revisions.ts';
import type { CarriedFigure, IndicatorResult, PeriodResult, UnitResult } from '../score/board.ts';
import { CARRIED_MARK } from '../present/methodology-rules.ts';
import { round } from '../score/round.ts';
import { groupTotal } from '../score/assessment.ts';
import { paceGap } from '../score/formulas.ts';
import { roundedPercent, statusLabel } from './table.ts';
import { provenance } from './method.ts';

/** A figure a total carries for a 未报送 unit, as the downloads write it. */
export const carriedJson = (c: CarriedFigure) => ({ unit: c.unit, value: c.value, from: c.from });

/** What `carried` of a total means, in every JSON file's glossary. */
export const CARRIED_FIELD = `合计中所含未报送单位的本年最近一次报送数（合计标“${CARRIED_MARK}”）：单位代码、数值、所报月份（本年尚未报送的按 0 计，月份为 null）；空列表表示合计不含这类数字`;

/** What the revision flag and its record mean, in every JSON file's glossary. */
export const REVISED_FIELD = '该月 1—N月累计发布后改过（更正或修订，见网站“更正”页）为 true';
export const REVISIONS_FIELD = '只在改过时出现：每次改动的日期、类别（更正 / 修订）、原数、新数、原因';

const num = (value: number | null | undefined, decimals: number) =>
  value === null || value === undefined ? null : round(value, decimals);

/**
 * A percentage or percentage points as the build decided on it, before rounding (the full double): beside each
 * rounded figure that decides a band, a place or a verdict, so a reader sees which side of a limit it fell
 * (a gap shown 0.0 may be −0.03). −0 is written 0.
 */
export const unrounded = (value: number | null | undefined, scale = 100) =>
  value === null || value === undefined ? null : value * scale + 0;

/** The glossary lines of the unrounded figures. */
export const UNROUNDED_FIELDS = {
  scoreUnrounded: '综合完成率（%）未四舍五入：位次（并列先按一位小数）、色带和考核按未四舍五入的数判断',
  scoreGapUnrounded: '综合完成率超(+)/欠(−)序时进度（百分点）未四舍五入：色带、连续落后按此判断',
  'indicators.*.completionUnrounded': '完成率（%）未四舍五入：考核按此判断',
  'total.*.completionUnrounded': '合计完成率（%）未四舍五入：合计是否达标按此判断',
};

/** What each key of a unit row means; printed once at the top of every JSON file. */
const JSON_FIELDS = {
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
  ...Object.fromEntries(COLUMNS.json.map(({ measure }) => [`indicators.*.${measure}`, MEASURES[measure].meaning])),
  'indicators.*.revised': REVISED_FIELD,
  'indicators.*.revisions': REVISIONS_FIELD,
  'city.*.carried': CARRIED_FIELD,
  'groups.*.total':
    '组合计：每项指标只计有该项目标的单位（未报送单位计其最近一次报送数，见 carried），对照这些单位的确保目标之和',
  'groups.*.total.*.carried': CARRIED_FIELD,
  ...UNROUNDED_FIELDS,
  null: '无数值（无目标、未报送、无上年同期），不是 0',
};

function indicatorJson(model: Model, r: IndicatorResult, period: PeriodResult) {
  const indicator = indicatorOf(model, r.indicator);
  return Object.fromEntries(
    COLUMNS.json.map(({ measure }) => [
      measure,
      num(plainValue(MEASURES[measure], r, period), decimalsOf(MEASURES[measure], indicator)),
    ]),
  );
}

/** Whether a unit's figure was changed after publication, and (only when it was) each change's date and reason. */
export function revisedJson(model: Model, period: Period, unit: UnitId, indicator: IndicatorId) {
  const revisions = revisionsOf(model, period, unit, indicator);
  if (revisions.length === 0) return { revised: false };
  return {
    revised: true,
    revisions: revisions.map((r) => ({ date: r.date, kind: r.kind, old: r.old, new: r.new, reason: r.reason })),
  };
}

function unitJson(model: Model, u: UnitResult, period: PeriodResult) {
  return {
    rank: u.rank,
    tied: u.rank === null ? null : u.tied,
    previousRank: u.previousRank,
    change: movementText(u.movement, 'column'),
    unit: u.unit,
    name: u.name,
    status: statusLabel(u),
    score: roundedPercent(u.score),
    scoreGap: num(u.scoreGap, PERCENT_DECIMALS),
    scoreUnrounded: unrounded(u.score),
    scoreGapUnrounded: unrounded(u.scoreGap, 1),
    band: u.band?.label ?? null,
    remark: u.remark ?? null,
    indicators: Object.fromEntries(
      u.indicators.map((r) => [
        r.indicator,
        {
          ...indicatorJson(model, r, period),
          completionUnrounded: unrounded(r.completion),
          ...revisedJson(model, period.period, u.unit, r.indicator),
        },
      ]),
    ),
  };
}

/**
 * A group's total of a month, as the assessments sum it: per indicator, the units with a target for it (a 未报送
 * unit's last reported figure carried and listed), against the sum of their targets.
 */
function groupTotalJson(model: Model, g: PeriodResult['groups'][number], p: PeriodResult) {
  return groupTotal(g, p.pace).indicators.map((t) => {
    const decimals = indicatorOf(model, t.indicator).decimals;
    return {
      indicator: t.indicator,
      value: round(t.value, decimals),
      target: round(t.target, decimals),
      completion: roundedPercent(t.completion),
      paceGap: num(paceGap(t.completion, p.month), PERCENT_DECIMALS),
      completionUnrounded: unrounded(t.completion),
      carried: t.carried.map(carriedJson),
    };
  });
}

/** One month as JSON-ready data: the month's facts, the city totals and every group's table. */
function periodJson(model: Model, p: PeriodResult) {
  const notice = illustrativeNotice(model.site, p);
  return {
    period: p.period,
    publishedOn: p.report.publishedOn,
    publisher: p.report.publisher,
    illustrative: notice !== null,
    notice,
    note: p.report.note ?? null,
    pace: roundedPercent(p.pace),
    indicators: p.plan.indicators.map((id) => {
      const { name, unit, decimals } = indicatorOf(model, id);
      return { id, name, unit, decimals };
    }),
    tieRule: p.plan.ranking.tieRule,
    city: p.city.map((c) => ({
      indicator: c.indicator,
      ...indicatorJson(model, c, p),
      completionUnrounded: unrounded(c.completion),
      missingUnits: c.missingUnits,
      carried: c.carriedUnits.map(carriedJson),
    })),
    groups: p.groups.map((g) => ({
      id: g.group.id,
      name: g.group.name,
      total: groupTotalJson(model, g, p),
      units: g.units.map((u) => unitJson(model, u, p)),
    })),
  };
}

export function monthDocument(model: Model, p: PeriodResult) {
  return { ...provenance(), ...periodJson(model, p), fields: JSON_FIELDS };
}

/** A whole year: the months in order, each as in the month file. */
export function yearDocument(model: Model, year: number, periods: PeriodResult[]) {
  const months = periods.filter((p) => p.year === year).map((p) => periodJson(model, p));
  const notice = months.find((m) => m.notice !== null)?.notice ?? null;
  return {
    ...provenance(),
    year,
    publisher: model.site.publisher,
    illustrative: notice !== null,
    notice,
    fields: JSON_FIELDS,
    periods: months,
  };
}

/** Arrays whose elements are written one per line (a table row per line). */
const ROW_ARRAYS = new Set(['units', 'city', 'indicators', 'observations', 'lines', 'measures', 'total', 'examples']);

/** The most characters a value may take to stay on one line. */
const ONE_LINE = 80;

/**
 * Whether JSON.stringify(value) is longer than `limit`, reading no more of the value than it takes
 * to tell: the year files are 2 MB, and writing every level out in full to measure it took most
 * of their time.
 */
function longerThan(value: unknown, limit: number): boolean {
  let left = limit;
  const over = (v: unknown): boolean => {
    if (v === null || typeof v !== 'object') {
      left -= (v === undefined ? 'null' : JSON.stringify(v)).length;
      return left < 0;
    }
    left -= 2; // the brackets
    const entries = Array.isArray(v)
      ? v.map((item) => [null, item] as const)
      : Object.entries(v).filter(([, item]) => item !== undefined);
    for (const [i, [k, item]] of entries.entries()) {
      left -= (i > 0 ? 1 : 0) + (k === null ? 0 : JSON.stringify(k).length + 1);
      if (left < 0 || over(item)) return true;
    }
    return left < 0;
  };
  return over(value);
}

/**
 * JSON that reads well and stays small: two-space indentation, but each table row (a unit, a city
 * total) and every short object on a single line. Ends with a newline.
 */
export function toJson(value: unknown): string {
  const write = (v: unknown, indent: string, key: string | undefined, inRowArray: boolean): string => {
    if (v === null || typeof v !== 'object' || inRowArray || !longerThan(v, ONE_LINE)) return JSON.stringify(v);
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
