/**
 * Read-only views of a scored board for the pages: finding a month, a unit's history, leaders,
 * laggards and movers, the ranking rule in words. Pure: no Astro, no file system.
 */
import type { Model } from '../model/model.ts';
import { indicatorOf } from '../schema/indicators.ts';
import type { Plan } from '../schema/plan.ts';
import type { Board, GroupResult, IndicatorResult, PeriodResult, UnitResult } from '../score/board.ts';

export const latestPeriod = (board: Board): PeriodResult | undefined => board.periods.at(-1);

/** The months before and after, across years. */
export function neighbours(board: Board, period: string): { previous?: PeriodResult; next?: PeriodResult } {
  const i = board.periods.findIndex((p) => p.period === period);
  return { previous: i > 0 ? board.periods[i - 1] : undefined, next: i >= 0 ? board.periods[i + 1] : undefined };
}

/** The published months grouped by year, newest year first, months in order. */
export function periodsByYear(board: Board): Array<{ year: number; periods: PeriodResult[] }> {
  const years = [...new Set(board.periods.map((p) => p.year))].sort((a, b) => b - a);
  return years.map((year) => ({ year, periods: board.periods.filter((p) => p.year === year) }));
}

/** One row per period the unit appears in, in order. */
export function unitHistory(
  board: Board,
  unitId: string,
): Array<{ period: PeriodResult; group: GroupResult; row: UnitResult }> {
  return historiesOf(board).get(unitId) ?? [];
}

type History = Array<{ period: PeriodResult; group: GroupResult; row: UnitResult }>;
/** Every unit's history in one pass, once per board: unit pages, downloads and preview cards all ask. */
const histories = new WeakMap<Board, Map<string, History>>();
function historiesOf(board: Board): Map<string, History> {
  let all = histories.get(board);
  if (!all) {
    all = new Map();
    for (const period of board.periods) {
      for (const group of period.groups) {
        for (const row of group.units) {
          let h = all.get(row.unit);
          if (!h) all.set(row.unit, (h = []));
          h.push({ period, group, row });
        }
      }
    }
    histories.set(board, all);
  }
  return all;
}

/** The city total of one indicator in each month of a year. */
export function cityHistory(
  board: Board,
  year: number,
  indicator: string,
): Array<{ period: PeriodResult; result: IndicatorResult }> {
  return board.periods
    .filter((p) => p.year === year)
    .flatMap((p) => p.city.filter((c) => c.indicator === indicator).map((result) => ({ period: p, result })));
}

/** Groups whose figures make the city total, and those left out because they overlap them (names joined with 、). */
export function cityTotalGroups(model: Pick<Model, 'groups'>): { counted: string; overlapping: string } {
  const names = (counts: boolean) =>
    model.groups
      .filter((g) => g.countsTowardCity === counts)
      .map((g) => g.name)
      .join('、');
  return { counted: names(true), overlapping: names(false) };
}

/** The top and bottom ranked units of a group; each side gets at most `n` and they never overlap. */
export function leadersAndLaggards(group: GroupResult, n = 3): { leaders: UnitResult[]; laggards: UnitResult[] } {
  const ranked = group.units.filter((u) => u.state === 'ranked');
  const take = Math.min(n, Math.floor(ranked.length / 2) || ranked.length);
  const leaders = ranked.slice(0, take);
  const laggards = ranked.length > take ? ranked.slice(-Math.min(take, ranked.length - take)) : [];
  return { leaders, laggards };
}

/** Units that moved place since last month, biggest moves first (进位 and 退位 listed apart). */
export function movers(period: PeriodResult, n = 5): { up: UnitResult[]; down: UnitResult[] } {
  const rows = period.groups.flatMap((g) => g.units);
  const by = (kind: 'up' | 'down') =>
    rows
      .filter((r) => r.movement?.movement === kind)
      .sort((a, b) => (b.movement?.by ?? 0) - (a.movement?.by ?? 0) || (a.rank ?? 0) - (b.rank ?? 0))
      .slice(0, n);
  return { up: by('up'), down: by('down') };
}

/** Units that did not report this month. */
export const missingUnits = (period: PeriodResult) =>
  period.groups.flatMap((g) => g.units.filter((u) => u.state === 'missing'));

/** How places are decided, in words, from the plan's ranking rule. */
export function rankingRuleText(plan: Plan, model: Model): string {
  const rule = plan.ranking;
  const name = (id: string) => indicatorOf(model, id).name;
  const cap = rule.completionCap === undefined ? '' : `，单项完成率最多计 ${Math.round(rule.completionCap * 100)}%`;
  if (rule.method === 'indicator')
    return `各组内按${name(rule.indicator ?? '')}完成率（对确保目标）从高到低排名${cap}。`;
  const weights = Object.entries(rule.weights ?? {});
  const total = weights.reduce((t, [, w]) => t + w, 0);
  const parts = weights.map(([id, w]) => `${name(id)}完成率 × ${Math.round((w / total) * 1000) / 10}%`).join(' + ');
  return `各组内按综合完成率从高到低排名：综合完成率 = ${parts}（均对确保目标${cap}）；只有部分指标有目标的单位，按其有目标的指标重新分配权重。`;
}

/** A short name of the ranking score for headings: 综合完成率 or 合同利用外资完成率. */
export function scoreLabel(plan: Plan, model: Model): string {
  if (plan.ranking.method === 'composite') return '综合完成率';
  const indicator = indicatorOf(model, plan.ranking.indicator ?? '');
  return `${indicator.shortName ?? indicator.name}完成率`;
}
