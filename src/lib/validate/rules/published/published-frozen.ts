/**
 * Published means frozen: a month in data/published.yaml stays published, keeps every unit, and
 * each figure keeps its published value — unless data/revisions/YYYY.yaml holds a revision from
 * that value to the new one. Runs only on a board that keeps a record (data/published.yaml).
 */
import { unitNameOf } from '../../../schema/units.ts';
import { UNIT_STATUS, type ReportInput } from '../../../schema/report.ts';
import type { RecordedUnit } from '../../../schema/published.ts';
import type { Figure } from '../../../schema/revisions.ts';
import type { Issue } from '../../../read/issue.ts';
import { issueAt, planOf, type Rule, type RuleContext } from '../../rule.ts';
import type { Parsed } from '../../../read/read-yaml.ts';
import { t } from '../../../messages/index.ts';

const show = (figure: Figure | undefined) => (figure === undefined ? t('published.noFigure') : String(figure));

/** The figure a report gives now: an amount, 未报送, or undefined (no entry, blank). */
function currentFigure(entry: ReportInput['units'][number] | undefined, indicator: string): Figure | undefined {
  if (!entry) return undefined;
  if (entry.status === UNIT_STATUS.missing) return UNIT_STATUS.missing;
  const value = entry[indicator];
  return typeof value === 'number' ? value : undefined;
}

/** The figure after every revision of it, in date order, starting from the value as published. */
export function revisedFigure(
  context: RuleContext,
  period: string,
  unit: string,
  indicator: string,
  published: Figure,
): Figure {
  let figure = published;
  for (const { value } of context.files.revisions) {
    for (const r of value.revisions)
      if (r.period === period && r.unit === unit && r.indicator === indicator && r.old === figure) figure = r.new;
  }
  return figure;
}

function revisionSnippet(
  year: string,
  period: string,
  unit: string,
  indicator: string,
  old: Figure,
  now: Figure | undefined,
): string {
  const vars = { year, period, unit, indicator, old, now: now ?? t('published.frozen.newFigure') };
  return t('published.frozen.revise', vars);
}

function checkMonth(
  context: RuleContext,
  period: string,
  units: Record<string, RecordedUnit>,
  report: Parsed<ReportInput> | undefined,
  recordSource: Parsed<unknown>['source'],
): Issue[] {
  const year = period.slice(0, 4);
  if (!report) {
    const file = `data/reports/${year}/${period}.yaml`;
    return [
      issueAt(recordSource, ['months', period], t('published.frozen.file', { file, period }), t('published.noFile'), {
        key: true,
        suggestion: t('published.frozen.file.suggestion', { file, year }),
      }),
    ];
  }
  const { source, value } = report;
  if (value.status === 'draft') {
    return [
      issueAt(source, ['status'], t('published.frozen.draft', { period }), 'draft', {
        suggestion: t('published.frozen.draft.suggestion', { year }),
      }),
    ];
  }
  const issues: Issue[] = [];
  for (const [unit, recorded] of Object.entries(units)) {
    const i = value.units.findIndex((e) => e.unit === unit);
    const name = unitNameOf(context, unit);
    if (i < 0) {
      issues.push(
        issueAt(
          source,
          ['units'],
          t('published.frozen.unit', { name, unit, period }),
          t('published.frozen.unit.got', { unit }),
          { key: true, suggestion: t('published.frozen.unit.suggestion', { unit, year }) },
        ),
      );
      continue;
    }
    // A unit recorded 未报送 is recorded so for every indicator its year tracks.
    const tracked = planOf(context, Number(year))?.indicators ?? context.indicators.map((ind) => ind.id);
    const pairs: Array<[string, Figure]> =
      recorded === UNIT_STATUS.missing ? tracked.map((id) => [id, UNIT_STATUS.missing]) : Object.entries(recorded);
    for (const [indicator, published] of pairs) {
      const expected = revisedFigure(context, period, unit, indicator, published);
      const now = currentFigure(value.units[i], indicator);
      if (now === expected) continue;
      const indName = context.indicators.find((ind) => ind.id === indicator)?.name ?? indicator;
      const path = typeof now === 'number' ? ['units', i, indicator] : ['units', i];
      issues.push(
        issueAt(source, path, t('published.frozen.figure', { name, indicator: indName, period, expected }), show(now), {
          suggestion: revisionSnippet(year, period, unit, indicator, expected, now),
        }),
      );
    }
  }
  return issues;
}

export const publishedFrozenRule: Rule = {
  name: 'published-frozen',
  description:
    'a published month (data/published.yaml) is never deleted or set back to draft, keeps every unit, and changes a figure only through a revision',
  needs: ['units', 'indicators', 'published'],
  check: (context) => {
    const record = context.files.published[0];
    if (!record) return [];
    const issues: Issue[] = [];
    for (const [period, month] of Object.entries(record.value.months)) {
      const report = context.files.report.find((r) => r.value.period === period);
      if (report && context.unreadable.has(report.source.file)) continue;
      if (!report && [...context.unreadable].some((f) => f.endsWith(`/${period}.yaml`))) continue;
      issues.push(...checkMonth(context, period, month.units, report, record.source));
    }
    return issues;
  },
};
