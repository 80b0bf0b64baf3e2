/**
 * Every chart the site draws, with what a journalist downloads under it: its picture (PNG and SVG,
 * src/lib/images/chart-picture.ts) and its own numbers as CSV, each at an address named by what it
 * shows (src/lib/present/urls.ts: chartImageUrl, chartDataUrl). The pages take their charts from
 * the same views, so the files and the charts on the pages cannot drift apart.
 */
import type { Board } from '../../../score/board.ts';
import type { ChartSpec } from '../../chart.ts';
import { formatDate } from '../../format.ts';
import { illustrativeNotice } from '../../notice.ts';
import { homeUrl, unitUrl } from '../../urls.ts';
import { homeView } from '../board/home.ts';
import { unitView } from '../board/unit.ts';
import { placesView } from '../verdicts/places.ts';
import { warningYears } from '../../../score/warning.ts';

export interface ChartFile {
  id: string;
  /** The page the chart is on (its permanent address, cited under it). */
  page: string;
  title: string;
  description: string;
  spec: ChartSpec;
  /** Under the picture: where it comes from and when it was released. */
  source: string;
  notice?: string;
}

/**
 * Under a chart's picture: where its figures come from, and the release and notice of the latest month
 * it shows. A past year's chart then keeps its words (and its drawing, kept by content) when a new
 * month is published; only a revision of its figures redraws it.
 */
function sourceOfYear(board: Board, year: number): Pick<ChartFile, 'source' | 'notice'> {
  const { site } = board.model;
  const shown = board.periods.filter((p) => p.year === year).at(-1) ?? board.periods.at(-1);
  const released = shown ? `，${formatDate(shown.report.publishedOn)}发布` : '';
  return {
    source: `来源：${site.title}（${site.publisher}）${released}`,
    notice: illustrativeNotice(site, shown) ?? undefined,
  };
}

export function chartFiles(board: Board): ChartFile[] {
  const latest = board.periods.at(-1);
  if (!latest) return [];
  const files: ChartFile[] = [];
  const month = homeView(board).month;
  if (month)
    files.push({
      id: month.chartId,
      page: homeUrl(),
      title: month.chartCaption,
      description: month.chartDescription,
      spec: month.chart,
      ...sourceOfYear(board, latest.year),
    });
  // A picture travels without its page: a unit's charts carry the unit's name in their title.
  for (const unit of board.model.units) {
    const view = unitView(board, unit);
    for (const year of view.years) {
      const source = sourceOfYear(board, year.year);
      for (const chart of year.indicators)
        files.push({ ...chart, title: `${unit.name} · ${chart.caption}`, page: unitUrl(unit.id), ...source });
      const rank = year.rankChart;
      files.push({ ...rank, title: `${unit.name} · ${rank.caption}`, page: unitUrl(unit.id), ...source });
    }
  }
  for (const year of warningYears(board))
    for (const group of placesView(board, year).groups.filter((g) => g.ranked))
      files.push({
        id: group.chartId,
        page: group.page,
        title: group.caption,
        description: '图：每个单位一条线，第 1 位在最上；数字见网页上的表',
        spec: group.spec,
        ...sourceOfYear(board, year),
      });
  return files;
}
