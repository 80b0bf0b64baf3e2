/**
 * `npm run summary`: the latest month in Chinese Markdown, for a pull-request comment — who did not
 * report, who moved, new leaders and laggards, warnings on implausible figures, units newly behind
 * pace, units unchanged since last month, and the revisions this change adds.
 */
import type { Model } from '../model/model.ts';
import { indicatorOf } from '../schema/indicators.ts';
import { unitNameOf } from '../schema/units.ts';
import { formatPercent, formatPeriod, formatPp, movementText } from '../present/format.ts';
import { leadersAndLaggards, missingUnits, movers } from '../present/queries.ts';
import type { Revision } from '../schema/revisions.ts';
import type { Board, PeriodResult, UnitResult } from '../score/board.ts';
import { formatIssue } from '../validate/issues.ts';
import type { Issue } from '../read/issue.ts';
import { receiptStatus } from '../excel/status.ts';
import { t } from '../messages/index.ts';

/** 报送表 received and not, when the month's figures came in as forms (npm run import). */
function receiptLines(board: Board, period: PeriodResult): string[] {
  if (!board.model.reports.find((r) => r.period === period.period)?.receipts?.length) return [];
  const { units, received, byHand, refused, missing } = receiptStatus(board.model, period.period);
  return [
    t('excel.summary.heading'),
    `- ${t('excel.summary.received', { received: received.length + byHand.length, total: units.length })}`,
    ...(refused.length > 0
      ? [`- ${t('excel.summary.refused', { units: refused.map((r) => r.unit.name).join('、') })}`]
      : []),
    `- ${t('excel.summary.missing', { units: missing.map((u) => u.name).join('、') || t('excel.summary.none') })}`,
    '',
  ];
}

/** The 【提醒】 of the forms imported into a draft month, kept with their receipts until it is published. */
function importReminders(board: Board, period: PeriodResult): string[] {
  const report = board.model.reports.find((r) => r.period === period.period);
  if (report?.status !== 'draft') return [];
  return (report.receipts ?? []).flatMap((r) =>
    (r.reminders ?? []).map((text) =>
      t('excel.summary.reminder', { unit: unitNameOf(board.model, r.unit), text: `\`${text}\`` }),
    ),
  );
}

const bullet = (items: string[], none: string) => (items.length > 0 ? items.map((i) => `- ${i}`) : [`- ${none}`]);

/** 一组：新的第一名（上月为某某）. */
const changed = (group: string, name: string, before: string | undefined) =>
  t('forms.summary.changed', { group, name, before: before ? t('forms.summary.changed.before', { before }) : '' });

function changes(period: PeriodResult, previous: PeriodResult | undefined) {
  const newLeaders: string[] = [];
  const newLaggards: string[] = [];
  const newlyBehind: UnitResult[] = [];
  for (const group of period.groups) {
    const before = previous?.groups.find((g) => g.group.id === group.group.id);
    const now = leadersAndLaggards(group, 1);
    const then = before ? leadersAndLaggards(before, 1) : undefined;
    if (now.leaders[0] && then?.leaders[0]?.unit !== now.leaders[0].unit)
      newLeaders.push(changed(group.group.name, now.leaders[0].name, then?.leaders[0]?.name));
    if (now.laggards[0] && then?.laggards[0]?.unit !== now.laggards[0].unit)
      newLaggards.push(changed(group.group.name, now.laggards[0].name, then?.laggards[0]?.name));
    for (const row of group.units) {
      const last = before?.units.find((u) => u.unit === row.unit);
      if (
        row.scoreGap !== null &&
        row.scoreGap < 0 &&
        last?.scoreGap !== null &&
        last?.scoreGap !== undefined &&
        last.scoreGap >= 0
      )
        newlyBehind.push(row);
    }
  }
  const unchanged =
    period.month === 1
      ? []
      : period.groups.flatMap((g) =>
          g.units.filter((u) => u.state !== 'missing' && u.indicators.every((r) => r.monthIncrease === 0)),
        );
  return { newLeaders, newLaggards, newlyBehind, unchanged };
}

