/**
 * A month's file once it is published: the comments a tool wrote while it was a draft (草稿, "改为
 * published 才会发布", "改为通报实际发布的日期") are out of date, so `npm run record-published` rewrites
 * them — the header becomes one line saying when it was published. A header the clerk wrote without
 * such words, and every other line, are left as they are (the file's figures are its published record).
 */
import { formatPeriod } from '../present/format.ts';
import type { Report } from '../schema/report.ts';
import { t } from '../messages/index.ts';

/** Words only a draft's header says. */
const DRAFT_WORDS = /草稿|draft|published/;

/** The report's text with its draft header and publishedOn reminder replaced; unchanged if it has none. */
export function publishedHeader(
  text: string,
  report: Pick<Report, 'period' | 'publishedOn'>,
  { subject, planFile }: { subject: string; planFile?: string },
): string {
  const lines = text.split('\n');
  const body = lines.findIndex((line) => !line.startsWith('#'));
  const header = lines.slice(0, Math.max(body, 0));
  // The reminders the blank report put beside publishedOn (blank-report.ts), in either language.
  const reminders = new Set(
    (['zh', 'en'] as const).flatMap((lang) => [
      t('clerk.publishedOnToday', {}, lang),
      ...(planFile ? [t('clerk.publishedOnPlanned', { file: planFile }, lang)] : []),
    ]),
  );
  const rest = lines.slice(header.length).map((line) => {
    const { kept, comment } = /^(?<kept>publishedOn: \S+)\s+# (?<comment>.*)$/.exec(line)?.groups ?? {};
    return kept !== undefined && comment !== undefined && reminders.has(comment) ? kept : line;
  });
  const newHeader = header.some((line) => DRAFT_WORDS.test(line))
    ? [t('clerk.publishedHeader', { period: formatPeriod(report.period), subject, publishedOn: report.publishedOn })]
    : header;
  return [...newHeader, ...rest].join('\n');
}
