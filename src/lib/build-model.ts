/** From parsed, checked files to the normalised model the scorer and pages use. */
import type { Model, Plan, Report } from './model.ts';
import { parsePeriod } from './model.ts';
import type { RuleContext } from './rules/context.ts';
import type { Target } from './schema.ts';

function toPlan({ source, value }: RuleContext['plans'][number]): Plan {
  const targets: Plan['targets'] = {};
  for (const entry of value.targets) {
    const perIndicator: Record<string, Target> = {};
    for (const id of value.indicators) {
      const t = entry[id];
      if (t !== undefined) perIndicator[id] = typeof t === 'number' ? { base: t } : t;
    }
    targets[entry.unit] = perIndicator;
  }
  return {
    file: source.file,
    year: value.year,
    illustrative: value.illustrative ?? false,
    source: value.source,
    indicators: value.indicators,
    cityTargets: value.cityTargets,
    ranking: value.ranking,
    bands: value.bands,
    targets,
  };
}

function toReport({ source, value }: RuleContext['reports'][number], indicatorIds: string[]): Report {
  const { year, month } = parsePeriod(value.period);
  return {
    file: source.file,
    period: value.period,
    year,
    month,
    status: value.status,
    publishedOn: value.publishedOn,
    publisher: value.publisher,
    illustrative: value.illustrative ?? false,
    note: value.note,
    entries: value.units.map((entry) => ({
      unit: entry.unit,
      status: entry.status,
      remark: entry.remark,
      values: Object.fromEntries(indicatorIds.filter((id) => typeof entry[id] === 'number').map((id) => [id, entry[id] as number])),
    })),
  };
}

export function buildModel(context: RuleContext): Model {
  const indicatorIds = context.indicators.map((i) => i.id);
  return {
    site: context.site!.value,
    groups: context.groups,
    units: context.units,
    indicators: context.indicators,
    plans: context.plans.map(toPlan).sort((a, b) => a.year - b.year),
    reports: context.reports.map((r) => toReport(r, indicatorIds)).sort((a, b) => a.period.localeCompare(b.period)),
  };
}
