/** Home: the latest month at a glance — city totals against target and pace, leaders and laggards, movers. */
import { indicatorOf } from '../../../schema/indicators.ts';
import { bandFor, type Board, type PeriodResult, type UnitResult } from '../../../score/board.ts';
import { timePace } from '../../../score/formulas.ts';
import type { ChartSpec, SeriesKind } from '../../chart.ts';
import {
  formatAmount,
  formatCount,
  formatPercent,
  formatPeriod,
  formatPp,
  formatSignedAmount,
  formatWholeArea,
} from '../../format.ts';
import {
  cityHistory,
  cityTotalGroups,
  latestPeriod,
  leadersAndLaggards,
  missingUnits,
  movers,
  neighbours,
  scoreLabel,
} from '../../queries.ts';
import { CARRIED_MARK, carriedText } from '../../methodology-rules.ts';
import { sectionsFor } from '../../sections.ts';
import { homeUrl, monthDataUrl, rankingUrl, cityChartId } from '../../urls.ts';
import { highlightView, yearEndView } from '../verdicts/highlight.ts';

const SERIES_KINDS: SeriesKind[] = ['value', 'value2', 'target', 'stretch'];
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const asPercent = (ratio: number | null | undefined) =>
  ratio === null || ratio === undefined ? null : Math.round(ratio * 1000) / 10;

export const placeOf = (u: UnitResult) => (u.tied ? `并列第${u.rank}` : `第${u.rank}`);

export function homeView(board: Board) {
  const latest = latestPeriod(board);
  return {
    site: board.model.site,
    month: latest && homeMonth(board, latest),
    highlight: latest && highlightView(board, latest),
    /** At the year's end the home page leads with 年终考核 (from December until the next January is published). */
    yearEnd: latest && yearEndView(board, latest),
  };
}

export type HomeMonth = ReturnType<typeof homeMonth>;

/** Everything the home page says of the latest month. */
function homeMonth(board: Board, latest: PeriodResult) {
  const { model } = board;
  const sections = sectionsFor(board.model).filter((s) => s.href !== homeUrl());
  const previous = neighbours(board, latest.period).previous;
  const groupName = (id: string) => model.groups.find((g) => g.id === id)?.name ?? id;

  /** The bars' full width: the largest completion shown, 100–150 %, so that 121.9 % and 103.9 % differ. */
  const scale = Math.min(1.5, Math.max(1, ...latest.city.map((c) => c.completion ?? 0)));
  const along = (ratio: number) => ((Math.min(scale, Math.max(0, ratio)) / scale) * 100).toFixed(2);
  const cards = latest.city.map((c) => {
    const indicator = indicatorOf(model, c.indicator);
    return {
      result: c,
      indicator,
      band: bandFor(c.paceGap, latest.plan.bands),
      /** The progress bar's filled width and the pace mark, in % of the bar. */
      done: along(c.completion ?? 0),
      paceAt: along(latest.pace),
      /** The mark of the year's target (100 %), when the bar reaches beyond it. */
      targetAt: scale > 1 ? along(1) : undefined,
      /** The total carries a 未报送 unit's last reported figure. */
      carried: c.carriedUnits.length > 0,
      /** 当月新增, from February on (in January it is the 累计 itself). */
      monthIncrease:
        latest.month > 1 && c.monthIncrease !== null
          ? `${formatSignedAmount(c.monthIncrease, indicator.decimals)} ${indicator.unit}`
          : undefined,
    };
  });
  const chart: ChartSpec = {
    labels: MONTHS.map((m) => `${m}月`),
    yTitle: '完成率（%）',
    format: 'percent',
    series: [
      ...latest.plan.indicators.map((id, i) => {
        const history = cityHistory(board, latest.year, id);
        return {
          label: `${indicatorOf(model, id).name}完成率`,
          kind: SERIES_KINDS[i % SERIES_KINDS.length] ?? 'value',
          values: MONTHS.map((m) => asPercent(history.find((h) => h.period.month === m)?.result.completion)),
        };
      }),
      { label: '序时进度', kind: 'pace', values: MONTHS.map((m) => asPercent(timePace(m))) },
    ],
  };
  const shortName = (id: string) => indicatorOf(model, id).shortName ?? indicatorOf(model, id).name;
  return {
    latest,
    sections,
    previous,
    latestHref: rankingUrl(latest.period),
    previousHref: previous && rankingUrl(previous.period),
    cityGroups: cityTotalGroups(model),
    /** 含未报送单位最近一次报送数：… when the city totals carry a late unit's figure. */
    carried: carriedText(
      model,
      latest.city.flatMap((c) => c.carriedUnits),
    ),
    carriedMark: CARRIED_MARK,
    cards,
    chart,
    chartId: cityChartId(latest.year),
    chartDescription: `图：${formatWholeArea(model.site.city)}各指标累计完成率（实线、虚线）与序时进度（点线），单位%`,
    area: formatWholeArea(model.site.city),
    chartCaption: `${latest.year}年${formatWholeArea(model.site.city)}逐月完成率：${latest.city.map((c) => `${shortName(c.indicator)} ${formatPp(c.paceGap)} 个百分点`).join('，')}（对照序时进度）`,
    chartTable: {
      headings: latest.plan.indicators.map((id) => ({ name: shortName(id), unit: indicatorOf(model, id).unit })),
      rows: board.periods
        .filter((p) => p.year === latest.year)
        .map((p) => ({
          period: p,
          href: rankingUrl(p.period),
          cells: p.city.map((c) => ({
            value: formatAmount(c.value, indicatorOf(model, c.indicator).decimals),
            carried: c.carriedUnits.length > 0,
            completion: formatPercent(c.completion),
          })),
        })),
    },
    scoreLabel: scoreLabel(latest.plan, model),
    groups: latest.groups.map((g) => ({
      ...leadersAndLaggards(g),
      group: g,
      fullHref: `${rankingUrl(latest.period)}#g-${g.group.id}`,
    })),
    movers: movers(latest),
    missing: missingUnits(latest),
    groupName,
    /** The latest ranking, named with its groups (each its own table). */
    latestLabel: `${formatPeriod(latest.period)}排行榜（${latest.groups.map((g) => g.group.name).join('、')}${formatCount(latest.groups.length)}张表）`,
    downloads: [
      { href: monthDataUrl(latest.period, 'csv'), label: 'CSV' },
      { href: monthDataUrl(latest.period, 'json'), label: 'JSON' },
    ],
  };
}
