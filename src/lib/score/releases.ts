/**
 * What was known when: the board as each month's release showed it. A release is a published month
 * and its date (the report's publishedOn); the data then were today's data with every revision dated
 * after that day undone — data/ and data/revisions/ hold all it takes, no copy is kept by hand.
 * Scoring such a model is the same scoreBoard as today's: only the figures differ.
 *
 * Cheap by construction: a month's scores depend only on months up to it, so a release with no
 * later-dated revision of a month up to its own is today's board cut at its month (the latest release
 * is today's board itself, so every cache keyed by the board is shared); only the others are scored
 * again, once per board.
 */
import type { Period, UnitId } from '../schema/common.ts';
import type { Model } from '../model/model.ts';
import { UNIT_STATUS, type Report } from '../schema/report.ts';
import type { Revision } from '../schema/revisions.ts';
import { scoreBoard, type Board, type PeriodResult, type UnitResult } from './board.ts';

export interface Release {
  /** The month released (YYYY-MM). */
  period: Period;
  /** The day it went out (YYYY-MM-DD). */
  date: string;
}

/** The published months in order, each with its release date (drafts of a preview are not releases). */
export const releasesOf = (board: Board): Release[] =>
  board.periods
    .filter((p) => p.report.status === 'published')
    .map((p) => ({ period: p.period, date: p.report.publishedOn }));

/** Revisions not yet made on `date` (dated after it) of months up to `period`. */
export const pendingRevisions = (model: Pick<Model, 'revisions'>, release: Release): Revision[] =>
  model.revisions.filter((r) => r.date > release.date && r.period <= release.period);

/** A report's entries with the given figures set back (a revision's `old`: an amount or 未报送). */
function undo(report: Report, revisions: Revision[]): Report {
  if (revisions.length === 0) return report;
  const entries = report.entries.map((e) => {
    let entry = e;
    for (const r of revisions) {
      if (r.unit !== e.unit) continue;
      entry =
        r.old === UNIT_STATUS.missing
          ? { ...entry, status: UNIT_STATUS.missing, values: {} }
          : { ...entry, status: UNIT_STATUS.reported, values: { ...entry.values, [r.indicator]: r.old } };
    }
    return entry;
  });
  return { ...report, entries };
}

/**
 * The data as they stood on a release's day: months up to the release's, each figure as it was
 * before the revisions still to come (the earliest pending revision's `old`).
 */
export function modelAsOf(model: Model, release: Release): Model {
  const pending = pendingRevisions(model, release).sort((a, b) => a.date.localeCompare(b.date));
  // Per figure, the first pending revision (the one whose `old` was the figure on the day).
  const first = new Map<string, Revision>();
  for (const r of pending) {
    const key = `${r.period}/${r.unit}/${r.indicator}`;
    if (!first.has(key)) first.set(key, r);
  }
  const byPeriod = (period: string) => [...first.values()].filter((r) => r.period === period);
  const year = Number(release.period.slice(0, 4));
  return {
    ...model,
    plans: model.plans.filter((p) => p.year <= year),
    reports: model.reports
      .filter((r) => r.period <= release.period && r.status === 'published')
      .map((r) => undo(r, byPeriod(r.period))),
    revisions: model.revisions.filter((r) => r.date <= release.date),
    adjustments: model.adjustments.filter((a) => a.date <= release.date),
  };
}

/**
 * The release boards last asked for, per board: a year of them and one more, as the build asks for them a
 * year at a time (a year's revision triangles, unit after unit; a release's files, release after release).
 * Keeping every one held them for the whole build: at 10 years × 300 units the 120 releases' boards, and
 * what was worked out from them, took ≈ 650 MB of heap.
 */
const released = new WeakMap<Board, Map<string, Board>>();
const RELEASES_KEPT = 13;

/**
 * The board as the release of `period` showed it: today's board cut at that month when no revision was still to
 * come, else the data of that day scored again (kept while it is among the last few asked for).
 */
export function releaseBoard(board: Board, period: string): Board {
  let boards = released.get(board);
  if (!boards) released.set(board, (boards = new Map<string, Board>()));
  let result = boards.get(period);
  if (!result) {
    const release = releasesOf(board).find((r) => r.period === period);
    if (!release) throw new Error(`${period} is not a release of this board`);
    const later = board.periods.some((p) => p.period > period);
    if (pendingRevisions(board.model, release).length > 0) result = scoreBoard(modelAsOf(board.model, release));
    // No revision to undo: today's months up to the release are what it showed; the later months (and the
    // verdicts and warnings they bring) were not yet published, so they are cut off.
    else if (later)
      result = { model: modelAsOf(board.model, release), periods: board.periods.filter((p) => p.period <= period) };
    else result = board;
  }
  boards.delete(period); // set again: the last asked for is the last to go
  boards.set(period, result);
  // One added at a time: at most one too many, the least recently asked for (first in the map's order).
  if (boards.size > RELEASES_KEPT) boards.delete(boards.keys().next().value!);
  return result;
}

const rowIndex = new WeakMap<Board, Map<Period, Map<UnitId, UnitResult>>>();

/** A month's row of a unit on a board (looked up through an index built once per board). */
export function unitRow(board: Board, period: Period, unit: UnitId): UnitResult | undefined {
  let index = rowIndex.get(board);
  if (!index) {
    index = new Map();
    for (const p of board.periods)
      index.set(p.period, new Map(p.groups.flatMap((g) => g.units.map((u) => [u.unit, u] as const))));
    rowIndex.set(board, index);
  }
  return index.get(period)?.get(unit);
}

/** A month of a board, or undefined. */
export const periodIn = (board: Board, period: string): PeriodResult | undefined =>
  board.periods.find((p) => p.period === period);
