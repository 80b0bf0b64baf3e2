/**
 * A year plan covers every unit: each unit active that year has a target for each of the year's
 * indicators, or an entry under noTargets saying why not. A plan whose targets are all last
 * year's is warned (a copy with only `year:` changed).
 */
import { indicatorOf } from '../../schema/indicators.ts';
import { normaliseTarget, type PlanInput } from '../../schema/plan.ts';
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
        (i < 0 || plan.targets[i]![id] === undefined) &&
        !excused(unit.id, id),
    );
    const [first] = missing;
    if (first === undefined) continue;
    const names = listOf(missing.map((id) => indicatorOf(context, id).name));
    const example = t('rules.planComplete.example', { unit: unit.id, indicator: first });
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
            suggestion: t('rules.planComplete.target.suggestion', { indicator: first, example }),
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

/**
 * The units that add up to the city (groups with countsTowardCity) are given targets that sum to the
 * city's, or the plan says why not (targetSumNote). Over-allocation is common and allowed: a 【提醒】.
 */
function checkSums({ source, value: plan }: Parsed<PlanInput>, context: RuleContext): Issue[] {
  if (plan.targetSumNote !== undefined) return [];
  // An unknown group or a target for a unit not on file or not active is an error told elsewhere: the sum would guess.
  const groupIds = context.groups.map((g) => g.id);
  const active = (id: string) => context.units.some((u) => u.id === id && activeIn(u, plan.year));
  if (context.units.some((u) => !groupIds.includes(u.group)) || plan.targets.some((x) => !active(x.unit))) return [];
  const counted = new Set(context.groups.filter((g) => g.countsTowardCity).map((g) => g.id));
  const units = new Set(context.units.filter((u) => counted.has(u.group) && activeIn(u, plan.year)).map((u) => u.id));
  const groups = context.groups.filter((g) => g.countsTowardCity).map((g) => g.name);
  const issues: Issue[] = [];
  for (const id of plan.indicators) {
    const city = plan.cityTargets[id];
    const written = plan.targets.flatMap((x) => (units.has(x.unit) && x[id] !== undefined ? [x[id]] : []));
    if (city === undefined || written.length === 0) continue;
    const decimals = context.indicators.find((i) => i.id === id)?.decimals ?? 0;
    const round = (n: number) => Number(n.toFixed(decimals));
    const sum = round(written.reduce((total: number, w) => total + normaliseTarget(w).base, 0));
    const difference = round(sum - city);
    if (difference === 0) continue;
    const vars = {
      groups: listOf(groups),
      indicator: indicatorOf(context, id).name,
      city,
      sum,
      difference: Math.abs(difference),
      unit: indicatorOf(context, id).unit,
    };
    issues.push(
      issueAt(
        source,
        ['cityTargets', id],
        t('clerk.targetSumExpected', vars),
        t(difference > 0 ? 'clerk.targetSumOver' : 'clerk.targetSumUnder', vars),
        { severity: 'warning', suggestion: t('clerk.targetSumSuggestion') },
      ),
    );
  }
  return issues;
}

export const planCompleteRule: Rule = {
  name: 'plan-complete',
  description:
    "every unit active in a plan's year has a target per indicator or a reason under noTargets; a plan copying last year's targets, or whose unit targets do not add up to the city's, is warned",
  needs: ['units', 'indicators'],
  check: (context) =>
    context.files.plan.flatMap((parsed) => {
      const coverage = checkCoverage(parsed, context);
      // A unit left without a target is the error to fix first: the sum would only repeat it.
      const sums = coverage.length === 0 ? checkSums(parsed, context) : [];
      return [...coverage, ...checkCopied(parsed, context), ...sums];
    }),
};
