/**
 * A cooperation tracker (data/cooperation/YYYY.yaml, 接轨上海): every project has a known unit,
 * reaches the file's minimum and was signed within the year.
 */
import type { Issue } from '../../../read/issue.ts';
import { issueAt, type Rule, type RuleContext } from '../../rule.ts';
import { unitIssue, yearIssue } from './project-ledger.ts';

function check(context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  for (const { source, value: file } of context.files.cooperation) {
    const yearProblem = yearIssue(source, file.year);
    if (yearProblem) issues.push(yearProblem);
    file.projects.forEach((p, i) => {
      if (!context.units.some((u) => u.id === p.unit))
        issues.push(unitIssue(source, ['projects', i, 'unit'], p.unit, context.units));
      if (p.amount < file.minimum) {
        issues.push(
          issueAt(
            source,
            ['projects', i, 'amount'],
            `每个项目不少于 ${file.minimum} ${file.unit}`,
            `${p.amount} ${file.unit}`,
            { suggestion: `不足 ${file.minimum} ${file.unit} 的项目不计入，删去这一项；若金额写错请改正` },
          ),
        );
      }
      if (!p.signedOn.startsWith(`${file.year}-`))
        issues.push(issueAt(source, ['projects', i, 'signedOn'], `${file.year} 年内的签约日期`, p.signedOn));
    });
  }
  return issues;
}

export const cooperationProjectsRule: Rule = {
  name: 'cooperation-projects',
  description: '合作项目（接轨上海）：单位已登记，金额不低于起点，签约日期在当年',
  needs: ['units', 'cooperation'],
  check,
};
