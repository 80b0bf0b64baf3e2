/**
 * What was known when, as files: every published figure in long form with the day it was published and
 * the day a revision replaced it (observations.csv / .json), and the revision triangles as CSV.
 */
import type { Model } from '../model/model.ts';
import { indicatorOf } from '../schema/indicators.ts';
import { illustrativeNoticeFor } from '../present/notice.ts';
import { LATEST_LABEL, type Triangle } from '../present/triangle.ts';
import { nextPeriod } from '../schema/period.ts';
import { UNIT_STATUS, type Report } from '../schema/report.ts';
import type { Figure, Revision } from '../schema/revisions.ts';
import type { Cell, Table } from './table.ts';

export const FIRST_RELEASE = '首次发布';

export interface Observation {
  unit: string;
  name: string;
  group: string;
  indicator: string;
  period: string;
  /** null when 未报送. */
  value: number | null;
  status: string;
  publishedAt: string;
  /** The day a revision replaced it; null while it stands. */
  supersededAt: string | null;
  /** 首次发布, or the revision's kind (更正 / 修订). */
  kind: string;
  reason: string | null;
  /** A revision of month k changes 当月新增 of k and k+1: the months whose 当月新增 it changed. */
  monthIncreaseChanged: string[];
}

/** The indicators a report's figures are for: its year's plan's, else every indicator it has a figure of. */
function indicatorsOf(model: Model, report: Report): string[] {
  const plan = model.plans.find((p) => p.year === report.year);
  if (plan) return plan.indicators;
  return model.indicators.map((i) => i.id).filter((id) => report.entries.some((e) => e.values[id] !== undefined));
}

const valueOf = (f: Figure) => (f === UNIT_STATUS.missing ? null : f);
const statusOf = (f: Figure) => (f === UNIT_STATUS.missing ? UNIT_STATUS.missing : UNIT_STATUS.reported);

/** Every published figure and every revision of it, month by month, units in registry order. */
export function observations(model: Model): Observation[] {
  const revisionsOf = new Map<string, Revision[]>();
  for (const r of [...model.revisions].sort((a, b) => a.date.localeCompare(b.date))) {
    const key = `${r.period}/${r.unit}/${r.indicator}`;
    revisionsOf.set(key, [...(revisionsOf.get(key) ?? []), r]);
  }
  const order = new Map(model.units.map((u, i) => [u.id, i]));
  const groupName = (unit: string) => {
    const group = model.units.find((u) => u.id === unit)?.group;
    return model.groups.find((g) => g.id === group)?.name ?? '';
  };
  const published = model.reports.filter((r) => r.status === 'published');
  const months = new Set(published.map((r) => r.period));
  const rows: Observation[] = [];
  for (const report of published) {
    const entries = [...report.entries].sort((a, b) => (order.get(a.unit) ?? 0) - (order.get(b.unit) ?? 0));
    for (const entry of entries) {
      for (const id of indicatorsOf(model, report)) {
        const now: Figure | undefined = entry.status === UNIT_STATUS.missing ? UNIT_STATUS.missing : entry.values[id];
        // A reported unit with no figure for an indicator (no target, left out) has nothing to observe.
        if (now === undefined) continue;
        const chain = revisionsOf.get(`${report.period}/${entry.unit}/${id}`) ?? [];
        const base = {
          unit: entry.unit,
          name: model.units.find((u) => u.id === entry.unit)?.name ?? entry.unit,
          group: groupName(entry.unit),
          indicator: id,
          period: report.period,
        };
        const first: Figure = chain[0]?.old ?? now;
        rows.push({
          ...base,
          value: valueOf(first),
          status: statusOf(first),
          publishedAt: report.publishedOn,
          supersededAt: chain[0]?.date ?? null,
          kind: FIRST_RELEASE,
          reason: null,
          monthIncreaseChanged: [],
        });
        chain.forEach((r, i) => {
          const next = nextPeriod(report.period);
          rows.push({
            ...base,
            value: valueOf(r.new),
            status: statusOf(r.new),
            publishedAt: r.date,
            supersededAt: chain[i + 1]?.date ?? null,
            kind: r.kind,
            reason: r.reason,
            monthIncreaseChanged: [report.period, ...(report.month < 12 && months.has(next) ? [next] : [])],
          });
        });
      }
    }
  }
  return rows;
}

