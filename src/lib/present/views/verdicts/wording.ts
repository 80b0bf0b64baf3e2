/**
 * The words of the year's verdicts, from the plan's rules: each check's rule in a paragraph, the
 * outcome labels, the early-warning method. Shared by the pages, the methodology and the downloads.
 */
import type { Model } from '../../../model/model.ts';
import { indicatorOf } from '../../../schema/indicators.ts';
import { requiredShare, type Assessments, type Check } from '../../../schema/assessments.ts';
import type { IndicatorOutcome, UnitOutcome, UnitVerdict } from '../../../score/assessment.ts';
import { formatCount, formatPercent } from '../../format.ts';
import { CARRIED_MARK } from '../../methodology-rules.ts';

export const EXEMPT_LABEL = '免考';
export const NO_TARGET_LABEL = '无目标';

/** A unit's overall result in the check's own words: 实现双过半 / 未达双过半 / 免考. */
export function outcomeLabel(check: Check, outcome: UnitOutcome | IndicatorOutcome): string {
  if (outcome === 'pass') return check.passLabel;
  if (outcome === 'fail') return check.failLabel;
  return outcome === 'exempt' ? EXEMPT_LABEL : NO_TARGET_LABEL;
}

/** A symbol beside the words, so a verdict reads without colour: ✓ pass, ✗ fail, ○ exempt or not judged. */
export const outcomeSymbol = (outcome: UnitOutcome | IndicatorOutcome) =>
  outcome === 'pass' ? '✓' : outcome === 'fail' ? '✗' : '○';

/** What a check requires, in words: 序时进度（25.0%） or 确保目标的 50.0%. */
export const requirementText = (check: Check) =>
  check.threshold === 'pace'
    ? `序时进度（${check.month}/12，即 ${formatPercent(requiredShare(check))}）`
    : `确保目标的 ${formatPercent(requiredShare(check))}`;

/**
 * The rule of one check, as sentences, for the top of its page and the methodology. `cityTarget` is
 * the plan's city targets in words (cityTargetText): the city is judged against them.
 */
export function checkRuleText(check: Check, rules: Assessments, area: string, cityTarget: string): string[] {
  const lines = [
    `以 ${check.month} 月末的 1—${check.month}月累计数为准。每个单位每一项有目标的指标，完成率（累计 ÷ 确保目标，不四舍五入）都达到${requirementText(check)}的，为“${check.passLabel}”；任何一项未达到的，为“${check.failLabel}”。当月未报送的单位按未达到计。`,
    `没有目标的指标不考；${rules.newUnits && check.month <= rules.newUnits.exemptThrough ? `当年新设的单位${rules.newUnits.reason.startsWith('当年新设') ? '' : `（${rules.newUnits.reason}）`}免考；` : ''}书面批准免考的单位或指标，按计划所列理由免考，理由列在表中。`,
    `各组另按合计数判断：组内有该项目标的单位的累计之和 ÷ 这些单位的确保目标之和（免考的单位和指标照样计入）。${area}按${area}合计 ÷ 年度计划下达的${area}目标（${cityTarget}）判断，不用各单位目标之和。每一项指标都达到${requirementText(check)}，为“${check.passLabel}”。`,
    `合计中，当月未报送的单位计其本年最近一次报送的累计数（本年尚未报送的按 0 计），合计因此不会因迟报而减少；这样的合计标“${CARRIED_MARK}”。`,
  ];
  if (check.honour)
    lines.push(
      `红榜：各组“${check.passLabel}”的单位中，按排行榜位次取前${formatCount(check.honour)}名（与第${formatCount(check.honour)}名并列的一并列入）。`,
    );
  if (check.warn)
    lines.push(
      `黑榜：各组“${check.failLabel}”的单位中，按位次取最后${formatCount(check.warn)}名（未报送单位排在最后；并列的一并列入）。达到要求的单位不列入黑榜。`,
    );
  if (check.stretch) lines.push('另列出完成全部力争目标的单位（只看有力争目标的指标）。');
  return lines;
}

/** The early-warning method in words. */
export function warningMethodText(rules: Assessments, scoreName: string): string[] {
  return [
    `预测方法（按当前进度推算）：某项指标到某月的预计累计 = 最新累计 ÷ 已过月数 × 该月月数，即按 1 月至今的月均进度走完余下月份；预计完成率 = 预计累计 ÷ 确保目标。它只是提醒，不是考核结果。`,
    `对每一项尚未到期的考核（同一月份有几项的，取要求最高的一项），按上述方法预计其完成率，预计达不到要求的单位列入预警名单。`,
    `连续落后：${scoreName}低于序时进度（或当月未报送）的月份，从最新一期往前连续${formatCount(rules.warning.behindMonths)}个月或以上的，标为“连续落后”。`,
  ];
}

/** Names of the units, 、-joined, or 无. */
export const unitNames = (units: UnitVerdict[]) => (units.length ? units.map((u) => u.name).join('、') : '无');

/** The indicator names a unit failed on. */
export const failedNames = (model: Model, unit: UnitVerdict) =>
  unit.failedOn.map((id) => indicatorOf(model, id).name).join('、');
