/**
 * Published means frozen: a month in data/published.yaml stays published, keeps every unit, and
 * each figure keeps its published value — unless data/revisions/YYYY.yaml holds a revision from
 * that value to the new one. Runs only on a board that keeps a record (data/published.yaml).
 */
import { unitNameOf } from '../../../schema/units.ts';
import { UNIT_STATUS, type ReportInput } from '../../../schema/report.ts';
import type { Figure } from '../../../schema/revisions.ts';
import type { Issue } from '../../../read/issue.ts';
import { issueAt, planOf, type Rule, type RuleContext } from '../../rule.ts';
import type { Parsed } from '../../../read/read-yaml.ts';

const show = (figure: Figure | undefined) => (figure === undefined ? '没有这个数字' : String(figure));

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
  return `已发布的数字不能直接改。确需改正的，在 data/revisions/${year}.yaml 的 revisions: 下加一条：- { date: 今天的日期, period: ${period}, unit: ${unit}, indicator: ${indicator}, old: ${old}, new: ${now ?? '新数字'}, kind: 更正, reason: 写明原因 }（迟报数据用 kind: 修订）`;
}

function checkMonth(
  context: RuleContext,
  period: string,
  units: Record<string, Figure | Record<string, number>>,
  report: Parsed<ReportInput> | undefined,
  recordSource: Parsed<unknown>['source'],
): Issue[] {
  const year = period.slice(0, 4);
  if (!report) {
    const file = `data/reports/${year}/${period}.yaml`;
    return [
      issueAt(recordSource, ['months', period], `${file} 仍在（${period} 已发布，不能删除）`, '没有这个文件', {
        key: true,
        suggestion: `从 git 恢复：git checkout origin/main -- ${file}；要改正其中的数字，在 data/revisions/${year}.yaml 写更正`,
      }),
    ];
  }
  const { source, value } = report;
  if (value.status === 'draft') {
    return [
      issueAt(source, ['status'], `published（${period} 已发布，不能改回草稿）`, 'draft', {
        suggestion: `改回 status: published；要改正其中的数字，在 data/revisions/${year}.yaml 写更正`,
      }),
    ];
  }
  const issues: Issue[] = [];
  for (const [unit, recorded] of Object.entries(units)) {
    const i = value.units.findIndex((e) => e.unit === unit);
    const name = unitNameOf(context, unit);
    if (i < 0) {
      issues.push(
        issueAt(source, ['units'], `${name}（${unit}）一项（${period} 已发布，不能删除）`, `没有“${unit}”`, {
          key: true,
          suggestion: `把“- unit: ${unit}”和发布时的数字加回来；要改正数字，在 data/revisions/${year}.yaml 写更正`,
        }),
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
        issueAt(source, path, `${name}的${indName}保持 ${period} 发布的 ${expected}`, show(now), {
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
