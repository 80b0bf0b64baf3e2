/**
 * /releases/: what was known when. Every release with its files as published, the observations file,
 * and the city's revision triangle of the latest year with how to read it; each unit's triangle as CSV.
 */
import { indicatorOf } from '../../../schema/indicators.ts';
import { UNIT_STATUS } from '../../../schema/report.ts';
import type { Figure } from '../../../schema/revisions.ts';
import { unitNameOf } from '../../../schema/units.ts';
import type { Board } from '../../../score/board.ts';
import { pendingRevisions, releasesOf } from '../../../score/releases.ts';
import { formatAmount, formatDate, formatMonth, formatMonthShort } from '../../format.ts';
import { revisionAnchor } from '../../revisions.ts';
import { trianglesOf } from '../../triangle.ts';
import {
  correctionsUrl,
  groupDataUrl,
  monthDataUrl,
  observationsDataUrl,
  rankingUrl,
  releaseDataUrl,
  triangleDataUrl,
  unitUrl,
} from '../../urls.ts';

/**
 * A release column's heading, short enough that the year's twelve releases, 最新 and 修订说明 fit a
 * wide screen: 3月期 over 4月5日 (the year only where it is not the triangle's: 2006年1月6日).
 */
function columnHeading(label: string, period: string | null, date: string | null, year: number) {
  if (period === null) return { label, date: null };
  const day = date && formatDate(date);
  return {
    label: `${formatMonthShort(period)}期`,
    date: day && date.startsWith(`${year}-`) ? day.replace(`${year}年`, '') : day,
    /** The full heading, for screen readers and the title: 2005-03期，2005年4月5日发布. */
    full: `${label}${day ? `，${day}发布` : ''}`,
  };
}

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
    /** The year's revisions as a list (what a phone shows instead of the triangles), oldest first. */
    revisionList:
      latestYear === undefined
        ? []
        : model.revisions
            .filter((r) => Number(r.period.slice(0, 4)) === latestYear)
            .map((r) => {
              const indicator = indicatorOf(model, r.indicator);
              const figure = (f: Figure) =>
                f === UNIT_STATUS.missing ? UNIT_STATUS.missing : formatAmount(f, indicator.decimals);
              return {
                month: formatMonth(r.period),
                unit: unitNameOf(model, r.unit),
                unitHref: unitUrl(r.unit),
                indicator: indicator.shortName ?? indicator.name,
                amountUnit: indicator.unit,
                old: figure(r.old),
                new: figure(r.new),
                date: formatDate(r.date),
                kind: r.kind,
                reason: r.reason,
                href: `${correctionsUrl()}#${revisionAnchor(r)}`,
              };
            }),
    triangles: triangles.map((t) => ({
      indicator: t.indicator,
      columns: t.columns.map((c) => columnHeading(c.label, c.period, c.date, t.year)),
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
