/**
 * The record of what was published (data/published.yaml), as `npm run record-published` writes it:
 * months are only ever added, each with its figures as they went out; a month already on record is
 * never rewritten (a change to it is a revision, in data/revisions/YYYY.yaml).
 */
import type { PublishedRecord, RecordedUnit } from '../schema/published.ts';
import type { Period } from '../schema/common.ts';
import { UNIT_STATUS, type Report } from '../schema/report.ts';

const HEADER = [
  '# 发布记录：每个已发布月份在发布时的数字。由 npm run record-published 追加，请勿手改。',
  '# 已发布的数字要改，请在 revisions/YYYY.yaml 写一条更正；这里始终保持发布时的原样，检查时拿它来比对。',
];

function recordOf(report: Report): PublishedRecord['months'][Period] {
  const units: Record<string, RecordedUnit> = {};
  for (const entry of report.entries)
    units[entry.unit] = entry.status === UNIT_STATUS.missing ? UNIT_STATUS.missing : { ...entry.values };
  return { publishedOn: report.publishedOn, units };
}

/** The record with every published month not yet on it added; `added` lists those months. */
export function withNewMonths(
  record: PublishedRecord | undefined,
  reports: readonly Report[],
): { record: PublishedRecord; added: string[] } {
  const months = { ...(record?.months ?? {}) };
  const added: string[] = [];
  for (const report of reports) {
    if (report.status !== 'published' || report.period in months) continue;
    months[report.period] = recordOf(report);
    added.push(report.period);
  }
  const sorted = Object.fromEntries(Object.entries(months).sort(([a], [b]) => a.localeCompare(b)));
  return { record: { months: sorted }, added };
}

const figures = (unit: RecordedUnit) =>
  unit === UNIT_STATUS.missing
    ? UNIT_STATUS.missing
    : `{ ${Object.entries(unit)
        .map(([id, n]) => `${id}: ${n}`)
        .join(', ')} }`;

/** The file's text: one line per unit, so a month's record reads like its report. */
export function recordText(record: PublishedRecord): string {
  const lines = [...HEADER, 'months:'];
  for (const [period, month] of Object.entries(record.months)) {
    lines.push(`  ${period}:`, `    publishedOn: ${month.publishedOn}`, '    units:');
    for (const [unit, recorded] of Object.entries(month.units)) lines.push(`      ${unit}: ${figures(recorded)}`);
  }
  return `${lines.join('\n')}\n`;
}
