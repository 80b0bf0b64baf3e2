/**
 * A month's totals as CSV (totals-YYYY-MM.csv): the city's and each group's, per indicator, with the
 * figures a total carries for 未报送 units written out — the same sums as rankings-YYYY-MM.json's `city`
 * and `groups.*.total`, for a reader who opens CSV only (the unit tables keep one row per unit).
 */
import type { Model } from '../model/model.ts';
import { formatWholeArea } from '../present/format.ts';
import { PERCENT_DECIMALS } from '../present/measures.ts';
import { CARRIED_MARK } from '../present/methodology-rules.ts';
import { illustrativeNotice } from '../present/notice.ts';
import { indicatorOf } from '../schema/indicators.ts';
import { groupTotal } from '../score/assessment.ts';
import type { CarriedFigure, PeriodResult } from '../score/board.ts';
import { paceGap } from '../score/formulas.ts';
import { round } from '../score/round.ts';
import { percent, type Cell, type Table } from './table.ts';

/** “新丰镇 35（2005-01 报送）”, or “… 0（本年未报送）”: what a total holds for each 未报送 unit. */
function carriedText(model: Model, carried: CarriedFigure[]): string | null {
  if (carried.length === 0) return null;
  const name = (id: string) => model.units.find((u) => u.id === id)?.name ?? id;
  return carried.map((c) => `${name(c.unit)} ${c.value}（${c.from ? `${c.from} 报送` : '本年未报送'}）`).join('；');
}

/** An amount at its indicator's decimals (rows of one file hold different indicators), as text. */
const amount = (value: number | null | undefined, decimals: number) =>
  value === null || value === undefined ? null : round(value, decimals).toFixed(decimals);

export function totalsTable(model: Model, p: PeriodResult): Table {
  const notice = illustrativeNotice(model.site, p);
  const headers = [
    '月份',
    '范围',
    '组别代码',
    '指标代码',
    '指标',
    '目标',
    '1—N月累计',
    '计量单位',
    '完成率(%)',
    '超欠序时进度(百分点)',
    '未报送单位数',
    CARRIED_MARK,
    '说明',
  ];
  const percentColumns = new Set(['完成率(%)', '超欠序时进度(百分点)']);
  const rows: Cell[][] = [];
  const whole = formatWholeArea(model.site.city);
  for (const c of p.city) {
    const indicator = indicatorOf(model, c.indicator);
    rows.push([
      p.period,
      whole,
      null,
      c.indicator,
      indicator.name,
      amount(c.target?.base, indicator.decimals),
      amount(c.value, indicator.decimals),
      indicator.unit,
      percent(c.completion),
      c.paceGap,
      c.missingUnits,
      carriedText(model, c.carriedUnits),
      notice,
    ]);
  }
  for (const g of p.groups)
    for (const t of groupTotal(g, p.pace).indicators) {
      const indicator = indicatorOf(model, t.indicator);
      rows.push([
        p.period,
        g.group.name,
        g.group.id,
        t.indicator,
        indicator.name,
        amount(t.target, indicator.decimals),
        amount(t.value, indicator.decimals),
        indicator.unit,
        percent(t.completion),
        paceGap(t.completion, p.month),
        g.units.filter(
          (u) => u.state === 'missing' && u.indicators.some((i) => i.indicator === t.indicator && i.target),
        ).length,
        carriedText(model, t.carried),
        notice,
      ]);
    }
  const decimals = headers.map((h) =>
    percentColumns.has(h) ? PERCENT_DECIMALS : h === '未报送单位数' ? 0 : undefined,
  );
  return { headers, decimals, rows };
}
