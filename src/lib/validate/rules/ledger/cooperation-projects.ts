/**
 * A cooperation tracker (data/cooperation/YYYY.yaml, 接轨上海): every project has a known unit,
 * reaches the file's minimum and was signed within the year.
 */
import type { Issue } from '../../../read/issue.ts';
import { issueAt, type Rule, type RuleContext } from '../../rule.ts';
import { unitIssue, yearIssue } from './project-ledger.ts';
import { t } from '../../../messages/index.ts';

function check(context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  for (const { source, value: file } of context.files.cooperation) {
    const yearProblem = yearIssue(source, file.year);
    if (yearProblem) issues.push(yearProblem);
    file.projects.forEach((p, i) => {
      if (!context.units.some((u) => u.id === p.unit))
        issues.push(unitIssue(source, ['projects', i, 'unit'], p.unit, context.units));
      if (p.amount < file.minimum) {
        const vars = { minimum: file.minimum, amount: p.amount, unit: file.unit };
        issues.push(
          issueAt(
            source,
            ['projects', i, 'amount'],
            t('ledger.cooperation.minimum', vars),
            t('ledger.projects.amount', vars),
            { suggestion: t('ledger.cooperation.minimum.suggestion', vars) },
          ),
        );
      }
      if (!p.signedOn.startsWith(`${file.year}-`))
        issues.push(
          issueAt(
            source,
            ['projects', i, 'signedOn'],
            t('ledger.cooperation.signedOn', { year: file.year }),
            p.signedOn,
          ),
        );
    });
  }
  return issues;
}

export const cooperationProjectsRule: Rule = {
  name: 'cooperation-projects',
  description: 'cooperation projects: known units, amounts at least the minimum, signed within the year',
  needs: ['units', 'cooperation'],
  check,
};
