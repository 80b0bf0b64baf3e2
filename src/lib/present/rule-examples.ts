/**
 * A worked example for each rule the methodology states, found in the board's own data (a real unit and
 * month where the rule shows) and worked by the scoring code; where the data holds no such case, a small
 * hypothetical one, labelled as such, run through the same code. Never a number typed by hand.
 */
import { indicatorOf } from '../schema/indicators.ts';
import type { Plan } from '../schema/plan.ts';
import { assessAll } from '../score/assessment.ts';
import { bandFor, type Board, type PeriodResult } from '../score/board.ts';
import { completionRate, paceGap } from '../score/formulas.ts';
import { round } from '../score/round.ts';
import { checksAhead } from '../score/warning.ts';
import { formatAmount, formatMonth, formatPercent, formatPp } from './format.ts';
import { scoreLabel } from './queries.ts';

/** The label every example not taken from the data carries. */
export const HYPOTHETICAL = '（假设的例子，按本站同样的计算办法算出）';

type Example = (board: Board) => string | null;

const rowsOf = (p: PeriodResult) => p.groups.flatMap((g) => g.units.map((u) => ({ p, g, u })));
const allRows = (board: Board) => board.periods.flatMap(rowsOf);
const latestPlan = (board: Board): Plan | undefined => board.periods.at(-1)?.plan ?? board.model.plans.at(-1);
const bandName = (gap: number | null, plan: Plan) => {
  const band = bandFor(gap, plan.bands);
  return band ? `${band.symbol}“${band.label}”` : '无色带';
};
const nameOf = (board: Board, id: string) => indicatorOf(board.model, id).name;

/** 1. The band of a unit follows its score's gap, not its worst indicator's. */
const bandByScore: Example = (board) => {
  // An indicator in another band than its unit, with a gap that does not print as 0.0 (rule 9's case).
  const differs = (p: PeriodResult, u: { band: unknown }, gap: number | null) =>
    gap !== null && round(gap, 1) !== 0 && bandFor(gap, p.plan.bands) !== u.band;
  const found = allRows(board).find(
    ({ p, u }) =>
      u.state === 'ranked' && round(u.scoreGap ?? 0, 1) !== 0 && u.indicators.some((i) => differs(p, u, i.paceGap)),
  );
  if (!found) return null;
  const { p, u } = found;
  const other = u.indicators.find((i) => differs(p, u, i.paceGap))!;
  return `${formatMonth(p.period)}，${u.name}${scoreLabel(p.plan, board.model)} ${formatPercent(u.score)}，超/欠序时进度 ${formatPp(u.scoreGap)}，属${bandName(u.scoreGap, p.plan)}；其中${nameOf(board, other.indicator)}完成率 ${formatPercent(other.completion)}，单看这一项是 ${formatPp(other.paceGap)}，属${bandName(other.paceGap, p.plan)}。表中按前者着色。`;
};

/** 2. A gap of exactly the band's limit falls in the higher band. */
const bandBoundary: Example = (board) => {
  const plan = latestPlan(board);
  const limit = plan?.bands.find((b) => b.minGap !== undefined && b.minGap < 0);
  if (!plan || limit?.minGap === undefined) return null;
  const month = 3;
  const target = 400;
  // The cumulative that puts a unit exactly minGap points behind pace in March.
  const value = round(target * (month / 12 + limit.minGap / 100), 6);
  const gap = paceGap(completionRate(value, target), month);
  return `${HYPOTHETICAL}某单位确保目标 ${formatAmount(target)}，3 月末累计 ${formatAmount(value)}，完成率 ${formatPercent(completionRate(value, target))}，序时进度 ${formatPercent(month / 12)}，超/欠序时进度恰为 ${formatPp(gap)}，属${bandName(gap, plan)}。`;
};

/** 3. A check in its own month is due: the warnings of that month project only to the later checks. */
const checkDue: Example = (board) => {
  const plan = board.model.plans.find((p) => p.assessments?.checks.length);
  const check = plan?.assessments?.checks[0];
  if (!plan || !check) return null;
  const ahead = checksAhead(plan.assessments!.checks, check.month).map((c) => `${c.name}（${c.month} 月）`);
  return `${plan.year}年${check.month}月的数据发布时，${check.name}已到期，直接公布结果；这一期的预警只推算以后的考核：${ahead.join('、') || '无'}。`;
};

/** 4. A group's average is the mean of the unrounded figures, rounded once. */
const averageUnrounded: Example = (board) => {
  for (const p of board.periods) {
    for (const g of p.groups) {
      const scores = g.units.flatMap((u) => (u.score === null ? [] : [u.score * 100]));
      if (scores.length < 2) continue;
      const exact = scores.reduce((a, b) => a + b, 0) / scores.length;
      const ofRounded = scores.map((s) => round(s, 1)).reduce((a, b) => a + b, 0) / scores.length;
      if (round(exact, 1) !== round(ofRounded, 1))
        return `${formatMonth(p.period)}，${g.group.name}${scores.length}个单位${scoreLabel(p.plan, board.model)}的平均：用未四舍五入的数算得 ${formatPercent(exact / 100)}；若先把各单位的数四舍五入到一位小数再平均，会得 ${formatPercent(ofRounded / 100)}。本站公布前者。`;
    }
  }
  return null;
};

