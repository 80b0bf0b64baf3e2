/**
 * A new year's plan as a form for the clerk (`npm run new-year -- 2006`): every unit active that
 * year listed with a blank target per indicator and last year's target in a comment beside it;
 * the ranking rule and bands carried over from last year, to be checked; source and city targets
 * to fill. Blanks fail validation, so a half-filled plan is never published.
 */
import { stringify } from 'yaml';
import type { Model } from '../model/model.ts';
import { indicatorOf } from '../schema/indicators.ts';
import { isActive } from '../schema/units.ts';
import type { Target } from '../schema/plan.ts';
import { t } from '../messages/index.ts';
import type { Assessments } from '../schema/assessments.ts';

export type NewYear = { ok: true; file: string; text: string } | { ok: false; reason: string };

const targetText = (t: Target | undefined) =>
  t === undefined ? '无目标' : t.stretch === undefined ? String(t.base) : `确保 ${t.base}，力争 ${t.stretch}`;

/** One YAML block (ranking, bands) as last year wrote it, indented under its key. */
const block = (key: string, value: unknown) =>
  stringify({ [key]: value }, { flowCollectionPadding: true })
    .trimEnd()
    .split('\n');

/**
 * Last year's `assessments:` for the clerk to confirm: the checks, new-unit rule and warning carried
 * over; the source left blank (it must be this year's, so the form cannot pass until it is written);
 * last year's exemptions only as comments (each was decided for that year).
 */
function assessmentsBlock(last: Assessments, lastYear: number, year: number): string[] {
  const { source, exemptions, ...carried } = last;
  const body = block('assessments', carried).slice(1);
  const exempt = (exemptions ?? []).map((e) => `  #   - ${stringify(e, { flow: true, lineWidth: 0 }).trim()}`);
  return [
    t('clerk.newYearAssessments', { last: lastYear }),
    'assessments:',
    t('clerk.newYearAssessmentsSource', { year, lastSource: source }),
    '  source:',
    ...body,
    ...(exempt.length > 0 ? [t('clerk.newYearExemptions', { last: lastYear }), '  # exemptions:', ...exempt] : []),
  ];
}

export function newYearPlan(model: Model, year: number, options: { dataDir?: string } = {}): NewYear {
  if (model.plans.some((p) => p.year === year)) return { ok: false, reason: t('forms.newYear.exists', { year }) };
  const last = [...model.plans].reverse().find((p) => p.year < year);
  if (!last)
    return {
      ok: false,
      reason: t('forms.newYear.noEarlierPlan'),
    };
  const name = (id: string) => indicatorOf(model, id).name;
  const lines = [
    `# ${year} 年${model.site.subject}目标任务。由 npm run new-year 生成：每个空白处填上数字，# 后面是 ${last.year} 年的目标，供参照，可保留。`,
    '# 目标写法：确保目标写一个数字；有力争目标的写 { base: 确保, stretch: 力争 }。',
    '# 某个单位某项指标不下达目标的，不要空着：删掉这一项，在文件末尾 noTargets: 下写明原因。',
    `year: ${year}`,
    t('clerk.newYearIllustrative', { year }),
    `illustrative: ${last.illustrative ?? model.site.illustrative}`,
    ...(last.illustrativeNotice
      ? [t('clerk.newYearNotice', { year, last: last.year }), `# illustrativeNotice: ${last.illustrativeNotice}`]
      : []),
    `# 目标来源（下一行冒号后面写），如：${year} 年 1 月某日全市工作会议下达、签订责任状`,
    'source:',
    `indicators: [${last.indicators.join(', ')}]`,
    'cityTargets:',
    ...last.indicators.map((id) => `  ${id}:   # ${name(id)}，${last.year} 年 ${last.cityTargets[id]}`),
    '',
    `# 排名办法和色带照抄了 ${last.year} 年，请核对今年是否有变。`,
    ...block('ranking', last.ranking),
    ...block('bands', last.bands),
    '',
    'targets:',
  ];
  for (const unit of model.units.filter((u) => isActive(u, year))) {
    lines.push(`  - unit: ${unit.id}  # ${unit.name}`);
    for (const id of last.indicators)
      lines.push(`    ${id}:   # ${name(id)}，${last.year} 年 ${targetText(last.targets[unit.id]?.[id])}`);
  }
  lines.push(
    '',
    '# 不下达目标的单位与指标，每条写明原因，如：- { unit: 单位代码, indicator: 指标代码, reason: 原因 }',
    'noTargets: []',
  );
  if (last.assessments) lines.push('', ...assessmentsBlock(last.assessments, last.year, year));
  if (last.releaseDay !== undefined)
    lines.push('', t('clerk.newYearReleaseDay', { last: last.year }), `releaseDay: ${last.releaseDay}`);
  return { ok: true, file: `${options.dataDir ?? 'data'}/plans/${year}.yaml`, text: `${lines.join('\n')}\n` };
}
