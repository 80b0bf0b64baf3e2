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
import { formatAmount, formatCount, formatMonthShort, formatPp, formatWholeArea } from './format.ts';
import { cityTotalGroups, scoreLabel } from './queries.ts';

/** The mark on a total that holds a 未报送 unit's last reported figure. */
export const CARRIED_MARK = '含未报送单位最近一次报送数';

export interface BoardRule {
  id: string;
  title: string;
  text: string;
  /** What only README.txt adds, for those who read the downloads (how a file writes it): not on the page. */
  note?: string;
}

/**
 * A rule as a page states it: without the data file a phrase names in brackets (单位名册（units.yaml）→ 单位名册).
 * README.txt keeps the file's name: it sits beside the data, for those who rebuild the figures.
 */
export const forReaders = ({ note: _note, ...rule }: BoardRule): BoardRule => ({
  ...rule,
  text: rule.text.replace(/（[^（）]*\.ya?ml）/g, ''),
});

/** A rule as README.txt states it: the rule, then what the files add. */
export const forReadme = (rule: BoardRule) => `${rule.title}：${rule.text}${rule.note ?? ''}`;

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

/** How many units a 红榜 names (the plan's first check with one; 3 if none says). */
const honourCount = (plan: Plan) => plan.assessments?.checks.find((c) => c.honour)?.honour ?? 3;

/** The rules of the assessments: stated only for a plan that has them. */
const assessmentRules = (honour: number): BoardRule[] => [
  {
    id: 'check-due',
    title: '考核所在月份的数据一发布，该项考核即已到期',
    text: '某项考核（如 3 月的一季度考评）在它所在月份的数据发布时就公布结果；这一期的预警不再推算它，只推算以后月份的考核。',
  },
  {
    id: 'new-unit-indicators',
    title: '免考的单位仍列出各项指标的结果',
    text: '当年新设而免考、或书面批准免考的单位，总体结果为“免考”，不进红榜、黑榜；考核表中仍按同样的要求列出它每一项有目标的指标是否达到，供参考。',
  },
  {
    id: 'honour-list',
    title: '红榜的“前几名”取达到要求的单位中位次最前的',
    text: `红榜的“前${formatCount(honour)}名”，是本组达到该项考核要求的单位中，按当月排行榜位次最前的${formatCount(honour)}个，不是排行榜的第 1 至 ${honour} 位：位次在前而未达到要求的单位不列入，达到要求的不足${formatCount(honour)}个时只列这几个；与最后一个位次相同（并列）的单位一并列入。黑榜同理：未达到要求的单位中位次最后的几个，未报送的排在最后。`,
  },
];

