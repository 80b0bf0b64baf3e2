/** A plan's `assessments:` block must name its own checks, known units and indicators, in month order. */
import { RESERVED_CHECK_IDS } from '../../schema/assessments.ts';
import type { PlanInput } from '../../schema/plan.ts';
import type { Issue } from '../../read/issue.ts';
import { usedTwice } from '../used-twice.ts';
import { issueAt, type Rule, type RuleContext } from '../rule.ts';
import type { Parsed } from '../../read/read-yaml.ts';
import { didYouMean } from '../suggest.ts';
import { listOf, t } from '../../messages/index.ts';

function checkChecks({ source, value: plan }: Parsed<PlanInput>): Issue[] {
  const checks = plan.assessments?.checks ?? [];
  const issues: Issue[] = [];
  const twice = usedTwice(checks, (check) => check.id);
  checks.forEach((check, i) => {
    const at = ['assessments', 'checks', i];
    if (twice.has(i))
      issues.push(
        issueAt(
          source,
          [...at, 'id'],
          t('rules.assessments.idTwice'),
          t('rules.assessments.idTwice.got', { id: check.id }),
          {
            suggestion: t('rules.assessments.idTwice.suggestion'),
          },
        ),
      );
    if ((RESERVED_CHECK_IDS as readonly string[]).includes(check.id)) {
      issues.push(
        issueAt(
          source,
          [...at, 'id'],
          t('rules.assessments.reserved', { reserved: listOf(RESERVED_CHECK_IDS) }),
          t('rules.assessments.id', { id: check.id }),
          { suggestion: t('rules.assessments.reserved.suggestion') },
        ),
      );
    }
    const before = checks[i - 1];
    if (before && check.month < before.month) {
      issues.push(
        issueAt(
          source,
          [...at, 'month'],
          t('rules.assessments.order', { month: before.month }),
          t('rules.assessments.order.got', { month: check.month }),
          { suggestion: t('rules.assessments.order.suggestion') },
        ),
      );
    }
    if (check.consequences?.stretch !== undefined && !check.stretch) {
      issues.push(
        issueAt(
          source,
          [...at, 'consequences', 'stretch'],
          t('rules.assessments.stretch'),
          t('rules.assessments.stretch.got'),
          { suggestion: t('rules.assessments.stretch.suggestion') },
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
        issueAt(
          source,
          [...at, 'unit'],
          t('rules.assessments.unit'),
          t('rules.assessments.id', { id: exemption.unit }),
          {
            suggestion: didYouMean(exemption.unit, unitIds),
          },
        ),
      );
    }
    if (exemption.indicator !== undefined && !plan.indicators.includes(exemption.indicator)) {
      issues.push(
        issueAt(
          source,
          [...at, 'indicator'],
          t('rules.assessments.indicator', { indicators: listOf(plan.indicators) }),
          t('rules.assessments.id', { id: exemption.indicator }),
          { suggestion: didYouMean(exemption.indicator, plan.indicators) },
        ),
      );
    }
    (exemption.checks ?? []).forEach((id, k) => {
      if (!checkIds.includes(id))
        issues.push(
          issueAt(
            source,
            [...at, 'checks', k],
            t('rules.assessments.check', { checks: listOf(checkIds) }),
            t('rules.assessments.id', { id }),
            { suggestion: didYouMean(id, checkIds) },
          ),
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
