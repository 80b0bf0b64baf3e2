/**
 * A report's period: matches its file name and folder, is not in the future, leaves no month out,
 * has a plan once plans begin (else it would silently not be published), and was published after
 * its month ended.
 */
import { nextPeriod, parsePeriod, periodOf } from '../../schema/period.ts';
import type { Issue } from '../../read/issue.ts';
import { issueAt, reportsOfYear, type Rule, type RuleContext } from '../rule.ts';
import { UNIT_STATUS } from '../../schema/report.ts';
import { quoted, t } from '../../messages/index.ts';

function check(context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  for (const { source, value } of context.files.report) {
    const match = /(\d{4})\/(\d{4}-\d{2})\.ya?ml$/.exec(source.file);
    const mismatch = match !== null && match[2] !== value.period;
    if (mismatch) {
      issues.push(
        issueAt(source, ['period'], t('rules.reportPeriod.fileName', { period: match[2]! }), quoted(value.period), {
          suggestion: t('rules.reportPeriod.fileName.suggestion'),
        }),
      );
    } else if (match && !value.period.startsWith(`${match[1]}-`)) {
      issues.push(
        issueAt(source, ['period'], t('rules.reportPeriod.folder', { year: match[1]! }), quoted(value.period), {
          suggestion: t('rules.reportPeriod.folder.suggestion', { year: value.period.slice(0, 4) }),
        }),
      );
    }
    const year = parsePeriod(value.period).year;
    const planYears = context.files.plan.map((p) => p.value.year);
    // Years before the first plan are history, kept for 同比; after it every year needs its plan.
    if (planYears.length > 0 && year > Math.min(...planYears) && !planYears.includes(year)) {
      issues.push(
        issueAt(
          source,
          ['period'],
          t('rules.reportPeriod.plan', { year }),
          t('rules.reportPeriod.plan.got', { year }),
          {
            suggestion: t('rules.reportPeriod.plan.suggestion', { year }),
          },
        ),
      );
    }
    if (!mismatch && value.publishedOn < `${nextPeriod(value.period)}-01`) {
      issues.push(
        issueAt(
          source,
          ['publishedOn'],
          t('rules.reportPeriod.publishedOn', { period: value.period }),
          value.publishedOn,
          {
            severity: 'warning',
            suggestion: t('rules.reportPeriod.publishedOn.suggestion'),
          },
        ),
      );
    }
    if (value.period > context.currentPeriod) {
      issues.push(
        issueAt(
          source,
          ['period'],
          t('rules.reportPeriod.future', { current: context.currentPeriod }),
          t('rules.reportPeriod.future.got', { period: value.period }),
          { suggestion: t('rules.reportPeriod.future.suggestion') },
        ),
      );
    }
  }
  // Files that exist, whatever their state, are not missing: their own problems are reported.
  const present = new Set([...context.unreadable, ...context.files.report.map((r) => r.source.file)]);
  const years = new Set(context.files.report.map((r) => parsePeriod(r.value.period).year));
  for (const year of years) {
    const ofYear = reportsOfYear(context, year);
    for (const [i, report] of ofYear.entries()) {
      if (i === 0) continue;
      const before = parsePeriod(ofYear[i - 1]!.value.period).month;
      const now = parsePeriod(report.value.period).month;
      if (now <= before + 1) continue;
      const missing = periodOf(year, before + 1);
      const missingFile = report.source.file.replace(/\d{4}-\d{2}\.yaml$/, `${missing}.yaml`);
      if (!present.has(missingFile)) {
        issues.push(
          issueAt(
            report.source,
            ['period'],
            t('rules.reportPeriod.gap', { missing }),
            t('rules.reportPeriod.gap.got', { file: missingFile }),
            { suggestion: t('rules.reportPeriod.gap.suggestion', { status: UNIT_STATUS.missing }) },
          ),
        );
      }
    }
  }
  return issues;
}

export const reportPeriodRule: Rule = {
  name: 'report-period',
  description:
    "a report's period matches its file name and folder, is not in the future, leaves no month out, has its year's plan and was published after the month ended",
  needs: ['units', 'indicators'],
  check,
};
