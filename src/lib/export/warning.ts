/**
 * 预警 as a download: a year's months stacked, a row per unit per month per check ahead per
 * indicator — the run-rate projection to the check's month, its 完成率 against what the check
 * requires, whether it is projected to fall short, and the unit's months behind pace (连续落后).
 * A month with no check ahead (December) still gives each unit a row, for its run behind pace.
 */
import { indicatorOf, type Model } from '../model/model.ts';
import { PERCENT_DECIMALS } from '../present/measures.ts';
import { illustrativeNotice } from '../present/notice.ts';
import { requiredShare } from '../schema/assessments.ts';
import type { Board } from '../score/board.ts';
import { warningsAt } from '../score/warning.ts';
import { percent, type Cell, type Table } from './table.ts';

const yesNo = (v: boolean) => (v ? '是' : '否');

export function warningTable(board: Board, year: number): Table {
  const model: Model = board.model;
  const headers = [
    '月份', '组别', '单位代码', '单位', '连续落后月数', '连续落后预警',
    '考核', '考核月份', '指标', '推算累计', '计量单位', '推算完成率(%)', '考核要求(%)', '预计未达', '说明',
  ];
  // A projection is an estimate: its 累计 with one decimal (or the most any indicator states).
  const projected = Math.max(1, ...model.indicators.map((i) => i.decimals));
  const decimals = headers.map((h) => (h.endsWith('(%)') ? PERCENT_DECIMALS : h === '推算累计' ? projected : h === '连续落后月数' || h === '考核月份' ? 0 : undefined));
  const rows: Cell[][] = [];
  for (const period of board.periods.filter((p) => p.year === year)) {
    const w = warningsAt(board, period);
    if (!w) continue;
    const notice = illustrativeNotice(model.site, period);
    const groupName = new Map(period.groups.map((g) => [g.group.id, g.group.name]));
    for (const u of w.units) {
      const unit = [period.period, groupName.get(u.group) ?? u.group, u.unit, u.name, u.behindStreak, yesNo(u.flagged)];
      if (u.projections.length === 0) rows.push([...unit, null, null, null, null, null, null, null, null, notice]);
      for (const p of u.projections) {
        for (const i of p.indicators) {
          const indicator = indicatorOf(model, i.indicator);
          rows.push([...unit, p.check.name, p.check.month, indicator.name, i.value, indicator.unit, percent(i.completion), percent(requiredShare(p.check)), yesNo(p.missedOn.includes(i.indicator)), notice]);
        }
      }
    }
  }
  return { headers, decimals, rows };
}