/** 5. 当月新增 after a 未报送 month is empty. */
const increaseAfterMissing: Example = (board) => {
  for (const [k, p] of board.periods.entries()) {
    const before = board.periods[k - 1];
    if (!before || before.year !== p.year) continue;
    const late = rowsOf(before).find(({ u }) => u.state === 'missing');
    const now =
      late &&
      rowsOf(p).find(
        ({ u }) =>
          u.unit === late.u.unit && u.state !== 'missing' && u.indicators.every((i) => i.monthIncrease === null),
      );
    if (!late || !now) continue;
    const ind = now.u.indicators.find((i) => i.value !== null)!;
    return `${now.u.name}${formatMonth(before.period)}未报送，${formatMonth(p.period)}报送${nameOf(board, ind.indicator)}累计 ${formatAmount(ind.value, indicatorOf(board.model, ind.indicator).decimals)}：这个数包含两个月的增加，不能当作一个月，所以${formatMonth(p.period)}的当月新增空着。`;
  }
  return null;
};

/** 6. 上年同期 is shown for a unit that did not report this month. */
const lastYearWhenMissing: Example = (board) => {
  const found = allRows(board).find(({ u }) => u.state === 'missing' && u.indicators.some((i) => i.lastYear !== null));
  if (!found) return null;
  const ind = found.u.indicators.find((i) => i.lastYear !== null)!;
  return `${found.u.name}${formatMonth(found.p.period)}未报送，本月的数字和同比都空着，但上年同期的${nameOf(board, ind.indicator)} ${formatAmount(ind.lastYear, indicatorOf(board.model, ind.indicator).decimals)} 照常列出。`;
};

/** 7. A unit exempt as new this year still shows each indicator's result. */
const newUnitIndicators: Example = (board) => {
  for (const a of assessAll(board)) {
    for (const g of a.groups) {
      const u = g.units.find(
        (v) => v.outcome === 'exempt' && v.indicators.some((i) => i.outcome === 'pass' || i.outcome === 'fail'),
      );
      if (!u) continue;
      const shown = u.indicators
        .filter((i) => i.outcome === 'pass' || i.outcome === 'fail')
        .map((i) => `${nameOf(board, i.indicator)}${i.outcome === 'pass' ? a.check.passLabel : a.check.failLabel}`);
      return `${a.check.name}，${u.name}（${u.reason}）总体结果为“免考”，表中仍列出各项指标的结果：${shown.join('，')}。`;
    }
  }
  return null;
};

/** 8. 红榜 前N名: the N best-placed units among those that passed, by the ranking's place. */
const honourList: Example = (board) => {
  const cases = assessAll(board).flatMap((a) => a.groups.map((g) => ({ a, g })));
  // Most telling: a red list holding a unit placed below N, because better-placed units failed.
  const telling =
    cases.find(({ a, g }) => g.honour.some((u) => (u.rank ?? 0) > (a.check.honour ?? 0))) ??
    cases.find(({ g }) => g.honour.length > 0);
  if (!telling) return null;
  const { a, g } = telling;
  const passed = g.units.filter((u) => u.outcome === 'pass' && u.rank !== null).length;
  const list = g.honour.map((u) => `${u.name}（第 ${u.rank} 位）`).join('、');
  return `${a.check.name}，${g.group.name}有 ${passed} 个单位“${a.check.passLabel}”，红榜列入其中位次最前的：${list}。`;
};

/** 9. An exact 0 is on pace; a little behind shows 0.0 with a minus sign and counts behind. */
const zeroSign: Example = (board) => {
  const plan = latestPlan(board);
  if (!plan) return null;
  const real = allRows(board).find(({ u }) => u.scoreGap !== null && u.scoreGap < 0 && round(u.scoreGap, 1) === 0);
  const behind = real
    ? `${formatMonth(real.p.period)}，${real.u.name}落后序时进度 ${round(-real.u.scoreGap!, 2)} 个百分点，四舍五入后显示为带负号的 0.0，属${bandName(real.u.scoreGap, plan)}，计为落后`
    : `${HYPOTHETICAL}落后 0.03 个百分点的单位，显示为带负号的 0.0，属${bandName(-0.03, plan)}，计为落后`;
  return `${behind}；恰好等于序时进度的（差值为 0），显示 0.0，不带正负号，属${bandName(0, plan)}。`;
};

/** The worked example of each rule that has one, by the rule's id. */
export const RULE_EXAMPLES: Record<string, Example> = {
  'band-by-score': bandByScore,
  'band-boundary': bandBoundary,
  'check-due': checkDue,
  'average-unrounded': averageUnrounded,
  'increase-after-missing': increaseAfterMissing,
  'last-year-when-missing': lastYearWhenMissing,
  'new-unit-indicators': newUnitIndicators,
  'honour-list': honourList,
  'unrounded-decisions': zeroSign,
};

export const ruleExample = (board: Board, id: string) => RULE_EXAMPLES[id]?.(board) ?? null;
