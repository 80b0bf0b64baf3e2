/**
 * One group's ranking as a short table of text cells, for the places with little room: the
 * printed 督查通报, the embed, the broadcast slides and the images. Columns: 位次, 单位, the ranking
 * score, 超/欠序时进度 with its band symbol, each indicator's 累计 and 完成率, 较上月 — with more
 * than AMOUNTS_UP_TO indicators, each indicator's 完成率 only (the 累计 figures are on the ranking
 * page and in the downloads): fourteen columns left a slide's figures 105 px for "10,850" at 38 px.
 */
import type { Model } from '../../../model/model.ts';
import { indicatorOf } from '../../../schema/indicators.ts';
import type { Band } from '../../../schema/plan.ts';
import type { GroupResult, PeriodResult, UnitResult } from '../../../score/board.ts';
import {
  DASH,
  MISSING,
  formatAmount,
  formatCumulativeLabel,
  formatMovement,
  formatPercent,
  formatPp,
} from '../../format.ts';
import { scoreLabel } from '../../queries.ts';

export interface CompactColumn {
  heading: string;
  /** A second heading line (unit of measure). */
  sub?: string;
  /**
   * The heading and its second line cut into words: a narrow column (a slide's) breaks a line between
   * them, never inside one — `合同外资` / `完成率`, not `合同外资完成` / `率`.
   */
  words: { heading: string[]; sub?: string[] };
  numeric: boolean;
}

/** A column whose heading (and second line) is written as words; the heading is the words together. */
const column = (heading: string[], numeric: boolean, sub?: string[]): CompactColumn => ({
  heading: heading.join(''),
  ...(sub ? { sub: sub.join('') } : {}),
  words: { heading, ...(sub ? { sub } : {}) },
  numeric,
});

/** `综合完成率` → 综合 · 完成率: a label ending in 完成率 breaks before it. */
const labelWords = (label: string) =>
  label.length > 3 && label.endsWith('完成率') ? [label.slice(0, -3), '完成率'] : [label];

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

/** The most indicators whose 累计 figures a compact table still shows. */
export const AMOUNTS_UP_TO = 3;

/** A place as the compact table prints it: 并列2, —, 无目标. */
const compactPlaceText = (row: UnitResult) =>
  row.state === 'ranked' ? `${row.tied ? '并列' : ''}${row.rank}` : row.state === 'missing' ? DASH : '无目标';

export function compactTable(model: Model, period: PeriodResult, group: GroupResult): CompactTable {
  const indicators = period.plan.indicators.map((id) => indicatorOf(model, id));
  const label = scoreLabel(period.plan, model);
  const cumulative = formatCumulativeLabel(period.period);
  const amounts = indicators.length <= AMOUNTS_UP_TO;
  const columns: CompactColumn[] = [
    column(['位次'], false),
    column(['单位'], false),
    column(labelWords(label), true),
    column(['超/欠', '序时'], true, ['个百分点']),
    ...indicators.flatMap((ind) => [
      ...(amounts ? [column([ind.shortName ?? ind.name], true, [cumulative, `（${ind.unit}）`])] : []),
      column([ind.shortName ?? ind.name, '完成率'], true),
    ]),
    column(['较上月'], false),
  ];
  const perIndicator = amounts ? 2 : 1;
  const rows = group.units.map((row): CompactRow => {
    const figures =
      row.state === 'missing'
        ? [MISSING, DASH, ...indicators.flatMap(() => Array<string>(perIndicator).fill(DASH))]
        : [
            formatPercent(row.score),
            `${row.band ? `${row.band.symbol} ` : ''}${formatPp(row.scoreGap)}`,
            ...row.indicators.flatMap((r, i) => [
              ...(amounts ? [formatAmount(r.value, indicators[i]?.decimals)] : []),
              formatPercent(r.completion),
            ]),
          ];
    return {
      unit: row.unit,
      state: row.state,
      band: row.band,
      cells: [compactPlaceText(row), row.shortName, ...figures, formatMovement(row.movement)],
    };
  });
  const units = [...new Set(indicators.map((i) => i.unit))].join('、');
  const note = amounts ? `单位：${units}；按${label}排名` : `各指标列为完成率（累计数见排行榜页）；按${label}排名`;
  return { groupId: group.group.id, groupName: group.group.name, columns, rows, note };
}
