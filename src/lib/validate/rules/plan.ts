/** A year plan must name known indicators and units, and its rules must be usable. */
import type { PlanInput, Target } from '../../schema/plan.ts';
import type { Issue } from '../issues.ts';
import { activeIn, activeYears, issueAt, type Parsed, type Rule, type RuleContext } from '../rule.ts';
import { didYouMean } from '../suggest.ts';

function yearInFileName(file: string): string | undefined {
  return /(\d{4})\.ya?ml$/.exec(file)?.[1];
}

function checkIndicators({ source, value: plan }: Parsed<PlanInput>, known: string[]): Issue[] {
  const issues: Issue[] = [];
  plan.indicators.forEach((id, i) => {
    if (!known.includes(id)) issues.push(issueAt(source, ['indicators', i], `an indicator from data/indicators.yaml (${known.join(', ')})`, `"${id}"`, { suggestion: didYouMean(id, known) }));
  });
  for (const id of Object.keys(plan.cityTargets)) {
    if (!plan.indicators.includes(id)) issues.push(issueAt(source, ['cityTargets', id], `an indicator listed in indicators (${plan.indicators.join(', ')})`, `"${id}"`, { key: true, suggestion: didYouMean(id, plan.indicators) }));
  }
  for (const id of plan.indicators) {
    if (!(id in plan.cityTargets)) issues.push(issueAt(source, ['cityTargets'], `a city target for every indicator`, `no target for "${id}"`, { key: true, suggestion: `add a line "${id}: <amount>" under cityTargets` }));
  }
  return issues;
}

function checkRanking({ source, value: plan }: Parsed<PlanInput>): Issue[] {
  const { ranking } = plan;
  const issues: Issue[] = [];
  if (ranking.method === 'indicator') {
    if (ranking.indicator === undefined) issues.push(issueAt(source, ['ranking'], 'an indicator to rank by (ranking.indicator)', 'nothing'));
    else if (!plan.indicators.includes(ranking.indicator)) issues.push(issueAt(source, ['ranking', 'indicator'], `one of ${plan.indicators.join(', ')}`, `"${ranking.indicator}"`, { suggestion: didYouMean(ranking.indicator, plan.indicators) }));
  } else {
    if (ranking.weights === undefined) issues.push(issueAt(source, ['ranking'], 'weights per indicator (ranking.weights)', 'nothing'));
    for (const id of Object.keys(ranking.weights ?? {})) {
      if (!plan.indicators.includes(id)) issues.push(issueAt(source, ['ranking', 'weights', id], `one of ${plan.indicators.join(', ')}`, `"${id}"`, { key: true, suggestion: didYouMean(id, plan.indicators) }));
    }
  }
  plan.bands.forEach((band, i) => {
    const last = i === plan.bands.length - 1;
    if (last && band.minGap !== undefined) issues.push(issueAt(source, ['bands', i, 'minGap'], 'no minGap on the bottom band (it takes everything below)', String(band.minGap)));
    if (!last && band.minGap === undefined) issues.push(issueAt(source, ['bands', i], 'a minGap (percentage points) on every band but the last', 'nothing'));
    const previous = plan.bands[i - 1]?.minGap;
    if (band.minGap !== undefined && previous !== undefined && band.minGap >= previous) {
      issues.push(issueAt(source, ['bands', i, 'minGap'], `a minGap below the band above (${previous})`, String(band.minGap), { suggestion: 'list bands from highest to lowest' }));
    }
  });
  return issues;
}

function checkTargets({ source, value: plan }: Parsed<PlanInput>, context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  const unitIds = context.units.map((u) => u.id);
  const seen = new Set<string>();
  plan.targets.forEach((entry, i) => {
    const unit = context.units.find((u) => u.id === entry.unit);
    if (!unit) issues.push(issueAt(source, ['targets', i, 'unit'], 'a unit id from data/units.yaml', `"${entry.unit}"`, { suggestion: didYouMean(entry.unit, unitIds) }));
    else if (!activeIn(unit, plan.year)) issues.push(issueAt(source, ['targets', i, 'unit'], `a unit active in ${plan.year}`, `"${entry.unit}" (active ${activeYears(unit)})`, { suggestion: 'remove the target or correct activeFrom/activeUntil in data/units.yaml' }));
    if (seen.has(entry.unit)) issues.push(issueAt(source, ['targets', i, 'unit'], 'each unit once in targets', `"${entry.unit}" again`));
    seen.add(entry.unit);
    for (const id of Object.keys(entry)) {
      const target = entry[id];
      if (id === 'unit' || target === undefined) continue;
      if (!plan.indicators.includes(id)) {
        issues.push(issueAt(source, ['targets', i, id], `an indicator tracked this year (${plan.indicators.join(', ')})`, `"${id}"`, { key: true }));
        continue;
      }
      const t = target as number | Target; // `unit` is skipped above
      if (typeof t === 'object' && t.stretch !== undefined && t.stretch <= t.base) {
        issues.push(issueAt(source, ['targets', i, id, 'stretch'], `a 力争 target above the 确保 target (${t.base})`, String(t.stretch)));
      }
    }
  });
  return issues;
}

export const planRule: Rule = {
  name: 'plan',
  description: 'a year plan matches its file name, names known indicators and units, and has a usable ranking rule, bands and targets',
  needs: ['units', 'indicators'],
  check: (context) => context.files.plan.flatMap((parsed) => {
    const issues: Issue[] = [];
    const fileYear = yearInFileName(parsed.source.file);
    if (fileYear !== String(parsed.value.year)) {
      const renamed = parsed.source.file.replace(/\d{4}\.ya?ml$/, `${parsed.value.year}.yaml`);
      issues.push(issueAt(parsed.source, ['year'], `the year in the file name (${fileYear})`, String(parsed.value.year), { suggestion: `write "year: ${fileYear}", or rename the file to ${renamed}` }));
    }
    const known = context.indicators.map((ind) => ind.id);
    return [...issues, ...checkIndicators(parsed, known), ...checkRanking(parsed), ...checkTargets(parsed, context)];
  }),
};
