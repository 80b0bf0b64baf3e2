/**
 * /corrections/: every revision of a published figure — old and new value, and the place each gave
 * the unit that month — and every 核减 (a real fall in a 累计), newest first.
 */
import type { Period, UnitId } from '../../../schema/common.ts';
import type { Model } from '../../../model/model.ts';
import { indicatorOf } from '../../../schema/indicators.ts';
import { unitNameOf } from '../../../schema/units.ts';
import { UNIT_STATUS } from '../../../schema/report.ts';
import type { Adjustment, Figure, Revision } from '../../../schema/revisions.ts';
import { scoreBoard, type Board } from '../../../score/board.ts';
import { formatAmount, formatDate, formatPeriod, formatPlace } from '../../format.ts';
import { revisionAnchor } from '../../revisions.ts';
import { rankingUrl, unitUrl } from '../../urls.ts';

/**
 * The months a revision's place depends on, with the revision undone: its year up to its month (a
 * place is scored within the year's plan), so the board is not scored again for every revision.
 */
function before(model: Model, r: Revision): Model {
  const year = Number(r.period.slice(0, 4));
  const months = model.reports.filter((report) => report.year === year && report.period <= r.period);
  const reports = months.map((report) => {
    if (report.period !== r.period) return report;
    const entries = report.entries.map((e) => {
      if (e.unit !== r.unit) return e;
      if (r.old === UNIT_STATUS.missing) return { ...e, status: UNIT_STATUS.missing, values: {} };
      return { ...e, status: UNIT_STATUS.reported, values: { ...e.values, [r.indicator]: r.old } };
    });
    return { ...report, entries };
  });
  return { ...model, plans: model.plans.filter((p) => p.year === year), reports };
}

function placeIn(board: Board, period: Period, unit: UnitId): string {
  const row = board.periods
    .find((p) => p.period === period)
    ?.groups.flatMap((g) => g.units)
    .find((u) => u.unit === unit);
  return row ? formatPlace(row) : '—';
}

/** Where a revision or a 核减 stands, as the page names and links it: its date, month, unit and indicator. */
function placeOf(model: Model, entry: Pick<Revision | Adjustment, 'date' | 'period' | 'unit' | 'indicator'>) {
  const indicator = indicatorOf(model, entry.indicator);
  return {
    date: formatDate(entry.date),
    period: formatPeriod(entry.period),
    periodHref: rankingUrl(entry.period),
    unit: unitNameOf(model, entry.unit),
    unitHref: unitUrl(entry.unit),
    indicator: indicator.shortName ?? indicator.name,
    amountUnit: indicator.unit,
  };
}

export function correctionsView(board: Board) {
  const { model } = board;
  const figure = (f: Figure, indicator: string) =>
    f === UNIT_STATUS.missing ? UNIT_STATUS.missing : formatAmount(f, indicatorOf(model, indicator).decimals);
  const newestFirst = <T extends { date: string }>(list: T[]) => [...list].sort((a, b) => b.date.localeCompare(a.date));
  // A figure revised twice: the link lands on its newest revision, the rows below it are its history.
  const anchored = new Set<string>();
  const anchorOnce = (r: Revision) => {
    const id = revisionAnchor(r);
    return anchored.has(id) ? undefined : (anchored.add(id), id);
  };
  return {
    subject: model.site.subject,
    revisions: newestFirst(model.revisions).map((r) => ({
      id: anchorOnce(r),
      ...placeOf(model, r),
      kind: r.kind,
      old: figure(r.old, r.indicator),
      new: figure(r.new, r.indicator),
      oldPlace: placeIn(scoreBoard(before(model, r)), r.period, r.unit),
      newPlace: placeIn(board, r.period, r.unit),
      reason: r.reason,
    })),
    adjustments: newestFirst(model.adjustments).map((a) => ({
      ...placeOf(model, a),
      amount: formatAmount(a.amount, indicatorOf(model, a.indicator).decimals),
      reason: a.reason,
    })),
  };
}
