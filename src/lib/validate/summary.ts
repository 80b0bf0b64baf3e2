/**
 * The summary of a check that passed, said the same way by `npm run validate` and by the build
 * (src/data/board.ts): a line per draft month (not published; in a preview, shown there only), then
 * `✓ 检查通过：data/ 共 N 个单位，M 个年度计划，K 个月的报表，W 处提醒（…）。`
 */
import { t } from '../messages/index.ts';
import type { Issue } from '../read/issue.ts';

/** What the summary counts of a valid board (the model's own fields; validate comes before the model stage). */
export interface Checked {
  units: readonly unknown[];
  plans: readonly unknown[];
  reports: ReadonlyArray<{ file: string; status: string }>;
}

export function passedSummary(
  model: Checked,
  issues: readonly Issue[],
  { data = 'data', preview = false }: { data?: string; preview?: boolean } = {},
): string[] {
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  const drafts = model.reports
    .filter((r) => r.status === 'draft')
    .map((draft) => t(preview ? 'validate.summary.draftInPreview' : 'validate.summary.draft', { file: draft.file }));
  const counts = t('validate.summary.counts', {
    units: model.units.length,
    plans: model.plans.length,
    reports: model.reports.length,
    warnings: warnings ? t('validate.summary.counts.warnings', { warnings }) : '',
  });
  return [...drafts, t('validate.summary.passed', { data, counts })];
}
