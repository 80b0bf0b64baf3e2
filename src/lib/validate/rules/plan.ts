/** A year plan must name known indicators and units, and its rules must be usable. */
import type { PlanInput, Target } from '../../schema/plan.ts';
import type { Issue } from '../../read/issue.ts';
import { activeIn, activeYears, issueAt, type Rule, type RuleContext } from '../rule.ts';
import type { Parsed } from '../../read/read-yaml.ts';
import { didYouMean } from '../suggest.ts';

function yearInFileName(file: string): string | undefined {
  return /(\d{4})\.ya?ml$/.exec(file)?.[1];
}

function checkIndicators({ source, value: plan }: Parsed<PlanInput>, known: string[]): Issue[] {
  const issues: Issue[] = [];
  plan.indicators.forEach((id, i) => {
    if (!known.includes(id))
      issues.push(
        issueAt(source, ['indicators', i], `data/indicators.yaml 里的指标代码（${known.join('、')}）`, `“${id}”`, {
          suggestion: didYouMean(id, known),
          en: {
            expected: `an indicator from data/indicators.yaml (${known.join(', ')})`,
            got: `"${id}"`,
            suggestion: didYouMean(id, known),
          },
        }),
      );
  });
  for (const id of Object.keys(plan.cityTargets)) {
    if (!plan.indicators.includes(id))
      issues.push(
        issueAt(source, ['cityTargets', id], `indicators 里列出的指标（${plan.indicators.join('、')}）`, `“${id}”`, {
          key: true,
          suggestion: didYouMean(id, plan.indicators),
          en: {
            expected: `an indicator listed in indicators (${plan.indicators.join(', ')})`,
            got: `"${id}"`,
            suggestion: didYouMean(id, plan.indicators),
          },
        }),
      );
  }
  for (const id of plan.indicators) {
    if (!(id in plan.cityTargets))
      issues.push(
        issueAt(source, ['cityTargets'], '每个指标都有全市目标', `“${id}”没有全市目标`, {
          key: true,
          suggestion: `在 cityTargets 下面加一行“${id}: 金额”`,
          en: {
            expected: 'a city target for every indicator',
            got: `no target for "${id}"`,
            suggestion: `add a line "${id}: <amount>" under cityTargets`,
          },
        }),
      );
  }
  return issues;
}

