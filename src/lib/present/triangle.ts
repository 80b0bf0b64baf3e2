/**
 * Revision triangles: for one year and one indicator, of the city or one unit — rows are the months the
 * figures are for, columns the releases that published them (and 最新, today's data), so a reader sees
 * how a figure moved from release to release. Two blocks: the 1—N月累计 as reported, and the derived
 * 当月新增. Because reports are cumulative, revising month k changes 当月新增 of k and of k+1: both
 * cells are flagged, in the release the revision first shows in.
 */
import type { Period, UnitId } from '../schema/common.ts';
import { indicatorOf } from '../schema/indicators.ts';
import { unitNameOf } from '../schema/units.ts';
import type { Indicator } from '../schema/indicators.ts';
import type { Revision } from '../schema/revisions.ts';
import type { Board, IndicatorResult } from '../score/board.ts';
import { periodIn, releaseBoard, releasesOf, unitRow } from '../score/releases.ts';

export interface TriangleColumn {
  /** 2005-03期, or 最新. */
  label: string;
  /** The month released; null for 最新 (today's data). */
  period: Period | null;
  /** The release's day; null for 最新. */
  date: string | null;
  board: Board;
}

export interface TriangleCell {
  value: number | null;
  /** A revision first shows in this column (this month's 累计, or for 当月新增 also last month's). */
  revised: boolean;
}

export interface TriangleRow {
  /** The month the figure is for. */
  period: string;
  /** One per column; null where the month was not yet released. */
  cells: Array<TriangleCell | null>;
  /** The columns in which the figure was revised, and why (one line each). */
  notes: string[];
}

export interface Triangle {
  year: number;
  indicator: Indicator;
  /** The unit's id, or null for the city total. */
  unit: UnitId | null;
  columns: TriangleColumn[];
  cumulative: TriangleRow[];
  increase: TriangleRow[];
}

export const LATEST_LABEL = '最新';
export const columnLabel = (period: string) => `${period}期`;

/** The year's releases, then today's data: what every triangle of the year has as columns. */
function columnsOf(board: Board, year: number): TriangleColumn[] {
  const releases = releasesOf(board).filter((r) => Number(r.period.slice(0, 4)) === year);
  return [
    ...releases.map((r) => ({
      label: columnLabel(r.period),
      period: r.period,
      date: r.date,
      board: releaseBoard(board, r.period),
    })),
    { label: LATEST_LABEL, period: null, date: null, board },
  ];
}

/** The revisions that first show in each column: dated after the column before's release, up to this one's. */
function revisionsByColumn(columns: TriangleColumn[], revisions: Revision[]): Revision[][] {
  return columns.map((c, j) => {
    const after = columns[j - 1]?.date ?? ''; // the first column takes every revision up to its day
    return revisions.filter((r) => r.date > after && (c.date === null || r.date <= c.date));
  });
}

/**
 * The triangles of a year, one per indicator of its plan: of the city total (unit null) or of one unit.
 * Empty when the year has no release.
 */
export function trianglesOf(board: Board, year: number, unit: UnitId | null): Triangle[] {
  const { model } = board;
  const months = board.periods.filter((p) => p.year === year && p.report.status === 'published');
  const [first] = months;
  if (!first) return [];
  const columns = columnsOf(board, year);
  const counted = new Set(
    model.units.filter((u) => model.groups.find((g) => g.id === u.group)?.countsTowardCity).map((u) => u.id),
  );
  const concerns = (r: Revision) => (unit === null ? counted.has(r.unit) : r.unit === unit);
  return first.plan.indicators.map((id) => {
    const indicator = indicatorOf(model, id);
    const revisions = model.revisions.filter(
      (r) => r.indicator === id && Number(r.period.slice(0, 4)) === year && concerns(r),
    );
    const inColumn = revisionsByColumn(columns, revisions);
    const result = (column: TriangleColumn, period: Period): IndicatorResult | undefined =>
      unit === null
        ? periodIn(column.board, period)?.city.find((c) => c.indicator === id)
        : unitRow(column.board, period, unit)?.indicators.find((i) => i.indicator === id);
    const released = (column: TriangleColumn, period: string) => column.period === null || period <= column.period;
    const why = (r: Revision) => `${r.kind}${unit === null ? `（${unitNameOf(model, r.unit)}）` : ''}：${r.reason}`;
    const rows = (pick: (r: IndicatorResult) => number | null, increase: boolean): TriangleRow[] =>
      months.map((m, i) => {
        const monthBefore = months[i - 1];
        const previous = monthBefore?.month === m.month - 1 ? monthBefore.period : undefined;
        const notes: string[] = [];
        const cells = columns.map((column, j) => {
          if (!released(column, m.period)) return null;
          const shown = inColumn[j] ?? [];
          const own = shown.filter((r) => r.period === m.period);
          const before = increase && previous ? shown.filter((r) => r.period === previous) : [];
          const revised = own.length > 0 || before.length > 0;
          if (revised) {
            const reasons = increase
              ? [own.length ? '本月累计修订' : '', before.length ? '上月累计修订' : ''].filter(Boolean).join('、')
              : own.map(why).join('；');
            notes.push(`${column.label}：${reasons}`);
          }
          const r = result(column, m.period);
          return { value: r ? pick(r) : null, revised };
        });
        return { period: m.period, cells, notes };
      });
    return {
      year,
      indicator,
      unit,
      columns,
      cumulative: rows((r) => r.value, false),
      increase: rows((r) => r.monthIncrease, true),
    };
  });
}
