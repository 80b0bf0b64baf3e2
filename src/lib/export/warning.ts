/**
 * 预警 as a download: a year's months stacked, a row per unit per month — its months behind pace
 * (连续落后) and, for every check of the year, the 完成率 it is projected to reach by the check's
 * month at its run rate and the indicators projected to fall short (blank once the check's month
 * has come: nothing is projected to it any more). One column per check and indicator, so a year of
 * 300 units stays one row per unit and month.
 */
import type { Model } from '../model/model.ts';
import { indicatorOf } from '../schema/indicators.ts';
import { PERCENT_DECIMALS } from '../present/measures.ts';
import { illustrativeNotice } from '../present/notice.ts';
import type { Board } from '../score/board.ts';
import { checksAhead, warningsAt } from '../score/warning.ts';
import { percent, type Cell, type Table } from './table.ts';

export function warningTable(board: Board, year: number): Table {
  const model: Model = board.model;
  const months = board.periods.filter((p) => p.year === year && p.plan.assessments);
  const plan = months[0]?.plan;
  // Every check a month of the year projects to (the strictest of each month), in month order.
  const checks = plan ? checksAhead(plan.assessments!.checks, 0) : [];
  const indicators = (plan?.indicators ?? []).map((id) => indicatorOf(model, id));
  const headers = [
    '月份',
    '组别',
    '单位代码',
    '单位',
    '连续落后月数',
    '连续落后预警',
    ...checks.flatMap((c) => [...indicators.map((i) => `${c.name}${i.name}推算完成率(%)`), `${c.name}预计未达`]),
    '说明',
  ];
  const decimals = headers.map((h) => (h.endsWith('(%)') ? PERCENT_DECIMALS : h === '连续落后月数' ? 0 : undefined));
  const rows: Cell[][] = [];
  for (const period of months) {
    const w = warningsAt(board, period)!;
    const notice = illustrativeNotice(model.site, period);
    const groupName = new Map(period.groups.map((g) => [g.group.id, g.group.name]));
    for (const u of w.units) {
      const projected = checks.flatMap((c) => {
        const p = u.projections.find((x) => x.check.id === c.id);
        if (!p) return [...indicators.map(() => null), null];
        // Left out of the warning (exempt unit, exempt or target-less indicator): no projection is shown for it.
        if (p.excluded) return [...indicators.map(() => null), `不列入预警（${p.excluded}）`];
        const unreported = p.indicators.every((x) => x.value === null);
        const names = p.missedOn.map((id) => indicatorOf(model, id).name).join('、');
        const missed = unreported ? `${names}（未报送，无法推算）` : names || '否';
        const shown = (id: string) => p.indicators.find((x) => x.indicator === id && x.judged)?.completion;
        return [...indicators.map((i) => percent(shown(i.id))), missed];
      });
      rows.push([
        period.period,
        groupName.get(u.group) ?? u.group,
        u.unit,
        u.name,
        u.behindStreak,
        u.flagged ? '是' : '否',
        ...projected,
        notice,
      ]);
    }
  }
  return { headers, decimals, rows };
}
