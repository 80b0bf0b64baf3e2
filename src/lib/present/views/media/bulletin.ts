/**
 * /bulletins/2005-03/: the month's 督查通报 as the office prints it — masthead (title, number,
 * issuing office, date), the generated summary, each group's table, the commended and the warned
 * (a quarterly check's 红榜 and 黑榜 in its month; the top and bottom bands otherwise).
 */
import { assessAll, type Assessment, type GroupVerdict } from '../../../score/assessment.ts';
import type { Board, GroupResult, PeriodResult, UnitResult } from '../../../score/board.ts';
import { formatDate, formatPeriod } from '../../format.ts';
import { rankingRuleText } from '../../queries.ts';
import { monthSummary } from '../../summary.ts';
import { rankingUrl } from '../../urls.ts';
import { compactTable } from './compact.ts';

interface Mention {
  group: string;
  units: string[];
}

/**
 * Units of each group whose band has the tone asked for: the top band (at or above pace) is
 * commended (表扬), the bottom band (well behind) is warned (警示), as the speech rewards pace.
 */
function byTone(groups: GroupResult[], test: (u: UnitResult) => boolean): Mention[] {
  return groups
    .map((g) => ({ group: g.group.name, units: g.units.filter(test).map((u) => u.name) }))
    .filter((m) => m.units.length > 0);
}

/** A quarter's 红榜 / 黑榜, by group, when this month is a check that names them. */
function fromVerdict(a: Assessment, pick: (g: GroupVerdict) => Array<{ name: string }>): Mention[] {
  return a.groups
    .map((g) => ({ group: g.group.name, units: pick(g).map((u) => u.name) }))
    .filter((m) => m.units.length > 0);
}

export function bulletinView(board: Board, period: PeriodResult) {
  const { model } = board;
  const { site } = model;
  const bands = period.plan.bands;
  const top = bands.find((b) => b.tone === 'good');
  const bottom = bands.findLast((b) => b.tone === 'bad');
  const ranked = (u: UnitResult) => u.state === 'ranked';
  // In a month the plan assesses (一季一考评), the bulletin names that check's 红榜 and 黑榜; otherwise the bands.
  const check = assessAll(board).find((a) => a.period.period === period.period && (a.check.honour || a.check.warn));
  return {
    period,
    masthead: `${site.subject}督查通报`,
    number: `${period.year}年第${period.month}期`,
    publisher: site.publisher,
    date: formatDate(period.report.publishedOn),
    title: `关于${formatPeriod(period.period)}${site.subject}目标任务完成情况的通报`,
    summary: monthSummary(model, period),
    tables: period.groups.map((g) => compactTable(model, period, g)),
    commended: check?.check.honour
      ? { label: `${check.check.name}红榜`, symbol: '▲', mentions: fromVerdict(check, (g) => g.honour) }
      : top
        ? {
            label: top.label,
            symbol: top.symbol,
            mentions: byTone(period.groups, (u) => ranked(u) && u.band?.id === top.id),
          }
        : null,
    warned: check?.check.warn
      ? { label: `${check.check.name}黑榜`, symbol: '▼', mentions: fromVerdict(check, (g) => g.warned) }
      : bottom
        ? {
            label: bottom.label,
            symbol: bottom.symbol,
            mentions: byTone(period.groups, (u) => ranked(u) && u.band?.id === bottom.id),
          }
        : null,
    missing: byTone(period.groups, (u) => u.state === 'missing'),
    rule: rankingRuleText(period.plan, model),
    tieRule: period.plan.ranking.tieRule,
    source: period.plan.source,
    rankingHref: rankingUrl(period.period),
  };
}
