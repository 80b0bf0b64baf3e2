/**
 * 预警: /assessments/2005/warning/ (as of the year's latest month), and the short lists the ranking
 * and unit pages show. The method is stated in words on the page.
 */
import type { Model } from '../../../model/model.ts';
import { indicatorOf } from '../../../schema/indicators.ts';
import type { Board, PeriodResult } from '../../../score/board.ts';
import { latestOfYear, warnedUnits, warningsAt, warningYears, type UnitWarning } from '../../../score/warning.ts';
import { formatCount, formatMonth, formatPercent, formatPeriod } from '../../format.ts';
import { scoreLabel } from '../../queries.ts';
import { assessmentsUrl, rankingUrl, unitUrl, warningDataUrl, warningUrl } from '../../urls.ts';
import { warningMethodText } from './wording.ts';

/**
 * What is wrong with one unit, in a line: the checks it is projected to miss (with the first one's
 * projected figures), and its run behind pace — e.g. 预计达不到上半年“双过半”考核、年终考核（按当前进度，
 * 6月末实际利用外资 46.0%）；连续落后 4 个月.
 */
export function warningText(model: Model, w: UnitWarning, behindMonths: number): string {
  const parts: string[] = [];
  const missed = w.projections.filter((p) => p.missedOn.length > 0);
  const first = missed[0];
  if (first && first.indicators.every((i) => i.value === null)) parts.push('本月未报送，无法推算');
  else if (first) {
    const figures = first.missedOn
      .map(
        (id) =>
          `${indicatorOf(model, id).name} ${formatPercent(first.indicators.find((i) => i.indicator === id)?.completion)}`,
      )
      .join('、');
    parts.push(
      `预计达不到${missed.map((p) => p.check.name).join('、')}（按当前进度，${first.check.month}月末${figures}）`,
    );
  }
  if (w.behindStreak >= behindMonths) parts.push(`连续落后 ${w.behindStreak} 个月`);
  return parts.join('；');
}

/** The short list for a ranking page: the warned units of the month, by group. */
export function warningSummary(board: Board, period: PeriodResult) {
  const w = warningsAt(board, period);
  if (!w) return undefined;
  const warned = warnedUnits(w);
  return {
    href: warningUrl(period.year),
    isLatest: latestOfYear(board, period.year) === period,
    groups: period.groups
      .map((g) => ({
        name: g.group.name,
        units: warned
          .filter((u) => u.group === g.group.id)
          .map((u) => ({ name: u.name, href: unitUrl(u.unit), text: warningText(board.model, u, w.behindMonths) })),
      }))
      .filter((g) => g.units.length > 0),
  };
}

/** A unit's own warning as of the latest month of its latest year, if any. */
export function unitWarning(board: Board, unitId: string) {
  const year = warningYears(board).at(-1);
  const period = year === undefined ? undefined : latestOfYear(board, year);
  const w = period && warningsAt(board, period);
  const mine = w?.units.find((u) => u.unit === unitId);
  if (!w || !period || !mine) return undefined;
  return {
    month: formatMonth(period.period),
    text: warningText(board.model, mine, w.behindMonths) || '无预警',
    href: warningUrl(period.year),
  };
}

export function warningView(board: Board, year: number) {
  const { model } = board;
  const period = latestOfYear(board, year)!;
  const w = warningsAt(board, period)!;
  const warned = warnedUnits(w);
  const indicators = period.plan.indicators.map((id) => indicatorOf(model, id));
  return {
    title: `${year}年预警名单`,
    period,
    month: formatMonth(period.period),
    periodLabel: formatPeriod(period.period),
    method: warningMethodText(period.plan.assessments!, scoreLabel(period.plan, model)),
    behindMonths: formatCount(w.behindMonths),
    indexHref: assessmentsUrl(),
    rankingHref: rankingUrl(period.period),
    ahead: w.ahead.map((c) => ({ name: c.name, month: c.month })),
    indicators,
    groups: period.groups.map((g) => ({
      id: g.group.id,
      name: g.group.name,
      rows: warned
        .filter((u) => u.group === g.group.id)
        .map((u) => ({
          name: u.name,
          href: unitUrl(u.unit),
          projections: u.projections.map((p) => ({
            missed: p.missedOn.length > 0,
            cells: p.indicators.map((i) => {
              const missed = p.missedOn.includes(i.indicator);
              return { text: `${formatPercent(i.completion)}${missed ? ' ✗' : ''}`, missed };
            }),
          })),
          streak:
            u.behindStreak >= w.behindMonths
              ? `⚑ 连续落后 ${u.behindStreak} 个月`
              : u.behindStreak > 0
                ? `落后 ${u.behindStreak} 个月`
                : '—',
        })),
    })),
    count: warned.length,
    /** Every month of the year, every unit (not only the warned), as CSV. */
    downloads: [{ href: warningDataUrl(year), label: `CSV（${year}年各月、全部单位）` }],
  };
}

/** The /data/ page's list of 预警 downloads, newest year first. */
export const warningDownloads = (board: Board) =>
  warningYears(board)
    .map((year) => ({ name: `${year}年预警名单`, href: warningUrl(year), csv: warningDataUrl(year) }))
    .reverse();
