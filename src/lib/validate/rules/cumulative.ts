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
function fallHint(value: number, before: OnFile, earlier: OnFile | undefined) {
  const otherPlace = `若是 ${before.period} 的数字写错或改过，请改 ${before.at}`;
  const otherPlaceEn = `if ${before.period}'s figure is the wrong one, correct it at ${before.at}`;
  const realFall = `若确实减少（合同核减、撤资），在 data/revisions/${before.period.slice(0, 4)}.yaml 的 adjustments: 下写一条核减（日期、单位、指标、核减额、原因）`;
  if (earlier !== undefined && value >= earlier.value) {
    return {
      zh: `本月的 ${value} 不小于 ${earlier.period} 的 ${earlier.value}，只比 ${before.period} 的 ${before.value} 小，可能是 ${before.period} 的数字写错或改过：请核对 ${before.at}；若是本月写错，就改这里；${realFall}`,
      en: `this figure fits ${earlier.period} (${earlier.value}) but ${before.period}'s ${before.value} is above both: ${otherPlaceEn}; else correct this one`,
    };
  }
  return {
    zh: `数字是 1—N月累计（全年到本月的合计），不是当月数：是不是要写 ${before.value} + ${value} = ${before.value + value}？${otherPlace}；${realFall}`,
    en: `figures are 1–N月累计 (year to date), not the month alone: did you mean ${before.value} + ${value} = ${before.value + value}? ${otherPlaceEn}`,
  };
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
            const hint = fallHint(value, before, past.at(-2));
            if (cut > 0) {
              issues.push(
                issueAt(
                  source,
                  path,
                  `不小于 ${before.value - cut}（${before.period} 的累计 ${before.value} 减去核减 ${cut}）`,
                  String(value),
                  {
                    suggestion: `核减额不够解释这次下降：核对数字，或改正 data/revisions/${year}.yaml 里的核减额（amount）`,
                    en: {
                      expected: `at least ${before.value - cut} (${before.period}'s ${before.value} less the 核减 of ${cut})`,
                      got: String(value),
                    },
                  },
                ),
              );
            } else
              issues.push(
                issueAt(
                  source,
                  path,
                  `不小于 ${before.period} 报的累计 ${before.value}（累计数逐月不减）`,
                  String(value),
                  {
                    suggestion: hint.zh,
                    en: {
                      expected: `at least ${before.value} (the 累计 reported for ${before.period})`,
                      got: String(value),
                      suggestion: hint.en,
                    },
                  },
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
              issueAt(source, path, `一个月的增量不超过全年目标（${ceilingTarget}）`, `${before.value} → ${value}`, {
                severity: 'warning',
                suggestion: '核对是不是多打了一位数',
                en: {
                  expected: `a month's rise within the year's target (${ceilingTarget})`,
                  got: `${before.value} → ${value}`,
                  suggestion: 'check for an extra digit',
                },
              }),
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
            const other = context.indicators.find((ind) => ind.id === indicator.warnAbove)?.name ?? indicator.warnAbove;
            issues.push(
              issueAt(source, path, `${indicator.name}不超过${other}（${ceiling}）`, String(value), {
                severity: 'warning',
                suggestion: '往年签约的项目本年到资时可能出现，请核对数字',
                en: {
                  expected: `${indicator.name} at most ${other} (${ceiling})`,
                  got: String(value),
                  suggestion: 'possible when capital arrives for contracts signed in earlier years; check the figure',
                },
              }),
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
    "a unit's 1–N月累计 never falls within a year; a month's rise beyond the year's target and 实际 above 合同 are warned",
  needs: ['units', 'indicators'],
  check,
};
