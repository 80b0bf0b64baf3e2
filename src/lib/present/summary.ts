/**
 * The month's summary in Chinese prose, as a 督查通报 opens: "截至3月底，全市完成合同利用外资 2100 万美元，
 * 占年度目标的 28.0%，超序时进度 3.0 个百分点……", then each group's first place, how many units
 * are on pace, and who did not report. Every name and unit comes from the data; used by the
 * bulletin, the feed, the slides and the images.
 */
import type { Model } from '../model/model.ts';
import { indicatorOf } from '../schema/indicators.ts';
import type { GroupResult, IndicatorResult, PeriodResult, UnitResult } from '../score/board.ts';
import { formatAmount, formatPaceGapText, formatPercent, formatWholeArea } from './format.ts';
import { scoreLabel } from './queries.ts';

/** Counts in statistics read in digits, as bulletins write them (14个镇中有12个…). */
const countOf = (n: number) => String(n);

type SummaryModel = Pick<Model, 'indicators' | 'groups' | 'site'>;

/** 截至3月底 — the cumulative figures run to the month's end. */
export const asOfText = (month: number) => `截至${month}月底`;

/** One indicator of the city total: 完成X N 单位，占年度目标的 P%，超序时进度 G 个百分点. */
function cityClause(model: SummaryModel, city: IndicatorResult): string {
  const ind = indicatorOf(model, city.indicator);
  const done = `完成${ind.name} ${formatAmount(city.value, ind.decimals)} ${ind.unit}`.trimEnd();
  if (city.completion === null) return `${done}（未定${formatWholeArea(model.site.city)}年度目标）`;
  return `${done}，占年度目标的 ${formatPercent(city.completion)}，${formatPaceGapText(city.paceGap)}`;
}

/** 全市 (全县 …): every indicator, joined as one sentence. */
export function citySentence(model: SummaryModel, period: Pick<PeriodResult, 'month' | 'city'>): string {
  return `${asOfText(period.month)}，${formatWholeArea(model.site.city)}${period.city.map((c) => cityClause(model, c)).join('；')}。`;
}

const names = (units: UnitResult[]) => units.map((u) => u.shortName).join('、');

/** 甲镇居首（综合完成率 35.0%） · 甲镇、乙镇并列第一（…）. */
function firstPlace(ranked: UnitResult[], label: string): string {
  const first = ranked.filter((u) => u.rank === 1);
  const score = `（${label} ${formatPercent(first[0]?.score)}）`;
  return first.length > 1 ? `${names(first)}并列第一${score}` : `${names(first)}居首${score}`;
}

/** A group in one sentence: its size, how many are on pace, its first place and its last. */
export function groupSentence(group: GroupResult, label: string): string {
  const ranked = group.units.filter((u) => u.state === 'ranked');
  const name = group.group.name;
  if (ranked.length === 0) return `${name}：本期没有可排名的单位。`;
  const onPace = ranked.filter((u) => u.scoreGap !== null && u.scoreGap >= 0).length;
  const parts = [
    `${name}${countOf(ranked.length)}个单位中，${onPace === 0 ? '没有单位' : `${countOf(onPace)}个`}达到或超过序时进度`,
    firstPlace(ranked, label),
  ];
  const lastRank = ranked.at(-1)!.rank;
  if (ranked.length > 1 && lastRank !== 1) parts.push(`${names(ranked.filter((u) => u.rank === lastRank))}列末位`);
  return `${parts.join('，')}。`;
}

/** 未报送: who, and that the city total carries their last reported figures. Null when everyone reported. */
export function missingSentence(period: Pick<PeriodResult, 'groups' | 'city'>, area: string): string | null {
  const missing = period.groups.flatMap((g) => g.units.filter((u) => u.state === 'missing'));
  if (missing.length === 0) return null;
  const carried = period.city.some((c) => c.missingUnits > 0) ? `，${area}合计计其本年最近一次报送数` : '';
  return `${names(missing)}${missing.length > 1 ? `${countOf(missing.length)}个单位` : ''}本期未报送${carried}。`;
}

/** The summary as paragraphs: the city, each group, then who did not report. */
export function monthSummary(model: Model, period: PeriodResult): string[] {
  const label = scoreLabel(period.plan, model);
  const groups = period.groups.map((g) => groupSentence(g, label)).join('');
  return [citySentence(model, period), groups, missingSentence(period, formatWholeArea(model.site.city))].filter(
    (p): p is string => Boolean(p),
  );
}