export function prCommentMarkdown(
  board: Board,
  options: { warnings: Issue[]; newRevisions: Revision[] | undefined },
): string {
  const period = board.periods.at(-1);
  if (!period) return t('forms.summary.nothing');
  const previous = board.periods.at(-2);
  const { model } = board;
  const lastMonth = previous?.year === period.year ? previous : undefined;
  const { newLeaders, newLaggards, newlyBehind, unchanged } = changes(period, lastMonth);
  /** January has no last month in the same year to compare with. */
  const compared = (items: string[], none: string) =>
    lastMonth ? bullet(items, none) : [`- ${t('forms.summary.firstOfYear')}`];
  const moved = movers(period, 5);
  const draft = period.report.status === 'draft' ? t('forms.summary.draft') : '';
  const none = t('forms.summary.none');
  const revisions = options.newRevisions;
  const lines = [
    t('forms.summary.title', { period: formatPeriod(period.period), subject: model.site.subject, draft }),
    '',
    t('forms.summary.passed', { period: formatPeriod(period.period), pace: formatPercent(period.pace) }),
    '',
    ...receiptLines(board, period),
    t('forms.summary.missing'),
    ...bullet(
      missingUnits(period).map((u) => u.name),
      none,
    ),
    '',
    t('forms.summary.movers'),
    ...bullet(
      [...moved.up, ...moved.down].map((u) =>
        t('forms.summary.mover', {
          name: u.name,
          before: String(u.previousRank),
          rank: String(u.rank),
          movement: String(movementText(u.movement)),
        }),
      ),
      t('forms.summary.movers.none'),
    ),
    '',
    t('forms.summary.leaders'),
    ...compared(newLeaders, t('forms.summary.leaders.none')),
    '',
    t('forms.summary.laggards'),
    ...compared(newLaggards, t('forms.summary.laggards.none')),
    '',
    t('forms.summary.behind'),
    ...compared(
      newlyBehind.map((u) => t('forms.summary.behind.unit', { name: u.name, gap: formatPp(u.scoreGap) })),
      none,
    ),
    '',
    t('forms.summary.unchanged'),
    ...bullet(
      unchanged.map((u) => u.name),
      none,
    ),
    '',
    t('forms.summary.warnings'),
    ...bullet([...options.warnings.map((w) => `\`${formatIssue(w)}\``), ...importReminders(board, period)], none),
    '',
    t('forms.summary.revisions'),
    ...(revisions === undefined
      ? [`- ${t('forms.summary.revisions.unknown')}`]
      : bullet(
          revisions.map((r) =>
            t('forms.summary.revision', {
              period: formatPeriod(r.period),
              unit: unitNameOf(model, r.unit),
              indicator: indicatorOf(model, r.indicator).name,
              old: r.old,
              now: r.new,
              kind: r.kind,
              reason: r.reason,
            }),
          ),
          none,
        )),
    '',
  ];
  return lines.join('\n');
}

/** Revisions on file now that the base branch did not have (compared by content). */
/**
 * Without a base branch: the revisions not yet published, i.e. decided after the last month already
 * on record (data/published.yaml) before the month this summary is about. The month itself may be
 * on record already (record-published comes before the pull request); an earlier one went out.
 */
export function revisionsSinceLastPublished(
  model: Pick<Model, 'reports' | 'revisions' | 'publishedMonths'>,
  latest: string,
): Revision[] {
  const recorded = new Set(model.publishedMonths);
  const dates = model.reports.filter((r) => recorded.has(r.period) && r.period < latest).map((r) => r.publishedOn);
  const last = dates.sort().at(-1);
  return last === undefined ? model.revisions : model.revisions.filter((r) => r.date > last);
}

export function addedRevisions(now: Revision[], base: Array<Omit<Revision, 'file'>>): Revision[] {
  const key = (r: Omit<Revision, 'file'>) => [r.date, r.period, r.unit, r.indicator, r.old, r.new].join('|');
  const before = new Set(base.map(key));
  return now.filter((r) => !before.has(key(r)));
}
