/**
 * The service environment (data/service/YYYY.yaml): each quarter once and in order; a forum held
 * has its date, inside the quarter; complaints verified and resolved are at most those received,
 * 待岗 decisions at most those verified.
 */
import type { Issue } from '../../../read/issue.ts';
import { issueAt, type Rule, type RuleContext } from '../../rule.ts';
import { yearIssue } from './project-ledger.ts';

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
          issueAt(
            source,
            ['quarters', i, 'quarter'],
            `季度按 1—4 排列、各一次（上一项是第 ${previous} 季度）`,
            String(q.quarter),
          ),
        );
      const { held, date } = q.forum;
      if (held && date === undefined)
        issues.push(
          issueAt(source, ['quarters', i, 'forum', 'held'], '召开了座谈会就写明日期（date）', '没有 date', {
            key: true,
            suggestion: '加一行 date: YYYY-MM-DD',
          }),
        );
      if (date !== undefined && (!date.startsWith(`${file.year}-`) || quarterOf(date) !== q.quarter)) {
        issues.push(
          issueAt(source, ['quarters', i, 'forum', 'date'], `${file.year} 年第 ${q.quarter} 季度内的日期`, date),
        );
      }
      const c = q.complaints;
      const over = (field: 'verified' | 'resolved' | 'suspensions', limit: number, name: string) => {
        if (c[field] > limit)
          issues.push(
            issueAt(source, ['quarters', i, 'complaints', field], `不超过${name} ${limit} 件`, `${c[field]} 件`, {
              suggestion: '核对投诉登记表',
            }),
          );
      };
      over('verified', c.received, '受理');
      over('resolved', c.received, '受理');
      over('suspensions', c.verified, '查实');
    });
  }
  return issues;
}

export const serviceQuartersRule: Rule = {
  name: 'service-quarters',
  description: '服务环境：季度不重复，座谈会有日期且在该季度内，查实、办结不超过受理，待岗不超过查实',
  needs: ['service'],
  check,
};