const OBSERVATION_COLUMNS: Array<{ header: string; key: string; meaning: string; get: (o: Observation) => Cell }> = [
  { header: '单位代码', key: 'unit', meaning: '单位代码', get: (o) => o.unit },
  { header: '单位', key: 'name', meaning: '单位', get: (o) => o.name },
  { header: '组别', key: 'group', meaning: '组别', get: (o) => o.group },
  { header: '指标代码', key: 'indicator', meaning: '指标代码', get: (o) => o.indicator },
  { header: '月份', key: 'period', meaning: '数字所属月份（1—N月累计）', get: (o) => o.period },
  { header: '数值', key: 'value', meaning: '1—N月累计（未报送为空 / null）', get: (o) => o.value },
  { header: '状态', key: 'status', meaning: '已报送 / 未报送', get: (o) => o.status },
  { header: '发布日期', key: 'publishedAt', meaning: '这个数字公布之日（published_at）', get: (o) => o.publishedAt },
  {
    header: '被取代日期',
    key: 'supersededAt',
    meaning: '被下一次修订取代之日（superseded_at）；为空 / null 表示现行数字',
    get: (o) => o.supersededAt,
  },
  { header: '类别', key: 'kind', meaning: '首次发布 / 更正（原数有误）/ 修订（迟报数据补入）', get: (o) => o.kind },
  { header: '原因', key: 'reason', meaning: '更正、修订的原因', get: (o) => o.reason },
  {
    header: '当月新增受影响月份',
    key: 'monthIncreaseChanged',
    meaning: '改了 k 月的累计，k 月和 k+1 月的当月新增随之改变：列出这两个月',
    get: (o) => o.monthIncreaseChanged.join(' '),
  },
];

/** observations.csv: one row per unit, indicator, month and value (a revised figure has a row per value). */
export function observationsTable(model: Model): Table {
  const rows = observations(model);
  const decimals = new Map<string, number>(model.indicators.map((i) => [i.id, i.decimals]));
  return {
    headers: OBSERVATION_COLUMNS.map((c) => c.header),
    decimals: OBSERVATION_COLUMNS.map(() => undefined),
    rowDecimals: rows.map((o) => decimals.get(o.indicator)),
    rows: rows.map((o) => OBSERVATION_COLUMNS.map((c) => c.get(o))),
  };
}

/** observations.json: the same rows, with the indicators and a glossary of the keys. */
export function observationsDocument(model: Model, periods: Parameters<typeof illustrativeNoticeFor>[1] = []) {
  // Every month's figures: the notice of each year shown (one text when the years say the same).
  const notice = illustrativeNoticeFor(model.site, periods);
  return {
    publisher: model.site.publisher,
    illustrative: notice !== null,
    notice,
    indicators: model.indicators.map(({ id, name, unit, decimals }) => ({ id, name, unit, decimals })),
    fields: Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c.key, c.meaning])),
    observations: observations(model).map((o) => {
      const { decimals } = indicatorOf(model, o.indicator);
      return { ...o, value: o.value === null ? null : Number(o.value.toFixed(decimals)) };
    }),
  };
}

/** A year's triangles (one per indicator) as one CSV: the 累计 block, then the 当月新增 block, per indicator. */
export function triangleTable(triangles: Triangle[]): Table {
  const columns = triangles[0]?.columns ?? [];
  const headers = [
    '指标',
    '数字',
    '月份',
    ...columns.map((c) => (c.date ? `${c.label}(${c.date})` : LATEST_LABEL)),
    '修订说明',
  ];
  const rows: Cell[][] = [];
  const rowDecimals: number[] = [];
  for (const t of triangles) {
    const name = `${t.indicator.name}${t.indicator.unit ? `(${t.indicator.unit})` : ''}`;
    for (const [label, block] of [
      ['1—N月累计', t.cumulative],
      ['当月新增', t.increase],
    ] as const) {
      for (const row of block) {
        rows.push([name, label, row.period, ...row.cells.map((c) => c?.value ?? null), row.notes.join('；') || null]);
        rowDecimals.push(t.indicator.decimals);
      }
    }
  }
  return { headers, decimals: headers.map(() => undefined), rowDecimals, rows };
}
