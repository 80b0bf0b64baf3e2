/**
 * Revisions and 核减 name a known unit and indicator; a revision changes a published month, and its
 * `old` is the figure as published (or as the revision before it left it).
 */
import { isOneOf } from '../../../schema/common.ts';
import { UNIT_STATUS } from '../../../schema/report.ts';
import type { Figure } from '../../../schema/revisions.ts';
import type { Issue } from '../../../read/issue.ts';
import { issueAt, type Rule, type RuleContext } from '../../rule.ts';
import { didYouMean } from '../../suggest.ts';
import { listOf, quoted, t } from '../../../messages/index.ts';

function check(context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  const unitIds = context.units.map((u) => u.id);
  const indicatorIds = context.indicators.map((i) => i.id);
  const months = context.files.published[0]?.value.months;
  const reported = new Set<string>(context.files.report.map((r) => r.value.period));
  /** A month's publication date, from its published report: a revision is decided after it. */
  const published = context.files.report.filter((r) => r.value.status === 'published');
  const publishedOnOf = new Map(published.map((r) => [r.value.period, r.value.publishedOn]));
  const reportFileOf = new Map(published.map((r) => [r.value.period, r.source.file]));
  /** period/unit/indicator → the figure the revisions so far have left, starting from the record. */
  const running = new Map<string, Figure>();
  for (const { source, value } of context.files.revisions) {
    const refs = (
      list: 'revisions' | 'adjustments',
      i: number,
      entry: { unit: string; indicator: string; period: string },
    ) => {
      if (!isOneOf(unitIds, entry.unit))
        issues.push(
          issueAt(source, [list, i, 'unit'], t('rules.unitId'), quoted(entry.unit), {
            suggestion: didYouMean(entry.unit, unitIds),
          }),
        );
      if (!isOneOf(indicatorIds, entry.indicator))
        issues.push(
          issueAt(
            source,
            [list, i, 'indicator'],
            t('rules.plan.oneOf', { indicators: listOf(indicatorIds) }),
            quoted(entry.indicator),
            { suggestion: didYouMean(entry.indicator, indicatorIds) },
          ),
        );
      if (!reported.has(entry.period))
        issues.push(
          issueAt(
            source,
            [list, i, 'period'],
            t('published.revisions.period'),
            t('published.revisions.period.got', { period: entry.period }),
            { suggestion: t('rules.reportPeriod.future.suggestion') },
          ),
        );
    };
    value.adjustments.forEach((a, i) => refs('adjustments', i, a));
    // In date order, so that a second revision of one figure starts from the first one's new value.
    const order = value.revisions.map((r, i) => [r, i] as const).sort(([a], [b]) => a.date.localeCompare(b.date));
    for (const [r, i] of order) {
      refs('revisions', i, r);
      const publishedOn = publishedOnOf.get(r.period);
      if (publishedOn !== undefined && r.date < publishedOn) {
        const vars = { period: r.period, publishedOn, date: r.date, file: reportFileOf.get(r.period) ?? '' };
        issues.push(
          issueAt(source, ['revisions', i, 'date'], t('clerk.revisionBeforePublished', vars), r.date, {
            suggestion: t('clerk.revisionBeforePublishedHint', vars),
          }),
        );
      }
      if (!months) continue;
      const recorded = months[r.period]?.units[r.unit];
      if (recorded === undefined) {
        issues.push(
          issueAt(
            source,
            ['revisions', i, 'period'],
            t('published.revisions.published'),
            t('published.revisions.published.got', { period: r.period, unit: r.unit }),
            { suggestion: t('published.revisions.published.suggestion') },
          ),
        );
        continue;
      }
      const key = `${r.period}/${r.unit}/${r.indicator}`;
      const published = recorded === UNIT_STATUS.missing ? UNIT_STATUS.missing : recorded[r.indicator];
      const before = running.get(key) ?? published;
      if (before !== undefined && r.old !== before) {
        issues.push(
          issueAt(
            source,
            ['revisions', i, 'old'],
            running.has(key)
              ? t('published.revisions.old.afterRevision', { before })
              : t('published.revisions.old.published', { before, period: r.period }),
            String(r.old),
            { suggestion: t('published.revisions.old.suggestion', { before }) },
          ),
        );
      }
      if (r.old === r.new)
        issues.push(
          issueAt(source, ['revisions', i, 'new'], t('published.revisions.new', { old: r.old }), String(r.new), {
            suggestion: t('published.revisions.new.suggestion'),
          }),
        );
      running.set(key, r.new);
    }
  }
  return issues;
}

export const revisionsRule: Rule = {
  name: 'revisions',
  description:
    'revisions and cuts (adjustments) name known units, indicators and months; a revision starts from the figure as published',
  needs: ['units', 'indicators', 'revisions'],
  check,
};
