/**
 * A year's compare file (/data/compare-YYYY.json) and the comparison the page shows without an
 * address: every unit's, the city's and each group's average figures month by month, for each measure
 * the page can switch to. Built once per board and year.
 */
import type { Plan } from '../schema/plan.ts';
import { indicatorOf } from '../schema/indicators.ts';
import type { Board, IndicatorResult, PeriodResult } from '../score/board.ts';
import { rankingScore } from '../score/formulas.ts';
import { round } from '../score/round.ts';
import {
  averageLine,
  CITY_LINE,
  cumulativeMeasure,
  SCORE_MEASURE,
  type CompareData,
  type CompareLine,
  type CompareMeasure,
} from './compare.ts';
import { formatWholeArea } from './format.ts';
import { PERCENT_DECIMALS } from './measures.ts';
import { illustrativeNotice } from './notice.ts';
import { scoreLabel } from './queries.ts';
import { unitUrl } from './urls.ts';

const percent = (ratio: number | null | undefined) =>
  ratio === null || ratio === undefined ? null : round(ratio * 100, PERCENT_DECIMALS);
const mean = (values: Array<number | null | undefined>) => {
  const known = values.filter((v): v is number => v !== null && v !== undefined);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
};

/** The measures of a year: 综合完成率 (or the ranking indicator's 完成率), each 完成率, each 累计. */
function measuresOf(board: Board, plan: Plan): CompareMeasure[] {
  const indicators = plan.indicators.map((id) => indicatorOf(board.model, id));
  return [
    { id: SCORE_MEASURE, label: scoreLabel(plan, board.model), unit: '%', decimals: PERCENT_DECIMALS, percent: true },
    ...indicators.map((i) => ({
      id: i.id,
      label: `${i.shortName ?? i.name}完成率`,
      unit: '%',
      decimals: PERCENT_DECIMALS,
      percent: true,
    })),
    ...indicators.map((i) => ({
      id: cumulativeMeasure(i.id),
      label: `${i.shortName ?? i.name}1—N月累计`,
      unit: i.unit,
      decimals: i.decimals,
      percent: false,
    })),
  ];
}

type Pick3 = { score: number | null; indicators: Array<Pick<IndicatorResult, 'indicator' | 'completion' | 'value'>> };

/** One line's values for every measure, from its row (or null) in each month. */
function valuesOf(board: Board, plan: Plan, periods: PeriodResult[], rowOf: (p: PeriodResult) => Pick3 | null) {
  const rows = periods.map(rowOf);
  const find = (row: Pick3 | null, id: string) => row?.indicators.find((i) => i.indicator === id);
  return {
    [SCORE_MEASURE]: rows.map((r) => percent(r?.score)),
    ...Object.fromEntries(plan.indicators.map((id) => [id, rows.map((r) => percent(find(r, id)?.completion))])),
    ...Object.fromEntries(
      plan.indicators.map((id) => {
        const decimals = indicatorOf(board.model, id).decimals;
        return [
          cumulativeMeasure(id),
          rows.map((r) => ((v) => (v == null ? null : round(v, decimals)))(find(r, id)?.value)),
        ];
      }),
    ),
  };
}

const built = new WeakMap<Board, Map<number, CompareData>>();

/** The compare file of a year (its months as published, units in registry order, then 全市 and averages). */
export function compareData(board: Board, year: number): CompareData {
  let years = built.get(board);
  if (!years) built.set(board, (years = new Map<number, CompareData>()));
  const cached = years.get(year);
  if (cached) return cached;
  const { model } = board;
  const periods = board.periods.filter((p) => p.year === year);
  const [first] = periods;
  const latest = periods.at(-1);
  if (!first || !latest) throw new RangeError(`no month of ${year} on the board to compare`);
  const plan = first.plan;
  const seen = new Set(periods.flatMap((p) => p.groups.flatMap((g) => g.units.map((u) => u.unit))));
  const units = model.units.filter((u) => seen.has(u.id));
  const rowIn = (p: PeriodResult, unit: string) =>
    p.groups.flatMap((g) => g.units).find((u) => u.unit === unit) ?? null;
  const lines: CompareLine[] = [
    ...units.map((u) => ({
      id: u.id,
      name: u.name,
      kind: 'unit' as const,
      group: u.group,
      href: unitUrl(u.id),
      values: valuesOf(board, plan, periods, (p) => rowIn(p, u.id)),
    })),
    {
      id: CITY_LINE,
      name: formatWholeArea(model.site.city),
      kind: 'city',
      values: valuesOf(board, plan, periods, (p) => ({
        score: rankingScore(Object.fromEntries(p.city.map((c) => [c.indicator, c.completion])), plan.ranking),
        indicators: p.city,
      })),
    },
    ...model.groups
      .filter((g) => units.some((u) => u.group === g.id))
      .map((g) => ({
        id: averageLine(g.id),
        name: `${g.name}平均`,
        kind: 'average' as const,
        group: g.id,
        values: valuesOf(board, plan, periods, (p) => {
          const rows = p.groups.find((x) => x.group.id === g.id)?.units ?? [];
          return {
            score: mean(rows.map((r) => r.score)),
            indicators: plan.indicators.map((id) => {
              const results = rows.map((r) => r.indicators.find((i) => i.indicator === id));
              return {
                indicator: id,
                completion: mean(results.map((i) => i?.completion)),
                // As the page says: a unit without a target for the indicator (or 未报送) is not in the average.
                value: mean(results.map((i) => (i?.target ? i.value : null))),
              };
            }),
          };
        }),
      })),
  ];
  const data: CompareData = {
    year,
    months: periods.map((p) => p.period),
    pace: periods.map((p) => percent(p.pace)!),
    measures: measuresOf(board, plan),
    groups: latest.groups.map((g) => ({
      id: g.group.id,
      name: g.group.name,
      leader: g.units.find((u) => u.rank === 1)?.unit ?? null,
    })),
    lines,
    notice: illustrativeNotice(model.site, latest),
  };
  years.set(year, data);
  return data;
}

/** The years a comparison can show, newest first. */
export const compareYears = (board: Board) => [...new Set(board.periods.map((p) => p.year))].sort((a, b) => b - a);
