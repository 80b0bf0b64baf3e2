/** /rankings/2005-03/: one month's ranking, one table per group. */
import { indicatorOf } from '../../../schema/indicators.ts';
import type { Board, PeriodResult } from '../../../score/board.ts';
import { COLUMNS, MEASURES } from '../../measures.ts';
import {
  formatAmount,
  formatMonth,
  formatPaceGapText,
  formatPercent,
  formatPeriod,
  formatWholeArea,
} from '../../format.ts';
import { neighbours, rankingRuleText } from '../../queries.ts';
import { carriedText } from '../../methodology-rules.ts';
import { pendingRevisions } from '../../../score/releases.ts';
import { groupVerdict } from './verdict.ts';
import {
  groupDataUrl,
  monthDataUrl,
  rankingUrl,
  rankingsUrl,
  releaseDataUrl,
  releasesUrl,
  yearDataUrl,
} from '../../urls.ts';

/** 按发布时的数据: the month's files as its release published them, and whether anything was revised since. */
function releaseOf(board: Board, period: PeriodResult) {
  if (period.report.status !== 'published') return undefined;
  const month = formatMonth(period.period);
  return {
    links: [
      { href: releaseDataUrl(period.period, monthDataUrl(period.period, 'csv')), label: `${month} CSV（发布时）` },
      { href: releaseDataUrl(period.period, monthDataUrl(period.period, 'json')), label: `${month} JSON（发布时）` },
    ],
    revised: pendingRevisions(board.model, { period: period.period, date: period.report.publishedOn }).length > 0,
    href: releasesUrl(),
  };
}

export function rankingView(board: Board, period: PeriodResult) {
  const { model } = board;
  const { previous, next } = neighbours(board, period.period);
  const month = formatMonth(period.period);
  return {
    model,
    period,
    title: `${formatPeriod(period.period)}${model.site.subject}排行榜`,
    description: `${model.site.city}${formatPeriod(period.period)}各${model.groups.map((g) => g.name).join('、')}${model.site.subject}完成情况与排名（1—N月累计）。`,
    month,
    rankingsHref: rankingsUrl(),
    previous: previous && { href: rankingUrl(previous.period), month: formatMonth(previous.period) },
    next: next && { href: rankingUrl(next.period), month: formatMonth(next.period) },
    area: formatWholeArea(model.site.city),
    /** 全市 (全县 …): one sentence part per indicator. */
    city: period.city.map((c) => {
      const ind = indicatorOf(model, c.indicator);
      return `${ind.name}累计 ${formatAmount(c.value, ind.decimals)} ${ind.unit}，完成年度目标 ${formatPercent(c.completion)}，${formatPaceGapText(c.paceGap)}`;
    }),
    /** The mark of a city total that carries a late unit's figure: 含未报送单位最近一次报送数：… */
    cityCarried: carriedText(
      model,
      period.city.flatMap((c) => c.carriedUnits),
    ),
    downloads: [
      { href: monthDataUrl(period.period, 'csv'), label: `${month} CSV` },
      { href: monthDataUrl(period.period, 'json'), label: `${month} JSON` },
      { href: monthDataUrl(period.period, 'xlsx'), label: `${month} Excel` },
      { href: yearDataUrl(period.year, 'csv'), label: `${period.year}年全年 CSV` },
    ],
    release: releaseOf(board, period),
    /** Per group, first and last unit and how many are at or ahead of pace: the page's opening lines. */
    verdicts: period.groups.map(groupVerdict),
    /** Each table's own file beside it; the month's files (every group) are listed once, after the tables. */
    groups: period.groups.map((group) => ({
      group,
      downloads: [{ href: groupDataUrl(period.period, group.group.id), label: `${group.group.name}（CSV）` }],
    })),
    ruleText: rankingRuleText(period.plan, model),
    /** The formulas of the table's columns, from the catalogue of measures. */
    formulas: COLUMNS.ranking
      .flatMap((c) => [c.measure, c.stretch])
      .flatMap((id) => (id && MEASURES[id].formula) || []),
  };
}
