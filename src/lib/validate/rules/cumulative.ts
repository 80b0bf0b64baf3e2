/**
 * Figures are 1–N月累计: within a year a unit's figure never goes down from its last report.
 * An indicator may also be expected to stay at or below another (实际 ≤ 合同): a warning only.
 */
import { parsePeriod } from '../../model/period.ts';
import { normaliseTarget } from '../../schema/plan.ts';
import { UNIT_STATUS } from '../../schema/report.ts';
import type { Issue } from '../issues.ts';
import { issueAt, planOf, reportsOfYear, type Rule, type RuleContext } from '../rule.ts';

/** The largest target a unit has for an indicator (力争 if set). */
function yearTarget(written: Parameters<typeof normaliseTarget>[0] | undefined): number | undefined {
  if (written === undefined) return undefined;
  const target = normaliseTarget(written);
  return target.stretch ?? target.base;
}

function check(context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  const years = new Set(context.files.report.map((r) => parsePeriod(r.value.period).year));
  for (const year of years) {
    /** unit → indicator → the last figure on file and where it came from */
    const last = new Map<string, Map<string, { value: number; period: string }>>();
    const targets = planOf(context, year)?.targets ?? [];
    for (const { source, value: report } of reportsOfYear(context, year)) {
      report.units.forEach((entry, i) => {
        if (entry.status === UNIT_STATUS.missing) return;
        const ofUnit = last.get(entry.unit) ?? new Map();
        last.set(entry.unit, ofUnit);
        const fell = new Set<string>();
        for (const indicator of context.indicators) {
          const value = entry[indicator.id];
          if (typeof value !== 'number') continue;
          const before = ofUnit.get(indicator.id);
          if (before && value < before.value) {
            fell.add(indicator.id);
            issues.push(issueAt(source, ['units', i, indicator.id], `at least ${before.value} (the 累计 reported for ${before.period})`, String(value), { suggestion: `figures are 1–N月累计 (year to date), not the month alone: did you mean ${before.value} + ${value} = ${before.value + value}? A correction to an earlier month goes in that month's file` }));
          }
          const ceilingTarget = yearTarget(targets.find((t) => t.unit === entry.unit)?.[indicator.id]);
          if (before && ceilingTarget !== undefined && value - before.value > ceilingTarget && value > 3 * before.value) {
            issues.push(issueAt(source, ['units', i, indicator.id], `a month's rise within the year's target (${ceilingTarget})`, `${before.value} → ${value}`, { severity: 'warning', suggestion: 'check for an extra digit' }));
          }
          ofUnit.set(indicator.id, { value, period: report.period });
          const ceiling = indicator.warnAbove === undefined || fell.has(indicator.warnAbove) ? undefined : entry[indicator.warnAbove];
          if (typeof ceiling === 'number' && value > ceiling) {
            const other = context.indicators.find((ind) => ind.id === indicator.warnAbove)?.name ?? indicator.warnAbove;
            issues.push(issueAt(source, ['units', i, indicator.id], `${indicator.name} at most ${other} (${ceiling})`, String(value), { severity: 'warning', suggestion: 'possible when capital arrives for contracts signed in earlier years; check the figure' }));
          }
        }
      });
    }
  }
  return issues;
}

export const cumulativeRule: Rule = {
  name: 'cumulative',
  description: "a unit's 1–N月累计 never falls within a year; a month's rise beyond the year's target and 实际 above 合同 are warned",
  needs: ['units', 'indicators'],
  check,
};
