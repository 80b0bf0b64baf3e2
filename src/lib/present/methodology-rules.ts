/**
 * The rules a reader needs to rebuild every published figure from the data, beyond the formulas:
 * what each total is judged against, how a late unit counts in totals, rounding, which side of a
 * line a value fell, the order inside a tie, what the early warning projects, 月均需完成. Stated on
 * the methodology page and in README.txt from this one list; each rule has a test named after it.
 */
import type { Model } from '../model/model.ts';
import { indicatorOf } from '../schema/indicators.ts';
import type { Plan } from '../schema/plan.ts';
import type { CarriedFigure } from '../score/board.ts';
import { formatAmount, formatMonthShort, formatWholeArea } from './format.ts';
import { cityTotalGroups, scoreLabel } from './queries.ts';

/** The mark on a total that holds a 未报送 unit's last reported figure. */
export const CARRIED_MARK = '含未报送单位最近一次报送数';

export interface BoardRule {
  id: string;
  title: string;
  text: string;
}

/**
 * A rule as a page states it: without the data file a phrase names in brackets (单位名册（units.yaml）→ 单位名册).
 * README.txt keeps the file's name: it sits beside the data, for those who rebuild the figures.
 */
export const forReaders = (rule: BoardRule): BoardRule => ({
  ...rule,
  text: rule.text.replace(/（[^（）]*\.ya?ml）/g, ''),
});

/** The city targets of a plan in words: 合同利用外资 7500 万美元、实际利用外资 3300 万美元. */
export function cityTargetText(model: Pick<Model, 'indicators'>, plan: Pick<Plan, 'indicators' | 'cityTargets'>) {
  return plan.indicators
    .filter((id) => plan.cityTargets[id] !== undefined)
    .map((id) => {
      const ind = indicatorOf(model, id);
      return `${ind.name} ${formatAmount(plan.cityTargets[id], ind.decimals)}${ind.unit ? ` ${ind.unit}` : ''}`;
    })
    .join('、');
}

/**
 * What a marked total carries, in words: 含未报送单位最近一次报送数：西团镇（4月数）; null when it
 * carries nothing. A unit not yet reported this year is carried as 0. Figures of several indicators
 * name each unit once.
 */
export function carriedText(model: Pick<Model, 'units'>, carried: CarriedFigure[]): string | null {
  const byUnit = new Map(carried.map((c) => [c.unit, c]));
  if (byUnit.size === 0) return null;
  const name = (id: string) => model.units.find((u) => u.id === id)?.name ?? id;
  const parts = [...byUnit.values()].map((c) =>
    c.from === null ? `${name(c.unit)}（本年尚未报送，按 0 计）` : `${name(c.unit)}（${formatMonthShort(c.from)}数）`,
  );
  return `${CARRIED_MARK}：${parts.join('、')}`;
}

/** The board's rules for a year's plan, in the order the methodology states them. */
export function boardRules(model: Model, plan: Plan): BoardRule[] {
  const area = formatWholeArea(model.site.city);
  const groups = cityTotalGroups(model);
  const newUnits = plan.assessments?.newUnits;
  return [
    {
      id: 'city-target',
      title: `${area}对照${area}目标，各组对照其单位目标之和`,
      text: `${area}合计（${groups.counted}全部单位之和）对照年度计划下达的${area}目标（${cityTargetText(model, plan)}）计算完成率和考核结果，不用各单位目标之和——层层分解时单位目标之和常多于${area}目标。各组的合计对照组内有该项目标的单位的目标之和。`,
    },
    {
      id: 'carried',
      title: '未报送单位在合计中计其最近一次报送数',
      text: `当月未报送的单位本身不显示数字、不参加排名，考核按未达到计，也计入“连续落后”；但${area}和各组的合计计入它本年最近一次报送的 1—N月累计（本年尚未报送过的按 0 计，不用上年数字），所以合计不会因为有单位迟报而减少。合计的当月新增（本月合计 − 上月合计）和同比（上年同期合计同样处理）都用这样的合计。含有这类数字的合计标“${CARRIED_MARK}”；JSON 下载在 carried 中列出单位、数字和所报月份。`,
    },
    {
      id: 'exempt-in-totals',
      title: '免考单位和免考指标照样计入合计',
      text: `书面批准免考的单位或指标、当年新设而免考的单位，只是本身不评结果；它们的累计和目标照样计入所在组的合计${groups.counted ? `（${groups.counted}的也计入${area}合计）` : ''}。`,
    },
    {
      id: 'rounding',
      title: '四舍五入到显示的小数位',
      text: '显示的数字一律四舍五入：恰好一半的进一位，负数同样离 0 而去（2.25 → 2.3，−2.25 → −2.3）。金额按指标规定的小数位，百分比和百分点保留一位小数；网页、CSV、JSON 相同。月均需完成例外，见下。',
    },
    {
      id: 'unrounded-decisions',
      title: '判断用未四舍五入的数，并显示它落在哪一边',
      text: `色带、考核是否达到、预警和“连续落后”都按未经四舍五入的数判断。略低于序时进度的（例如差 0.03 个百分点）网页上显示“−0.0”，按低于序时进度着色、计为落后；JSON 写作 0（JSON 没有 −0），以色带为准。并列是例外：${scoreLabel(plan, model)}保留 ${plan.ranking.tieDecimals} 位小数后相同即并列，与显示的数字一致。`,
    },
    {
      id: 'tie-order',
      title: '并列单位的先后',
      text: '并列的单位位次相同，表中按单位名册（units.yaml）的顺序排列，不按未经四舍五入的得分；红榜、黑榜取到并列的名次时，并列的单位一并列入。',
    },
    {
      id: 'warning-checks',
      title: '预警推算到哪几项考核、跳过哪些',
      text: `每个还没到期、有考核的月份推算一次：同一月份有几项考核的，取要求最高的一项；要求相同的（如 6 月的“双过半”与按序时进度的二季度考评都要求 50%），取按固定比例判断的一项。没有目标的指标、书面批准免考的单位或指标（限其所列的考核）不列入预警${newUnits ? `；当年新设的单位，${newUnits.exemptThrough} 月及以前的考核不列入（与考核时免考一致），以后的照常推算` : ''}。未报送的单位无从推算，按预计未达列出。`,
    },
    {
      id: 'monthly-needed',
      title: '月均需完成向上取整，12 月不再计算',
      text: '月均需完成 = 尚需完成 ÷ 剩余月数，按指标的小数位向上取整：这是每月至少要完成的数，取整后不会少于实际所需。已完成确保目标的为 0；12 月末没有剩余月份，不再计算，显示“—”（JSON 中为 null）。',
    },
  ];
}
