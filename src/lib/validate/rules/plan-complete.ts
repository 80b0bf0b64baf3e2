/**
 * A year plan covers every unit: each unit active that year has a target for each of the year's
 * indicators, or an entry under noTargets saying why not. A plan whose targets are all last
 * year's is warned (a copy with only `year:` changed).
 */
import { indicatorOf } from '../../schema/indicators.ts';
import type { PlanInput } from '../../schema/plan.ts';
import type { Issue } from '../../read/issue.ts';
import { activeIn, issueAt, planOf, type Rule, type RuleContext } from '../rule.ts';
import type { Parsed } from '../../read/read-yaml.ts';
import { didYouMean, nearest } from '../suggest.ts';
import { listOf, quoted, t } from '../../messages/index.ts';

function checkCoverage({ source, value: plan }: Parsed<PlanInput>, context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  const noTargets = plan.noTargets ?? [];
  const excused = (unit: string, indicator: string) =>
    noTargets.some((n) => n.unit === unit && n.indicator === indicator);
  const unitIds = context.units.map((u) => u.id);
  // A misspelt id (reported by the plan rule) most likely meant a unit: not told again as "no target" here.
  const meant = new Set(plan.targets.filter((t) => !unitIds.includes(t.unit)).map((t) => nearest(t.unit, unitIds)));
  for (const unit of context.units.filter((u) => activeIn(u, plan.year) && !meant.has(u.id))) {
    const i = plan.targets.findIndex((t) => t.unit === unit.id);
    // An unknown indicator is reported by the plan rule, once, not here once per unit.
    const missing = plan.indicators.filter(
      (id) =>
        context.indicators.some((ind) => ind.id === id) &&
        (i < 0 || plan.targets[i][id] === undefined) &&
        !excused(unit.id, id),
    );
    if (missing.length === 0) continue;
    const names = listOf(missing.map((id) => indicatorOf(context, id).name));
    const example = t('rules.planComplete.example', { unit: unit.id, indicator: missing[0] });
    if (i < 0) {
      const line = `- { unit: ${unit.id}, ${missing.map((id) => t('rules.planComplete.targetOf', { id })).join(', ')} }`;
      issues.push(
        issueAt(
          source,
          ['targets'],
          t('rules.planComplete.unit', { year: plan.year }),
          t('rules.planComplete.unit.got', { name: unit.name, id: unit.id, names }),
          { key: true, suggestion: t('rules.planComplete.unit.suggestion', { line, example }) },
        ),
      );
    } else {
      issues.push(
        issueAt(
          source,
          ['targets', i],
          t('rules.planComplete.target', { name: unit.name, names }),
          t('common.nothing'),
          {
            suggestion: t('rules.planComplete.target.suggestion', { indicator: missing[0], example }),
          },
        ),
      );
    }
  }
  noTargets.forEach((n, k) => {
    if (!context.units.some((u) => u.id === n.unit))
      issues.push(
        issueAt(source, ['noTargets', k, 'unit'], t('rules.unitId'), quoted(n.unit), {
          suggestion: didYouMean(
            n.unit,
            context.units.map((u) => u.id),
          ),
        }),
      );
    if (!plan.indicators.includes(n.indicator))
      issues.push(
        issueAt(
          source,
          ['noTargets', k, 'indicator'],
          t('rules.indicatorThisYear', { indicators: listOf(plan.indicators) }),
          quoted(n.indicator),
          { suggestion: didYouMean(n.indicator, plan.indicators) },
        ),
      );
    else if (plan.targets.some((t) => t.unit === n.unit && t[n.indicator] !== undefined)) {
      issues.push(
        issueAt(
          source,
          ['noTargets', k],
          t('rules.planComplete.both', { unit: n.unit, indicator: n.indicator }),
          t('rules.planComplete.both.got'),
          { suggestion: t('rules.planComplete.both.suggestion') },
        ),
      );
    }
  });
  return issues;
}

/** Targets as comparable text: unit → indicator → target, city targets included. */
function targetsKey(plan: PlanInput): string {
  const units = [...plan.targets]
    .sort((a, b) => a.unit.localeCompare(b.unit))
    .map((t) => JSON.stringify(Object.entries(t).sort()));
  return JSON.stringify([Object.entries(plan.cityTargets).sort(), units]);
}

function checkCopied({ source, value: plan }: Parsed<PlanInput>, context: RuleContext): Issue[] {
  const last = planOf(context, plan.year - 1);
  if (!last || plan.targets.length === 0 || targetsKey(last) !== targetsKey(plan)) return [];
  return [
    issueAt(
      source,
      ['targets'],
      t('rules.planComplete.copied', { year: plan.year }),
      t('rules.planComplete.copied.got', { last: plan.year - 1 }),
      {
        key: true,
        severity: 'warning',
        suggestion: t('rules.planComplete.copied.suggestion', { last: plan.year - 1 }),
      },
    ),
  ];
}

export const planCompleteRule: Rule = {
  name: 'plan-complete',
  description:
    "every unit active in a plan's year has a target per indicator or a reason under noTargets; a plan copying last year's targets is warned",
  needs: ['units', 'indicators'],
  check: (context) =>
    context.files.plan.flatMap((parsed) => [...checkCoverage(parsed, context), ...checkCopied(parsed, context)]),
};
