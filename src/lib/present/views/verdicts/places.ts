/**
 * /assessments/2005/places/: the year at a glance — each group's places month by month, as a rank chart and a table.
 */
import type { Board, UnitResult } from '../../../score/board.ts';
import { formatMonthShort } from '../../format.ts';
import { scoreLabel } from '../../queries.ts';
import { rankChart, STYLE_COUNT } from './rank-chart.ts';
import { rankPanels } from './rank-panels.ts';
import type { ChartSpec } from '../../chart.ts';
import { assessmentsUrl, placesChartId, placesGroupUrl, placesUrl, rankingUrl, unitUrl } from '../../urls.ts';

/** A place as the table prints it: 3, 2*（并列）, 未报送, —. */
export function placeText(row: UnitResult | undefined): string {
  if (!row) return '';
  if (row.state === 'missing') return '未报送';
  if (row.rank === null) return '—';
  return row.tied ? `${row.rank}*` : String(row.rank);
}

/**
 * More units than this and each group's places get a page of their own (a 300-unit board's page weighed 46 KB
 * gzipped; a page's budget is 40).
 */
export const PLACES_ON_ONE_PAGE = 100;

export function placesView(board: Board, year: number, onOnePage = PLACES_ON_ONE_PAGE) {
  const periods = board.periods.filter((p) => p.year === year);
  const latest = periods.at(-1)!;
  const months = periods.map((p) => formatMonthShort(p.period));
  const split = latest.groups.reduce((n, g) => n + g.units.length, 0) > onOnePage;
  return {
    split,
    title: `${year}年位次一览`,
    latest,
    indexHref: assessmentsUrl(),
    scoreName: scoreLabel(latest.plan, board.model),
    months: periods.map((p) => ({ label: formatMonthShort(p.period), href: rankingUrl(p.period) })),
    groups: latest.groups.map(({ group }) => {
      // Units in the latest month's order, so the table reads like the chart's right-hand end.
      const order = latest.groups.find((g) => g.group.id === group.id)!.units;
      const rowsOf = (unit: string) =>
        periods.map((p) => p.groups.find((g) => g.group.id === group.id)?.units.find((u) => u.unit === unit));
      const units = order.map((u) => ({
        unit: u.unit,
        name: u.shortName,
        href: unitUrl(u.unit),
        months: rowsOf(u.unit),
      }));
      const lines = units.map((u) => ({ label: u.name, ranks: u.months.map((r) => r?.rank ?? null) }));
      const chart = rankChart(months, lines);
      // The same places as a chart file for the press (src/lib/present/views/media/chart-files.ts).
      const spec: ChartSpec = {
        labels: months,
        yTitle: '位次',
        format: 'rank',
        max: units.length,
        series: lines.map((l, i) => ({ label: l.label, kind: 'compare', style: i, values: l.ranks })),
      };
      return {
        id: group.id,
        name: group.name,
        href: placesGroupUrl(year, group.id),
        chart,
        /** More units than line styles: one bump chart would repeat colours, so a small panel per unit. */
        panels: lines.length > STYLE_COUNT ? rankPanels(months, lines) : undefined,
        chartId: placesChartId(year, group.id),
        spec,
        caption: `${year}年${group.name}逐月位次`,
        /** The page the chart is on: the year's page, or the group's own on a large board. */
        page: split ? placesGroupUrl(year, group.id) : placesUrl(year),
        chartLabel: `${group.name}${year}年逐月位次：每个单位一条线，第 1 位在最上，线的两端标有单位名称和位次`,
        rows: units.map((u) => ({ name: u.name, href: u.href, cells: u.months.map(placeText) })),
        ranked: units.some((u) => u.months.some((r) => r?.rank != null)),
      };
    }),
  };
}

export type PlacesView = ReturnType<typeof placesView>;
