/**
 * /bulletins/2005-03/: the month's 督查通报 as the office prints it — masthead (title, number,
 * issuing office, date), the generated summary, each group's table, the commended and the warned
 * (a quarterly check's 红榜 and 黑榜 in its month; the top and bottom bands otherwise).
 */
import { assessAll, type Assessment, type GroupVerdict } from '../../../score/assessment.ts';
import type { Board, GroupResult, PeriodResult, UnitResult } from '../../../score/board.ts';
import type { Band } from '../../../schema/plan.ts';
import { formatDate, formatPeriod } from '../../format.ts';
import { illustrativeNotice } from '../../notice.ts';
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

/**
 * The 通报 as issued, from site.yaml's `bulletin:` and the month's own `bulletin:`: the 文号 (机关代字〔年〕号,
 * the number the month's unless the report sets one), 抄送 and 印发 (office and date, publishedOn unless the
 * report sets one). Null without site.yaml's block: the 通报 then carries its 期号 only.
 */
export function bulletinIssue(board: Board, period: PeriodResult) {
  const issue = board.model.site.bulletin;
  if (!issue) return null;
  const own = period.report.bulletin ?? {};
  return {
    docNumber: `${issue.code}〔${period.year}〕${own.number ?? period.month}号`,
    copyTo: issue.copyTo ?? null,
    printedBy: issue.printedBy,
    printedOn: formatDate(own.printedOn ?? period.report.publishedOn),
    printedOnIso: own.printedOn ?? period.report.publishedOn,
    illustrative: issue.illustrative === true,
  };
}

export function bulletinView(board: Board, period: PeriodResult) {
  const { model } = board;
  const { site } = model;
  const bands = period.plan.bands;
  /** The ranked units of the best (or the worst) band, by group, under the band's own label. */
  const inBand = (band: Band | undefined) =>
    band
      ? {
          label: band.label,
          symbol: band.symbol,
          mentions: byTone(period.groups, (u) => u.state === 'ranked' && u.band?.id === band.id),
        }
      : null;
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
      : inBand(bands.find((b) => b.tone === 'good')),
    warned: check?.check.warn
      ? { label: `${check.check.name}黑榜`, symbol: '▼', mentions: fromVerdict(check, (g) => g.warned) }
      : inBand(bands.findLast((b) => b.tone === 'bad')),
    missing: byTone(period.groups, (u) => u.state === 'missing'),
    rule: rankingRuleText(period.plan, model),
    tieRule: period.plan.ranking.tieRule,
    source: period.plan.source,
    rankingHref: rankingUrl(period.period),
    issue: bulletinIssue(board, period),
    /** Printed in the closing block (版记), not above the masthead. */
    notice: illustrativeNotice(site, period),
  };
}
