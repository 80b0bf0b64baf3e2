/**
 * The home page's headline verdicts: a check's headline (e.g. 首季开门红), shown from the publication
 * of its month until the next check's month is published, with the city's and each group's result;
 * and at the year's end the 年终考核 — who met the year's targets, the units that failed it (一票否决),
 * the 红榜/黑榜 — from December's publication until the next year's first month is published.
 */
import { indicatorOf } from '../../../schema/indicators.ts';
import type { Check } from '../../../schema/assessments.ts';
import { assessAll, type TotalVerdict, type UnitVerdict } from '../../../score/assessment.ts';
import type { Board, PeriodResult } from '../../../score/board.ts';
import { checksAhead } from '../../../score/warning.ts';
import { formatPercent, formatWholeArea } from '../../format.ts';
import { carriedText } from '../../methodology-rules.ts';
import { assessmentUrl, unitUrl } from '../../urls.ts';
import { failedNames, outcomeSymbol, requirementText } from './wording.ts';

export function highlightView(board: Board, latest: PeriodResult) {
  const checks = latest.plan.assessments?.checks ?? [];
  const check = checks.findLast((c) => c.highlight && c.month <= latest.month);
  const nextMonth = checks.find((c) => check && c.month > check.month)?.month ?? 13;
  if (!check || latest.month >= nextMonth) return undefined;
  const a = assessAll(board).find((x) => x.year === latest.year && x.check.id === check.id);
  if (!a) return undefined;
  const result = (pass: boolean, parts: Array<{ indicator: string; completion: number }>) => ({
    pass,
    text: `${outcomeSymbol(pass ? 'pass' : 'fail')} ${pass ? `实现${check.highlight}` : `未实现${check.highlight}`}`,
    parts: parts.map((i) => `${indicatorOf(board.model, i.indicator).name} ${formatPercent(i.completion)}`).join('，'),
  });
  return {
    title: `${a.year}年${check.highlight}`,
    href: assessmentUrl(a.year, check.id),
    linkText: `${a.year}年${check.name}全部结果`,
    requirement:
      check.threshold === 'pace'
        ? `${check.month}月末序时进度 ${formatPercent(a.required)}`
        : `确保目标的 ${formatPercent(a.required)}`,
    city: result(a.city.pass, a.city.indicators),
    groups: a.groups.map((g) => ({ name: g.group.name, ...result(g.total.pass, g.total.indicators) })),
  };
}

/**
 * The year-end check of a plan: the strictest of its December checks (年终考核 asks the whole
 * target; of equals, the one with a fixed share, as the early warning chooses), or undefined.
 */
export const yearEndCheck = (checks: Check[]): Check | undefined => checksAhead(checks, 11).find((c) => c.month === 12);

/**
 * The home page's 年终考核, led with from December's publication until the next year's first month is
 * published (then the latest month is January and this is undefined): the city's and each group's
 * total against the year's targets, and per group who met them, the units that failed (一票否决 in the
 * plan's words), the 红榜 and 黑榜 and those that met their 力争 target, with the plan's consequences.
 */
export function yearEndView(board: Board, latest: PeriodResult) {
  const check = latest.month === 12 ? yearEndCheck(latest.plan.assessments?.checks ?? []) : undefined;
  const a = check && assessAll(board).find((x) => x.year === latest.year && x.check.id === check.id);
  if (!check || !a) return undefined;
  const { model } = board;
  const total = (t: TotalVerdict) => ({
    pass: t.pass,
    text: `${outcomeSymbol(t.pass ? 'pass' : 'fail')} ${t.pass ? '完成年度目标' : '未完成年度目标'}`,
    parts: t.indicators.map((i) => `${indicatorOf(model, i.indicator).name} ${formatPercent(i.completion)}`).join('，'),
    carried: carriedText(
      model,
      t.indicators.flatMap((i) => i.carried),
    ),
  });
  const link = (u: UnitVerdict) => ({ name: u.name, href: unitUrl(u.unit) });
  const units = a.groups.flatMap((g) => g.units);
  const count = (outcome: UnitVerdict['outcome']) => units.filter((u) => u.outcome === outcome).length;
  return {
    title: `${a.year}年${check.name}`,
    href: assessmentUrl(a.year, check.id),
    linkText: `${a.year}年${check.name}全部结果与规则`,
    /** 按 12 月末的 1—12月累计，对照年度确保目标 (or the check's own share). */
    requirement: `按 12 月末的 1—12月累计，对照${check.threshold === 1 ? '年度确保目标' : requirementText(check)}`,
    passLabel: check.passLabel,
    failLabel: check.failLabel,
    counts: `单位${check.passLabel} ${count('pass')} 个、${check.failLabel} ${count('fail')} 个${count('exempt') ? `、免考 ${count('exempt')} 个` : ''}`,
    area: formatWholeArea(model.site.city),
    city: total(a.city),
    groups: a.groups.map((g) => ({
      name: g.group.name,
      total: total(g.total),
      passed: g.units.filter((u) => u.outcome === 'pass').map((u) => ({ ...link(u), stretch: u.stretchMet === true })),
      failed: g.units
        .filter((u) => u.outcome === 'fail')
        .map((u) => ({ ...link(u), on: u.missing ? '未报送' : failedNames(model, u) })),
      honour: check.honour ? g.honour.map(link) : undefined,
      warned: check.warn ? g.warned.map(link) : undefined,
    })),
    consequences: [check.consequences?.pass, check.consequences?.stretch, check.consequences?.fail].filter(
      (text): text is string => Boolean(text),
    ),
  };
}