function checkRanking({ source, value: plan }: Parsed<PlanInput>): Issue[] {
  const { ranking } = plan;
  const issues: Issue[] = [];
  if (ranking.method === 'indicator') {
    if (ranking.indicator === undefined)
      issues.push(
        issueAt(source, ['ranking'], '按哪个指标排名（ranking.indicator）', '没有写', {
          suggestion: `在 ranking 下面加一行“indicator: ${plan.indicators[0] ?? '指标代码'}”`,
          en: { expected: 'an indicator to rank by (ranking.indicator)', got: 'nothing' },
        }),
      );
    else if (!plan.indicators.includes(ranking.indicator))
      issues.push(
        issueAt(
          source,
          ['ranking', 'indicator'],
          `这些指标之一：${plan.indicators.join('、')}`,
          `“${ranking.indicator}”`,
          {
            suggestion: didYouMean(ranking.indicator, plan.indicators),
            en: {
              expected: `one of ${plan.indicators.join(', ')}`,
              got: `"${ranking.indicator}"`,
              suggestion: didYouMean(ranking.indicator, plan.indicators),
            },
          },
        ),
      );
  } else {
    if (ranking.weights === undefined)
      issues.push(
        issueAt(source, ['ranking'], '各指标的权重（ranking.weights）', '没有写', {
          suggestion: `在 ranking 下面加“weights:”，每个指标一行，如“${plan.indicators[0] ?? '指标代码'}: 0.5”`,
          en: { expected: 'weights per indicator (ranking.weights)', got: 'nothing' },
        }),
      );
    for (const id of Object.keys(ranking.weights ?? {})) {
      if (!plan.indicators.includes(id))
        issues.push(
          issueAt(source, ['ranking', 'weights', id], `这些指标之一：${plan.indicators.join('、')}`, `“${id}”`, {
            key: true,
            suggestion: didYouMean(id, plan.indicators),
            en: {
              expected: `one of ${plan.indicators.join(', ')}`,
              got: `"${id}"`,
              suggestion: didYouMean(id, plan.indicators),
            },
          }),
        );
    }
  }
  plan.bands.forEach((band, i) => {
    const last = i === plan.bands.length - 1;
    if (last && band.minGap !== undefined)
      issues.push(
        issueAt(source, ['bands', i, 'minGap'], '最后一档不写 minGap（它包括以下所有）', String(band.minGap), {
          suggestion: '删掉最后一档的 minGap 行',
          en: { expected: 'no minGap on the bottom band (it takes everything below)', got: String(band.minGap) },
        }),
      );
    if (!last && band.minGap === undefined)
      issues.push(
        issueAt(source, ['bands', i], '除最后一档外每档都有 minGap（百分点）', '没有写', {
          suggestion: '加一行“minGap: 数字”，如 minGap: 0（达到或超过时序进度）',
          en: { expected: 'a minGap (percentage points) on every band but the last', got: 'nothing' },
        }),
      );
    const previous = plan.bands[i - 1]?.minGap;
    if (band.minGap !== undefined && previous !== undefined && band.minGap >= previous) {
      issues.push(
        issueAt(source, ['bands', i, 'minGap'], `比上一档（${previous}）小的 minGap`, String(band.minGap), {
          suggestion: '各档从高到低排列',
          en: {
            expected: `a minGap below the band above (${previous})`,
            got: String(band.minGap),
            suggestion: 'list bands from highest to lowest',
          },
        }),
      );
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
    if (!unit)
      issues.push(
        issueAt(source, ['targets', i, 'unit'], 'data/units.yaml 里的单位代码', `“${entry.unit}”`, {
          suggestion: didYouMean(entry.unit, unitIds),
          en: {
            expected: 'a unit id from data/units.yaml',
            got: `"${entry.unit}"`,
            suggestion: didYouMean(entry.unit, unitIds),
          },
        }),
      );
    else if (!activeIn(unit, plan.year))
      issues.push(
        issueAt(
          source,
          ['targets', i, 'unit'],
          `${plan.year} 年参加考核的单位`,
          `“${entry.unit}”（考核年份：${activeYears(unit)}）`,
          {
            suggestion: '删掉这个目标，或改正 data/units.yaml 里它的 activeFrom/activeUntil',
            en: {
              expected: `a unit active in ${plan.year}`,
              got: `"${entry.unit}" (active ${activeYears(unit)})`,
              suggestion: 'remove the target or correct activeFrom/activeUntil in data/units.yaml',
            },
          },
        ),
      );
    if (seen.has(entry.unit))
      issues.push(
        issueAt(source, ['targets', i, 'unit'], '每个单位在 targets 里只出现一次', `“${entry.unit}”又出现一次`, {
          suggestion: '把两项合并成一项',
          en: { expected: 'each unit once in targets', got: `"${entry.unit}" again` },
        }),
      );
    seen.add(entry.unit);
    for (const id of Object.keys(entry)) {
      const target = entry[id];
      if (id === 'unit' || target === undefined) continue;
      if (!plan.indicators.includes(id)) {
        issues.push(
          issueAt(source, ['targets', i, id], `今年考核的指标（${plan.indicators.join('、')}）`, `“${id}”`, {
            key: true,
            suggestion: '删掉这一行，或改正指标代码',
            en: { expected: `an indicator tracked this year (${plan.indicators.join(', ')})`, got: `"${id}"` },
          }),
        );
        continue;
      }
      const t = target as number | Target; // `unit` is skipped above
      if (typeof t === 'object' && t.stretch !== undefined && t.stretch <= t.base) {
        issues.push(
          issueAt(source, ['targets', i, id, 'stretch'], `高于确保目标（${t.base}）的力争目标`, String(t.stretch), {
            suggestion: '核对 base（确保）和 stretch（力争）是否写反了',
            en: { expected: `a 力争 target above the 确保 target (${t.base})`, got: String(t.stretch) },
          }),
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
        issues.push(
          issueAt(parsed.source, ['year'], `与文件名一致的年份（${fileYear}）`, String(parsed.value.year), {
            suggestion: `写“year: ${fileYear}”，或把文件改名为 ${renamed}`,
            en: {
              expected: `the year in the file name (${fileYear})`,
              got: String(parsed.value.year),
              suggestion: `write "year: ${fileYear}", or rename the file to ${renamed}`,
            },
          }),
        );
      }
      const known = context.indicators.map((ind) => ind.id);
      return [...issues, ...checkIndicators(parsed, known), ...checkRanking(parsed), ...checkTargets(parsed, context)];
    }),
};
