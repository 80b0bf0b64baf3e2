/**
 * A report's period: matches its file name and folder, is not in the future, leaves no month out,
 * has a plan once plans begin (else it would silently not be published), and was published after
 * its month ended.
 */
import { nextPeriod, parsePeriod, periodOf } from '../../schema/period.ts';
import type { Issue } from '../../read/issue.ts';
import { issueAt, reportsOfYear, type Rule, type RuleContext } from '../rule.ts';

function check(context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  for (const { source, value } of context.files.report) {
    const match = /(\d{4})\/(\d{4}-\d{2})\.ya?ml$/.exec(source.file);
    const mismatch = match !== null && match[2] !== value.period;
    if (mismatch) {
      issues.push(
        issueAt(source, ['period'], `与文件名一致的月份（${match[2]}）`, `“${value.period}”`, {
          suggestion: '改文件名或改 period，让两者一致',
          en: {
            expected: `the period in the file name (${match[2]})`,
            got: `"${value.period}"`,
            suggestion: 'rename the file or correct the period so they agree',
          },
        }),
      );
    } else if (match && !value.period.startsWith(`${match[1]}-`)) {
      issues.push(
        issueAt(source, ['period'], `所在文件夹那一年（${match[1]}）的月份`, `“${value.period}”`, {
          suggestion: `把文件移到 data/reports/${value.period.slice(0, 4)}/`,
          en: {
            expected: `a period in the folder's year (${match[1]})`,
            got: `"${value.period}"`,
            suggestion: `move the file to data/reports/${value.period.slice(0, 4)}/`,
          },
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
          `有 ${year} 年的计划文件（data/plans/${year}.yaml），这个月才能排名`,
          `没有 ${year} 年的计划`,
          {
            suggestion: `先添加 data/plans/${year}.yaml，写好当年的目标任务；在那之前这个月不会发布`,
            en: {
              expected: `a plan for ${year} (data/plans/${year}.yaml), so this month can be ranked`,
              got: `no plan for ${year}`,
              suggestion: `add data/plans/${year}.yaml with the year's targets first; until then this month would not be published`,
            },
          },
        ),
      );
    }
    if (!mismatch && value.publishedOn < `${nextPeriod(value.period)}-01`) {
      issues.push(
        issueAt(source, ['publishedOn'], `${value.period} 结束之后的日期（月底后才有 1—N月累计）`, value.publishedOn, {
          severity: 'warning',
          suggestion: '写通报实际发布的日期',
          en: {
            expected: `a date after ${value.period} ended (1—N月累计 is known only then)`,
            got: value.publishedOn,
            suggestion: 'write the date the ranking was announced',
          },
        }),
      );
    }
    if (value.period > context.currentPeriod) {
      issues.push(
        issueAt(source, ['period'], `不晚于本月（${context.currentPeriod}）的月份`, `“${value.period}”（还没到）`, {
          suggestion: '核对年份和月份',
          en: {
            expected: `a period up to the current month (${context.currentPeriod})`,
            got: `"${value.period}" (in the future)`,
            suggestion: 'check the year and month',
          },
        }),
      );
    }
  }
  // Files that exist, whatever their state, are not missing: their own problems are reported.
  const present = new Set([...context.unreadable, ...context.files.report.map((r) => r.source.file)]);
  const years = new Set(context.files.report.map((r) => parsePeriod(r.value.period).year));
  for (const year of years) {
    const ofYear = reportsOfYear(context, year);
    for (let i = 1; i < ofYear.length; i++) {
      const before = parsePeriod(ofYear[i - 1].value.period).month;
      const now = parsePeriod(ofYear[i].value.period).month;
      const missing = periodOf(year, before + 1);
      const missingFile = ofYear[i].source.file.replace(/\d{4}-\d{2}\.yaml$/, `${missing}.yaml`);
      if (now > before + 1 && !present.has(missingFile)) {
        issues.push(
          issueAt(ofYear[i].source, ['period'], `这个月之前先有 ${missing} 的报表`, `没有文件 ${missingFile}`, {
            suggestion: '补上缺的那个月（没有报送的单位可以写 status: 未报送）',
            en: {
              expected: `the report for ${missing} before this one`,
              got: `no file ${missingFile}`,
              suggestion: 'add the missing month (units that did not report can be marked 未报送)',
            },
          }),
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
