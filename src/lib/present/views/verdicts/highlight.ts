/**
 * The home page's headline verdict (e.g. 首季开门红): shown from the publication of the check's
 * month until the next check's month is published, with the city's and each group's result.
 */
import { indicatorOf } from '../../../schema/indicators.ts';
import { assessAll } from '../../../score/assessment.ts';
import type { Board, PeriodResult } from '../../../score/board.ts';
import { formatPercent } from '../../format.ts';
import { assessmentUrl } from '../../urls.ts';
import { outcomeSymbol } from './wording.ts';

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
