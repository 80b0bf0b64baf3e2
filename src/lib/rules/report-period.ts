/** A report's period: matches its file name and folder, is not in the future, leaves no month out. */
import type { Issue } from '../issues.ts';
import { parsePeriod, periodOf } from '../model.ts';
import { issueAt, reportsOfYear, type Rule } from './context.ts';

export const reportPeriodRule: Rule = (context) => {
  const issues: Issue[] = [];
  for (const { source, value } of context.reports) {
    const match = /(\d{4})\/(\d{4}-\d{2})\.ya?ml$/.exec(source.file);
    if (match && match[2] !== value.period) {
      issues.push(issueAt(source, ['period'], `the period in the file name (${match[2]})`, `"${value.period}"`, { suggestion: 'rename the file or correct the period so they agree' }));
    } else if (match && !value.period.startsWith(`${match[1]}-`)) {
      issues.push(issueAt(source, ['period'], `a period in the folder's year (${match[1]})`, `"${value.period}"`, { suggestion: `move the file to data/reports/${value.period.slice(0, 4)}/` }));
    }
    if (value.period > context.currentPeriod) {
      issues.push(issueAt(source, ['period'], `a period up to the current month (${context.currentPeriod})`, `"${value.period}" (in the future)`, { suggestion: 'check the year and month' }));
    }
  }
  // Files that exist, whatever their state, are not missing: their own problems are reported.
  const present = new Set([...context.unreadable, ...context.reports.map((r) => r.source.file)]);
  const years = new Set(context.reports.map((r) => parsePeriod(r.value.period).year));
  for (const year of years) {
    const ofYear = reportsOfYear(context, year);
    for (let i = 1; i < ofYear.length; i++) {
      const before = parsePeriod(ofYear[i - 1].value.period).month;
      const now = parsePeriod(ofYear[i].value.period).month;
      const missing = periodOf(year, before + 1);
      const missingFile = ofYear[i].source.file.replace(/\d{4}-\d{2}\.yaml$/, `${missing}.yaml`);
      if (now > before + 1 && !present.has(missingFile)) {
        issues.push(issueAt(ofYear[i].source, ['period'], `the report for ${missing} before this one`, `no file ${missingFile}`, { suggestion: 'add the missing month (units that did not report can be marked 未报送)' }));
      }
    }
  }
  return issues;
};
