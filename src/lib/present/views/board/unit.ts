/** /units/<id>/: a unit's targets, its month-by-month figures against target and pace, its places and remarks. */
import { indicatorOf } from '../../../schema/indicators.ts';
import type { Unit } from '../../../schema/units.ts';
import type { Board } from '../../../score/board.ts';
import { timePace } from '../../../score/formulas.ts';
import type { ChartSpec } from '../../chart.ts';
import { formatAmount, formatMonthShort, formatPaceGapText, formatPercent, formatPeriod } from '../../format.ts';
import { MEASURES } from '../../measures.ts';
import { scoreLabel, unitHistory } from '../../queries.ts';
import { averageLine } from '../../compare.ts';
import { compareUrl, rankingUrl, unitDataUrl, unitsUrl, unitChartId } from '../../urls.ts';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const monthLabels = MONTHS.map((m) => `${m}月`);

/** What the page says of the latest month: its place, or why it has none. */
function latestLine(board: Board, unit: Unit) {
  const latest = unitHistory(board, unit.id).at(-1);
  return (
    latest && {
      ...latest,
      href: rankingUrl(latest.period.period),
      scoreLabel: scoreLabel(latest.period.plan, board.model),
    }
  );
}

/**
 * A comparison of the unit with its group's leader (the runner-up, if it leads) and its group's average,
 * in the unit's latest year (the year only in the address when it is not the board's latest).
 */
function compareLink(board: Board, unit: Unit, year: number | undefined) {
  if (year === undefined) return undefined;
  const last = board.periods.filter((p) => p.year === year).at(-1);
  const ranked = last?.groups.find((g) => g.group.id === unit.group)?.units.filter((u) => u.state === 'ranked') ?? [];
  const other = ranked.find((u) => u.unit !== unit.id);
  const leads = ranked[0]?.unit === unit.id;
  const units = [unit.id, ...(other ? [other.unit] : []), averageLine(unit.group)];
  return {
    href: compareUrl({ units, year: year === board.periods.at(-1)?.year ? undefined : year }),
    label: !other ? '与组平均对比' : leads ? '与本组第二名和组平均对比' : '与本组第一名和组平均对比',
  };
}

export function unitView(board: Board, unit: Unit) {
  const { model } = board;
  const group = model.groups.find((g) => g.id === unit.group)!;
  const history = unitHistory(board, unit.id);
  const years = [...new Set(history.map((h) => h.period.year))].sort((a, b) => b - a);
  return {
    model,
    unit,
    group,
    unitsHref: unitsUrl(),
    latest: latestLine(board, unit),
    downloads: [{ href: unitDataUrl(unit.id), label: 'CSV' }],
    compare: compareLink(board, unit, history.at(-1)?.period.year),
    years: years.map((year) => {
      const rows = history
        .filter((h) => h.period.year === year)
        .map((h) => ({ ...h, href: rankingUrl(h.period.period) }));
      const last = rows.at(-1)!;
      const plan = last.period.plan;
      const byMonth = (m: number) => rows.find((h) => h.period.month === m);
      const groupSize = Math.max(...rows.map((h) => h.group.units.length));
      const ranked = rows.filter((h) => h.row.rank !== null);
      const best = ranked.length ? Math.min(...ranked.map((h) => h.row.rank!)) : null;
      const lastMonth = formatMonthShort(last.period.period);
      return {
        year,
        rows,
        last,
        plan,
        remarks: rows.filter((h) => h.row.remark),
        groupSize,
        indicators: plan.indicators.map((id, i) => {
          const indicator = indicatorOf(model, id);
          // A row has a result for each indicator of its plan, in the plan's order.
          const lastResult = last.row.indicators[i];
          if (!lastResult) throw new Error(`${unit.id}: no result for ${id} in ${last.period.period}`);
          const target = lastResult.target;
          const lastValue = [...rows].reverse().find((h) => (h.row.indicators[i]?.value ?? null) !== null);
          const lr = lastValue?.row.indicators[i];
          const spec: ChartSpec = {
            labels: monthLabels,
            yTitle: indicator.unit,
            format: 'amount',
            decimals: indicator.decimals,
            series: [
              {
                label: '1—N月累计',
                kind: 'value',
                values: MONTHS.map((m) => byMonth(m)?.row.indicators[i]?.value ?? null),
              },
              ...(target
                ? [
                    {
                      label: MEASURES.paceAmount.name,
                      kind: 'pace' as const,
                      values: MONTHS.map((m) => MEASURES.paceAmount.get(lastResult, { pace: timePace(m) })),
                    },
                    { label: '确保目标', kind: 'target' as const, values: MONTHS.map(() => target.base) },
                  ]
                : []),
              ...(target?.stretch !== undefined
                ? [{ label: '力争目标', kind: 'stretch' as const, values: MONTHS.map(() => target.stretch!) }]
                : []),
            ],
          };
          const caption = !target
            ? `${indicator.name}：本年无目标，仅列累计数`
            : lr && lastValue
              ? `${indicator.name}：${formatPeriod(lastValue.period.period)}累计 ${formatAmount(lr.value, indicator.decimals)} ${indicator.unit}，完成确保目标 ${formatPercent(lr.completion)}，${formatPaceGapText(lr.paceGap)}`
              : `${indicator.name}：本年尚无报送数字`;
          const description = target
            ? `图：逐月累计（实线圆点）与序时进度线（虚线，确保目标 × 月数 ÷ 12）、确保目标${target.stretch !== undefined ? '、力争目标' : ''}，单位${indicator.unit}`
            : `图：逐月累计（实线圆点），单位${indicator.unit}`;
          return { index: i, indicator, spec, caption, description, id: unitChartId(unit.id, year, indicator.id) };
        }),
        rankChart: {
          id: unitChartId(unit.id, year, 'rank'),
          spec: {
            labels: monthLabels,
            yTitle: '位次',
            format: 'rank',
            max: groupSize,
            series: [
              { label: `${group.name}组内位次`, kind: 'rank', values: MONTHS.map((m) => byMonth(m)?.row.rank ?? null) },
            ],
          } satisfies ChartSpec,
          caption:
            best === null
              ? `${year}年未参加排名`
              : `${year}年在${group.name}组内最好排第 ${best} 位，${last.row.rank !== null ? `${lastMonth}排第 ${last.row.rank} 位` : `${lastMonth}未排名`}`,
          description: `图：逐月组内位次（第 1 位在上），${group.name}组共 ${groupSize} 个单位`,
          scoreLabel: scoreLabel(plan, model),
        },
      };
    }),
  };
}
