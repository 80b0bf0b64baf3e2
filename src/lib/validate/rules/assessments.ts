/** A plan's `assessments:` block must name its own checks, known units and indicators, in month order. */
import { RESERVED_CHECK_IDS } from '../../schema/assessments.ts';
import type { PlanInput } from '../../schema/plan.ts';
import type { Issue } from '../../read/issue.ts';
import { issueAt, type Rule, type RuleContext } from '../rule.ts';
import type { Parsed } from '../../read/read-yaml.ts';
import { didYouMean } from '../suggest.ts';

function checkChecks({ source, value: plan }: Parsed<PlanInput>): Issue[] {
  const checks = plan.assessments?.checks ?? [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  checks.forEach((check, i) => {
    const at = ['assessments', 'checks', i];
    if (seen.has(check.id))
      issues.push(
        issueAt(source, [...at, 'id'], '每项考核的代码只用一次', `"${check.id}" 重复`, {
          suggestion: '给这项考核另起一个代码，如 q2、half',
        }),
      );
    seen.add(check.id);
    if ((RESERVED_CHECK_IDS as readonly string[]).includes(check.id)) {
      issues.push(
        issueAt(
          source,
          [...at, 'id'],
          `不用 ${RESERVED_CHECK_IDS.join('、')} 作代码（它们是网站上其他页面的地址）`,
          `"${check.id}"`,
          { suggestion: '换一个代码' },
        ),
      );
    }
    const before = checks[i - 1];
    if (before && check.month < before.month) {
      issues.push(
        issueAt(source, [...at, 'month'], `按月份先后排列（不早于上一项的 ${before.month} 月）`, `${check.month} 月`, {
          suggestion: '把这项考核移到上一项之前',
        }),
      );
    }
    if (check.consequences?.stretch !== undefined && !check.stretch) {
      issues.push(
        issueAt(
          source,
          [...at, 'consequences', 'stretch'],
          '写了力争目标的奖惩时，同时写 stretch: true',
          '没有 stretch: true',
          { suggestion: `在这项考核里加一行 "stretch: true"` },
        ),
      );
    }
  });
  return issues;
}

function checkExemptions({ source, value: plan }: Parsed<PlanInput>, context: RuleContext): Issue[] {
  const block = plan.assessments;
  if (!block) return [];
  const checkIds = block.checks.map((c) => c.id);
  const unitIds = context.units.map((u) => u.id);
  const issues: Issue[] = [];
  (block.exemptions ?? []).forEach((exemption, i) => {
    const at = ['assessments', 'exemptions', i];
    if (!unitIds.includes(exemption.unit)) {
      issues.push(
        issueAt(source, [...at, 'unit'], 'data/units.yaml 中的单位代码', `"${exemption.unit}"`, {
          suggestion: didYouMean(exemption.unit, unitIds),
        }),
      );
    }
    if (exemption.indicator !== undefined && !plan.indicators.includes(exemption.indicator)) {
      issues.push(
        issueAt(
          source,
          [...at, 'indicator'],
          `当年考核的指标（${plan.indicators.join('、')}）`,
          `"${exemption.indicator}"`,
          { suggestion: didYouMean(exemption.indicator, plan.indicators) },
        ),
      );
    }
    (exemption.checks ?? []).forEach((id, k) => {
      if (!checkIds.includes(id))
        issues.push(
          issueAt(source, [...at, 'checks', k], `本计划 checks 中的考核代码（${checkIds.join('、')}）`, `"${id}"`, {
            suggestion: didYouMean(id, checkIds),
          }),
        );
    });
  });
  return issues;
}

export const assessmentsRule: Rule = {
  name: 'assessments',
  description:
    "a plan's assessments name each check once, in month order, and exempt known units from known checks and indicators",
  needs: ['units', 'indicators'],
  check: (context) =>
    context.files.plan.flatMap((parsed) => [...checkChecks(parsed), ...checkExemptions(parsed, context)]),
};