/** The board's rules for a year's plan, in the order the methodology states them. */
export function boardRules(model: Model, plan: Plan): BoardRule[] {
  const area = formatWholeArea(model.site.city);
  const groups = cityTotalGroups(model);
  const newUnits = plan.assessments?.newUnits;
  const honour = honourCount(plan);
  return [
    {
      id: 'city-target',
      title: `${area}对照${area}目标，各组对照其单位目标之和`,
      text: `${area}合计（${groups.counted}全部单位之和）对照年度计划下达的${area}目标（${cityTargetText(model, plan)}）计算完成率和考核结果，不用各单位目标之和——层层分解时单位目标之和常多于${area}目标。各组的合计对照组内有该项目标的单位的目标之和。`,
    },
    {
      id: 'carried',
      title: '未报送单位在合计中计其最近一次报送数',
      text: `当月未报送的单位本身不显示数字、不参加排名，考核按未达到计，也计入“连续落后”；但${area}和各组的合计计入它本年最近一次报送的 1—N月累计（本年尚未报送过的按 0 计，不用上年数字），所以合计不会因为有单位迟报而减少。合计的当月新增（本月合计 − 上月合计）和同比（上年同期合计同样处理）都用这样的合计。含有这类数字的合计标“${CARRIED_MARK}”。`,
      note: 'JSON 下载在 carried 中列出单位、数字和所报月份。',
    },
    {
      id: 'exempt-in-totals',
      title: '免考单位和免考指标照样计入合计',
      text: `书面批准免考的单位或指标、当年新设而免考的单位，只是本身不评结果；它们的累计和目标照样计入所在组的合计${groups.counted ? `（${groups.counted}的也计入${area}合计）` : ''}。`,
    },
    {
      id: 'rounding',
      title: '四舍五入到显示的小数位',
      text: '显示的数字一律四舍五入：恰好一半的进一位，负数同样离 0 而去（2.25 → 2.3，−2.25 → −2.3）。金额按指标规定的小数位，百分比和百分点保留一位小数；网页和各种下载文件相同。月均需完成例外，见下。',
    },
    {
      id: 'unrounded-decisions',
      title: '判断用未四舍五入的数，并显示它落在哪一边',
      text: `色带、考核是否达到、预警和“连续落后”都按未经四舍五入的数判断；显示的数字保留正负号，让人看出它落在哪一边。略低于序时进度的（例如差 0.03 个百分点），四舍五入后显示为带负号的 0.0，按落后着色、计为落后；恰好等于序时进度的，显示 0.0，不带正负号，算达到序时进度。并列是例外：${scoreLabel(plan, model)}保留 ${plan.ranking.tieDecimals} 位小数后相同即并列，与显示的数字一致。`,
      note: 'JSON 写作 0（JSON 没有 −0），以色带为准。',
    },
    {
      id: 'band-by-score',
      title: `单位的色带按${scoreLabel(plan, model)}，不按单项指标`,
      text: `排行榜上一个单位的“超/欠序时进度”和它的色带，按它的${scoreLabel(plan, model)}与序时进度之差定，不按某一项指标的完成率，也不按落后最多的一项。`,
    },
    {
      id: 'band-boundary',
      title: '恰好落在色带分界上的，归较好的一档',
      text: `每一档色带都包括它的分界：${plan.bands
        .filter((b) => b.minGap !== undefined)
        .map((b) => `超/欠序时进度恰为 ${formatPp(b.minGap)} 个百分点的，属“${b.label}”`)
        .join('；')}。`,
    },
    {
      id: 'tie-order',
      title: '并列单位的先后',
      text: '并列的单位位次相同，表中按单位名册（units.yaml）的顺序排列，不按未经四舍五入的得分。',
    },
    {
      id: 'average-unrounded',
      title: '组平均用未四舍五入的数计算',
      text: '单位对比图中的组平均，是本组各单位未经四舍五入的数的算术平均，平均之后才四舍五入一次；不是把各单位显示的数相加再平均（两种算法有时差 0.1）。无目标、未报送的单位不计入平均。',
    },
    {
      id: 'increase-after-missing',
      title: '上月未报送的，本月当月新增空着',
      text: '当月新增 = 本月累计 − 上月累计（1 月就是 1 月累计）。上月未报送的单位，本月报送的累计包含两个月的增加，不能当作一个月的新增，所以本月当月新增空着，不是 0；本月未报送的同样空着。',
      note: 'CSV 为空单元格，JSON 为 null。',
    },
    {
      id: 'last-year-when-missing',
      title: '未报送的单位照样列出上年同期',
      text: '上年同期是上一年同月的 1—N月累计，与本月是否报送无关：未报送的单位，本月的累计、完成率和同比都空着，上年同期照常列出。',
    },
    ...(plan.assessments ? assessmentRules(honour) : []),
    {
      id: 'warning-checks',
      title: '预警推算到哪几项考核、跳过哪些',
      text: `每个还没到期、有考核的月份推算一次：同一月份有几项考核的，取要求最高的一项；要求相同的（如 6 月的“双过半”与按序时进度的二季度考评都要求 50%），取按固定比例判断的一项。没有目标的指标、书面批准免考的单位或指标（限其所列的考核）不列入预警${newUnits ? `；当年新设的单位，${newUnits.exemptThrough} 月及以前的考核不列入（与考核时免考一致），以后的照常推算` : ''}。未报送的单位无从推算，按预计未达列出。`,
    },
    {
      id: 'monthly-needed',
      title: '月均需完成向上取整，12 月不再计算',
      text: '月均需完成 = 尚需完成 ÷ 剩余月数，按指标的小数位向上取整：这是每月至少要完成的数，取整后不会少于实际所需。已完成确保目标的为 0；12 月末没有剩余月份，不再计算，显示“—”。',
      note: 'JSON 中为 null。',
    },
  ];
}
