/** A year plan must name known indicators and units, and its rules must be usable. */
import { isOneOf } from '../../schema/common.ts';
import type { PlanInput } from '../../schema/plan.ts';
import type { Issue } from '../../read/issue.ts';
import { usedTwice } from '../used-twice.ts';
import { activeIn, activeYears, issueAt, type Rule, type RuleContext } from '../rule.ts';
import type { Parsed } from '../../read/read-yaml.ts';
import { didYouMean } from '../suggest.ts';
import { listOf, quoted, t } from '../../messages/index.ts';

function yearInFileName(file: string): string | undefined {
  return /(\d{4})\.ya?ml$/.exec(file)?.[1];
}

function checkIndicators({ source, value: plan }: Parsed<PlanInput>, known: string[]): Issue[] {
  const issues: Issue[] = [];
  plan.indicators.forEach((id, i) => {
    if (!known.includes(id))
      issues.push(
        issueAt(source, ['indicators', i], t('rules.plan.indicator', { known: listOf(known) }), quoted(id), {
          suggestion: didYouMean(id, known),
        }),
      );
  });
  for (const id of Object.keys(plan.cityTargets)) {
    if (!isOneOf(plan.indicators, id))
      issues.push(
        issueAt(
          source,
          ['cityTargets', id],
          t('rules.plan.cityTargetIndicator', { indicators: listOf(plan.indicators) }),
          quoted(id),
          { key: true, suggestion: didYouMean(id, plan.indicators) },
        ),
      );
  }
  for (const id of plan.indicators) {
    if (!(id in plan.cityTargets))
      issues.push(
        issueAt(source, ['cityTargets'], t('rules.plan.cityTarget'), t('rules.plan.cityTarget.got', { id }), {
          key: true,
          suggestion: t('rules.plan.cityTarget.suggestion', { id }),
        }),
      );
  }
  return issues;
}

function checkRanking({ source, value: plan }: Parsed<PlanInput>): Issue[] {
  const { ranking } = plan;
  const issues: Issue[] = [];
  const example = plan.indicators[0] ?? t('rules.plan.indicatorId');
  const oneOf = t('rules.plan.oneOf', { indicators: listOf(plan.indicators) });
  if (ranking.method === 'indicator') {
    if (ranking.indicator === undefined)
      issues.push(
        issueAt(source, ['ranking'], t('rules.plan.rankBy'), t('common.nothing'), {
          suggestion: t('rules.plan.rankBy.suggestion', { example }),
        }),
      );
    else if (!plan.indicators.includes(ranking.indicator))
      issues.push(
        issueAt(source, ['ranking', 'indicator'], oneOf, quoted(ranking.indicator), {
          suggestion: didYouMean(ranking.indicator, plan.indicators),
        }),
      );
  } else {
    if (ranking.weights === undefined)
      issues.push(
        issueAt(source, ['ranking'], t('rules.plan.weights'), t('common.nothing'), {
          suggestion: t('rules.plan.weights.suggestion', { example }),
        }),
      );
    for (const id of Object.keys(ranking.weights ?? {})) {
      if (!isOneOf(plan.indicators, id))
        issues.push(
          issueAt(source, ['ranking', 'weights', id], oneOf, quoted(id), {
            key: true,
            suggestion: didYouMean(id, plan.indicators),
          }),
        );
    }
  }
  plan.bands.forEach((band, i) => {
    const last = i === plan.bands.length - 1;
    if (last && band.minGap !== undefined)
      issues.push(
        issueAt(source, ['bands', i, 'minGap'], t('rules.plan.lastBandGap'), String(band.minGap), {
          suggestion: t('rules.plan.lastBandGap.suggestion'),
        }),
      );
    if (!last && band.minGap === undefined)
      issues.push(
        issueAt(source, ['bands', i], t('rules.plan.bandGap'), t('common.nothing'), {
          suggestion: t('rules.plan.bandGap.suggestion'),
        }),
      );
    const previous = plan.bands[i - 1]?.minGap;
    if (band.minGap !== undefined && previous !== undefined && band.minGap >= previous) {
      issues.push(
        issueAt(source, ['bands', i, 'minGap'], t('rules.plan.bandOrder', { previous }), String(band.minGap), {
          suggestion: t('rules.plan.bandOrder.suggestion'),
        }),
      );
    }
  });
  return issues;
}

function checkTargets({ source, value: plan }: Parsed<PlanInput>, context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  const unitIds = context.units.map((u) => u.id);
  const twice = usedTwice(plan.targets, (entry) => entry.unit);
  plan.targets.forEach((entry, i) => {
    const unit = context.units.find((u) => u.id === entry.unit);
    if (!unit)
      issues.push(
        issueAt(source, ['targets', i, 'unit'], t('rules.unitId'), quoted(entry.unit), {
          suggestion: didYouMean(entry.unit, unitIds),
        }),
      );
    else if (!activeIn(unit, plan.year))
      issues.push(
        issueAt(
          source,
          ['targets', i, 'unit'],
          t('rules.activeUnit', { year: plan.year }),
          t('rules.activeUnit.got', { unit: entry.unit, years: activeYears(unit) }),
          { suggestion: t('rules.plan.inactiveUnit.suggestion') },
        ),
      );
    if (twice.has(i))
      issues.push(
        issueAt(
          source,
          ['targets', i, 'unit'],
          t('rules.plan.unitTwice'),
          t('rules.plan.unitTwice.got', { unit: entry.unit }),
          {
            suggestion: t('rules.mergeEntries'),
          },
        ),
      );
    for (const id of Object.keys(entry)) {
      const target = entry[id];
      if (id === 'unit' || target === undefined) continue;
      if (!isOneOf(plan.indicators, id)) {
        issues.push(
          issueAt(
            source,
            ['targets', i, id],
            t('rules.indicatorThisYear', { indicators: listOf(plan.indicators) }),
            quoted(id),
            {
              key: true,
              suggestion: t('rules.deleteOrFixIndicator'),
            },
          ),
        );
        continue;
      }
      const goal = target; // `unit` is skipped above
      if (typeof goal === 'object' && goal.stretch !== undefined && goal.stretch <= goal.base) {
        issues.push(
          issueAt(
            source,
            ['targets', i, id, 'stretch'],
            t('rules.plan.stretch', { base: goal.base }),
            String(goal.stretch),
            {
              suggestion: t('rules.plan.stretch.suggestion'),
            },
          ),
        );
      }
    }
  });
  return issues;
}

export const planRule: Rule = {
  name: 'plan',
  description:
    'a year plan matches its file name, names known indicators and units, and has a usable ranking rule, bands and targets',
  needs: ['units', 'indicators'],
  check: (context) =>
    context.files.plan.flatMap((parsed) => {
      const issues: Issue[] = [];
      const fileYear = yearInFileName(parsed.source.file);
      if (fileYear !== String(parsed.value.year)) {
        const renamed = parsed.source.file.replace(/\d{4}\.ya?ml$/, `${parsed.value.year}.yaml`);
        const vars = { fileYear: String(fileYear), renamed };
        issues.push(
          issueAt(parsed.source, ['year'], t('rules.plan.year', vars), String(parsed.value.year), {
            suggestion: t('rules.plan.year.suggestion', vars),
          }),
        );
      }
      const known = context.indicators.map((ind) => ind.id);
      return [...issues, ...checkIndicators(parsed, known), ...checkRanking(parsed), ...checkTargets(parsed, context)];
    }),
};
