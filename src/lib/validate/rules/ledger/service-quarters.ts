/**
 * The service environment (data/service/YYYY.yaml): each quarter once and in order; a forum held
 * has its date, inside the quarter; complaints verified and resolved are at most those received,
 * 待岗 decisions at most those verified.
 */
import type { Issue } from '../../../read/issue.ts';
import { issueAt, type Rule, type RuleContext } from '../../rule.ts';
import { yearIssue } from './project-ledger.ts';
import { t } from '../../../messages/index.ts';

const quarterOf = (date: string) => Math.ceil(Number(date.slice(5, 7)) / 3);

function check(context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  for (const { source, value: file } of context.files.service) {
    const yearProblem = yearIssue(source, file.year);
    if (yearProblem) issues.push(yearProblem);
    file.quarters.forEach((q, i) => {
      const previous = file.quarters[i - 1]?.quarter ?? 0;
      if (q.quarter <= previous)
        issues.push(
          issueAt(source, ['quarters', i, 'quarter'], t('ledger.service.order', { previous }), String(q.quarter)),
        );
      const { held, date } = q.forum;
      if (held && date === undefined)
        issues.push(
          issueAt(source, ['quarters', i, 'forum', 'held'], t('ledger.service.date'), t('ledger.service.date.got'), {
            key: true,
            suggestion: t('ledger.service.date.suggestion'),
          }),
        );
      if (date !== undefined && (!date.startsWith(`${file.year}-`) || quarterOf(date) !== q.quarter)) {
        issues.push(
          issueAt(
            source,
            ['quarters', i, 'forum', 'date'],
            t('ledger.service.dateInQuarter', { year: file.year, quarter: q.quarter }),
            date,
          ),
        );
      }
      const c = q.complaints;
      const over = (field: 'verified' | 'resolved' | 'suspensions', limit: number, name: string) => {
        if (c[field] > limit)
          issues.push(
            issueAt(
              source,
              ['quarters', i, 'complaints', field],
              t('ledger.service.over', { name, limit }),
              t('ledger.service.cases', { count: c[field] }),
              { suggestion: t('ledger.service.over.suggestion') },
            ),
          );
      };
      over('verified', c.received, t('ledger.service.received'));
      over('resolved', c.received, t('ledger.service.received'));
      over('suspensions', c.verified, t('ledger.service.verified'));
    });
  }
  return issues;
}

export const serviceQuartersRule: Rule = {
  name: 'service-quarters',
  description:
    'service: each quarter once and in order, a forum held has its date within the quarter, complaints verified ' +
    'and resolved at most those received, suspensions at most those verified',
  needs: ['service'],
  check,
};
