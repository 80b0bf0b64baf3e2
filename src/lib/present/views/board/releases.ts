/**
 * /releases/: what was known when. Every release with its files as published, the observations file,
 * and the city's revision triangle of the latest year with how to read it; each unit's triangle as CSV.
 */
import { unitNameOf } from '../../../schema/units.ts';
import type { Board } from '../../../score/board.ts';
import { pendingRevisions, releasesOf } from '../../../score/releases.ts';
import { formatAmount, formatDate, formatMonth } from '../../format.ts';
import { trianglesOf } from '../../triangle.ts';
import {
  correctionsUrl,
  groupDataUrl,
  monthDataUrl,
  observationsDataUrl,
  rankingUrl,
  releaseDataUrl,
  triangleDataUrl,
} from '../../urls.ts';

/** The units scored in a year, in registry order (as the triangle downloads list them). */
function unitsOf(board: Board, year: number): string[] {
  const seen = new Set(
    board.periods.filter((p) => p.year === year).flatMap((p) => p.groups.flatMap((g) => g.units.map((u) => u.unit))),
  );
  return board.model.units.filter((u) => seen.has(u.id)).map((u) => u.id);
}

export function releasesView(board: Board) {
  const { model } = board;
  const releases = releasesOf(board);
  const years = [...new Set(releases.map((r) => Number(r.period.slice(0, 4))))].sort((a, b) => b - a);
  const latestYear = years[0];
  const triangles = latestYear === undefined ? [] : trianglesOf(board, latestYear, null);
  const format = (value: number | null | undefined, decimals: number) =>
    value === null || value === undefined ? '—' : formatAmount(value, decimals);
  return {
    correctionsHref: correctionsUrl(),
    observations: { csv: observationsDataUrl('csv'), json: observationsDataUrl('json') },
    releases: [...releases].reverse().map((r) => {
      const p = board.periods.find((x) => x.period === r.period)!;
      return {
        month: formatMonth(r.period),
        href: rankingUrl(r.period),
        date: formatDate(r.date),
        isoDate: r.date,
        revisedSince: pendingRevisions(model, r).length > 0,
        csv: releaseDataUrl(r.period, monthDataUrl(r.period, 'csv')),
        json: releaseDataUrl(r.period, monthDataUrl(r.period, 'json')),
        groups: p.groups.map((g) => ({
          name: g.group.name,
          csv: releaseDataUrl(r.period, groupDataUrl(r.period, g.group.id)),
        })),
      };
    }),
    latestYear,
    cityCsv: latestYear === undefined ? undefined : triangleDataUrl(latestYear),
    triangles: triangles.map((t) => ({
      indicator: t.indicator,
      columns: t.columns.map((c) => ({ label: c.label, date: c.date && formatDate(c.date) })),
      blocks: [
        { id: 'cum', label: '1—N月累计', rows: t.cumulative },
        { id: 'inc', label: '当月新增', rows: t.increase },
      ].map((b) => ({
        id: b.id,
        label: b.label,
        rows: b.rows.map((row) => ({
          month: formatMonth(row.period),
          cells: row.cells.map((c) => c && { text: format(c.value, t.indicator.decimals), revised: c.revised }),
          notes: row.notes,
        })),
      })),
    })),
    unitFiles: years.map((year) => ({
      year,
      city: triangleDataUrl(year),
      units: unitsOf(board, year).map((id) => ({ name: unitNameOf(model, id), href: triangleDataUrl(year, id) })),
    })),
  };
}
