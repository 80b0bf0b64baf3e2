/**
 * Figures are 1–N月累计: within a year a unit's figure never goes down from its last report.
 * An indicator may also be expected to stay at or below another (实际 ≤ 合同): a warning only.
 */
import { parsePeriod } from '../../schema/period.ts';
import { normaliseTarget } from '../../schema/plan.ts';
import { UNIT_STATUS } from '../../schema/report.ts';
import type { Issue } from '../../read/issue.ts';
import { issueAt, planOf, reportsOfYear, type Rule, type RuleContext } from '../rule.ts';
import { t } from '../../messages/index.ts';

/** The largest target a unit has for an indicator (力争 if set). */
function yearTarget(written: Parameters<typeof normaliseTarget>[0] | undefined): number | undefined {
  if (written === undefined) return undefined;
  const target = normaliseTarget(written);
  return target.stretch ?? target.base;
}

interface OnFile {
  value: number;
  period: string;
  /** Where it was written: file and line, for messages that point back at it (worked out only for a message). */
  readonly at: string;
}

/**
 * A fall from `before` to `value`. When the figure is also below the month before that, it was
 * most likely the month alone (a sum is suggested); when it fits the months before, the earlier
 * month is as likely to be the wrong one (raised after the fact), so both places are named and no
 * sum is offered.
 */
function fallHint(value: number, before: OnFile, earlier: OnFile | undefined): string {
  const vars = { value, period: before.period, before: before.value, at: before.at, year: before.period.slice(0, 4) };
  if (earlier !== undefined && value >= earlier.value)
    return t('rules.cumulative.fall.earlierWrong', { ...vars, earlier: earlier.period, earlierValue: earlier.value });
  return t('rules.cumulative.fall.monthAlone', { ...vars, sum: before.value + value });
}

/** The 核减 written for a unit's indicator in a month (data/revisions/YYYY.yaml): how far its 累计 may fall. */
function cutBy(context: RuleContext, period: string, unit: string, indicator: string): number {
  let total = 0;
  for (const { value } of context.files.revisions)
    for (const a of value.adjustments)
      if (a.period === period && a.unit === unit && a.indicator === indicator) total += a.amount;
  return total;
}

function check(context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  const years = new Set(context.files.report.map((r) => parsePeriod(r.value.period).year));
  for (const year of years) {
    /** unit → indicator → the figures on file so far, oldest first */
    const history = new Map<string, Map<string, OnFile[]>>();
    const targets = planOf(context, year)?.targets ?? [];
    for (const { source, value: report } of reportsOfYear(context, year)) {
      report.units.forEach((entry, i) => {
        if (entry.status === UNIT_STATUS.missing) return;
        const ofUnit = history.get(entry.unit) ?? new Map<string, OnFile[]>();
        history.set(entry.unit, ofUnit);
        const fell = new Set<string>();
        for (const indicator of context.indicators) {
          const value = entry[indicator.id];
          if (typeof value !== 'number') continue;
          const path = ['units', i, indicator.id];
          const past = ofUnit.get(indicator.id) ?? [];
          const before = past.at(-1);
          const cut = cutBy(context, report.period, entry.unit, indicator.id);
          if (before && value < before.value && before.value - value > cut) {
            fell.add(indicator.id);
            if (cut > 0) {
              issues.push(
                issueAt(
                  source,
                  path,
                  t('rules.cumulative.belowCut', {
                    least: before.value - cut,
                    period: before.period,
                    before: before.value,
                    cut,
                  }),
                  String(value),
                  { suggestion: t('rules.cumulative.belowCut.suggestion', { year }) },
                ),
              );
            } else
              issues.push(
                issueAt(
                  source,
                  path,
                  t('rules.cumulative.fall', { period: before.period, before: before.value }),
                  String(value),
                  { suggestion: fallHint(value, before, past.at(-2)) },
                ),
              );
          }
          const ceilingTarget = yearTarget(targets.find((t) => t.unit === entry.unit)?.[indicator.id]);
          if (
            before &&
            ceilingTarget !== undefined &&
            value - before.value > ceilingTarget &&
            value > 3 * before.value
          ) {
            issues.push(
              issueAt(
                source,
                path,
                t('rules.cumulative.rise', { target: ceilingTarget }),
                `${before.value} → ${value}`,
                {
                  severity: 'warning',
                  suggestion: t('rules.cumulative.rise.suggestion'),
                },
              ),
            );
          }
          ofUnit.set(indicator.id, [
            ...past,
            {
              value,
              period: report.period,
              get at() {
                return `${source.file}:${source.locate(path).line}`;
              },
            },
          ]);
          const ceiling =
            indicator.warnAbove === undefined || fell.has(indicator.warnAbove) ? undefined : entry[indicator.warnAbove];
          if (typeof ceiling === 'number' && value > ceiling) {
            const other =
              context.indicators.find((ind) => ind.id === indicator.warnAbove)?.name ?? String(indicator.warnAbove);
            issues.push(
              issueAt(
                source,
                path,
                t('rules.cumulative.above', { indicator: indicator.name, other, ceiling }),
                String(value),
                { severity: 'warning', suggestion: t('rules.cumulative.above.suggestion') },
              ),
            );
          }
        }
      });
    }
  }
  return issues;
}

export const cumulativeRule: Rule = {
  name: 'cumulative',
  description:
    "a unit's year-to-date figure never falls within a year; a month's rise beyond the year's target and an " +
    'indicator above its warnAbove ceiling (actual above contracted) are warned',
  needs: ['units', 'indicators'],
  check,
};
