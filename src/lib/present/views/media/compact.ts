/**
 * One group's ranking as a short table of text cells, for the places with little room: the
 * printed 督查通报, the embed, the broadcast slides and the images. Columns: 位次, 单位, the ranking
 * score, 超/欠序时进度 with its band symbol, each indicator's 累计 and 完成率, 较上月.
 */
import { indicatorOf, type Model } from '../../../model/model.ts';
import type { Band } from '../../../schema/plan.ts';
import type { GroupResult, PeriodResult, UnitResult } from '../../../score/board.ts';
import { DASH, MISSING, formatAmount, formatCumulativeLabel, formatMovement, formatPercent, formatPp } from '../../format.ts';
import { scoreLabel } from '../../queries.ts';

export interface CompactColumn {
  heading: string;
  /** A second heading line (unit of measure). */
  sub?: string;
  numeric: boolean;
}

export interface CompactRow {
  unit: string;
  state: UnitResult['state'];
  band: Band | null;
  /** One text per column; a 未报送 row has its word in the score cell and dashes after. */
  cells: string[];
}

export interface CompactTable {
  groupId: string;
  groupName: string;
  columns: CompactColumn[];
  rows: CompactRow[];
  /** 单位：万美元；按综合完成率排名. */
  note: string;
}

const placeText = (row: UnitResult) =>
  row.state === 'ranked' ? `${row.tied ? '并列' : ''}${row.rank}` : row.state === 'missing' ? DASH : '无目标';

export function compactTable(model: Model, period: PeriodResult, group: GroupResult): CompactTable {
  const indicators = period.plan.indicators.map((id) => indicatorOf(model, id));
  const label = scoreLabel(period.plan, model);
  const cumulative = formatCumulativeLabel(period.period);
  const columns: CompactColumn[] = [
    { heading: '位次', numeric: false },
    { heading: '单位', numeric: false },
    { heading: label, numeric: true },
    { heading: '超/欠序时', sub: '个百分点', numeric: true },
    ...indicators.flatMap((ind) => [
      { heading: `${ind.shortName ?? ind.name}`, sub: `${cumulative}（${ind.unit}）`, numeric: true },
      { heading: `${ind.shortName ?? ind.name}完成率`, numeric: true },
    ]),
    { heading: '较上月', numeric: false },
  ];
  const rows = group.units.map((row): CompactRow => {
    const figures =
      row.state === 'missing'
        ? [MISSING, DASH, ...indicators.flatMap(() => [DASH, DASH])]
        : [
            formatPercent(row.score),
            `${row.band ? `${row.band.symbol} ` : ''}${formatPp(row.scoreGap)}`,
            ...row.indicators.flatMap((r, i) => [formatAmount(r.value, indicators[i].decimals), formatPercent(r.completion)]),
          ];
    return { unit: row.unit, state: row.state, band: row.band, cells: [placeText(row), row.shortName, ...figures, formatMovement(row.movement)] };
  });
  const units = [...new Set(indicators.map((i) => i.unit))].join('、');
  return { groupId: group.group.id, groupName: group.group.name, columns, rows, note: `单位：${units}；按${label}排名` };
}
