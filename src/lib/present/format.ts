/**
 * How numbers, periods and dates read on the public site (zh-CN). Pure functions, no locale
 * machinery: the output is the same on every machine. Ratios are fractions (0.853 → 85.3%);
 * gaps against pace are percentage points (pp). Null always reads "—", never 0 or 0%.
 */
import { parsePeriod } from '../schema/period.ts';
import type { RankChange } from '../score/rank.ts';
import { round } from '../score/round.ts';

/** Shown for "no target", "no figure" and "not on file". */
export const DASH = '—';
/** A true minus sign (U+2212), not a hyphen. */
const MINUS = '−';
/** A unit that did not report: distinct from a reported 0. */
export const MISSING = '未报送';

/** The magnitude with fixed decimals; callers add the sign (a true minus), so "-0.0" never shows. */
const fixed = (value: number, decimals: number) => round(Math.abs(value), decimals).toFixed(decimals);

const signed = (value: number, text: string) => (value > 0 ? `+${text}` : value < 0 ? `${MINUS}${text}` : text);

/** An amount in the indicator's unit with its decimals: 7500, 12.5; null → —. */
export function formatAmount(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined) return DASH;
  return value < 0 ? `${MINUS}${fixed(value, decimals)}` : fixed(value, decimals);
}

/** A change in an amount with its sign: +120, −35, 0. */
export function formatSignedAmount(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined) return DASH;
  return signed(value, fixed(value, decimals));
}

/** A ratio as a percentage with one decimal: 0.3033 → 30.3%; null → —. */
export function formatPercent(ratio: number | null | undefined, decimals = 1): string {
  if (ratio === null || ratio === undefined) return DASH;
  const text = `${fixed(ratio * 100, decimals)}%`;
  return ratio < 0 ? `${MINUS}${text}` : text;
}

/** A change as a signed percentage (同比): 0.403 → +40.3%, −0.12 → −12.0%; null → —. */
export function formatSignedPercent(ratio: number | null | undefined, decimals = 1): string {
  if (ratio === null || ratio === undefined) return DASH;
  return signed(ratio, `${fixed(ratio * 100, decimals)}%`);
}

/**
 * Percentage points with a sign: +5.3, −5.3, 0.0. The sign follows the unrounded gap, so a
 * unit just behind pace reads −0.0 and agrees with its colour band.
 */
export function formatPp(pp: number | null | undefined, decimals = 1): string {
  if (pp === null || pp === undefined) return DASH;
  return signed(pp, fixed(pp, decimals));
}

/** 超/欠序时进度 in words: 超序时进度 5.3 个百分点 · 欠序时进度 5.3 个百分点 · 与序时进度持平. */
export function formatPaceGapText(pp: number | null | undefined, decimals = 1): string {
  if (pp === null || pp === undefined) return DASH;
  if (pp === 0) return '与序时进度持平';
  return `${pp > 0 ? '超' : '欠'}序时进度 ${fixed(pp, decimals)} 个百分点`;
}

/** The span of a year-to-date period: 2005-03 → 2005年1—3月; 2005-01 → 2005年1月. */
export function formatPeriod(period: string): string {
  const { year, month } = parsePeriod(period);
  return month === 1 ? `${year}年1月` : `${year}年1—${month}月`;
}

/** The month itself: 2005-03 → 2005年3月. */
export function formatMonth(period: string): string {
  const { year, month } = parsePeriod(period);
  return `${year}年${month}月`;
}

/** The month within its year: 2005-03 → 3月. */
export function formatMonthShort(period: string): string {
  return `${parsePeriod(period).month}月`;
}

/** 1–N月累计 column heading: 2005-03 → 1—3月累计; 2005-01 → 1月累计. */
export function formatCumulativeLabel(period: string): string {
  const { month } = parsePeriod(period);
  return month === 1 ? '1月累计' : `1—${month}月累计`;
}

/** The whole area a board covers, as bulletins say it: 大丰市 → 全市, 青禾县 → 全县 (全市 when the name does not say). */
export function formatWholeArea(city: string): string {
  const kind = city.at(-1) ?? '';
  return kind !== '' && '市县区州盟旗'.includes(kind) ? `全${kind}` : '全市';
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A small count as prose writes it: 3 → 三 (up to 十), larger ones in digits: 12. */
export const formatCount = (n: number) => CHINESE_DIGITS[n] ?? String(n);

/** A calendar date: 2005-04-05 → 2005年4月5日. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** A place in the group: 3 · 并列3; null → —. */
function formatRank(rank: number | null | undefined, tied = false): string {
  if (rank === null || rank === undefined) return DASH;
  return tied ? `并列${rank}` : String(rank);
}

/** A unit's place in the month's table: 3 · 并列3 · 未报送 · 无目标; no row at all → —. */
export function formatPlace(
  row: { state: 'ranked' | 'no-target' | 'missing'; rank: number | null; tied: boolean } | undefined,
): string {
  if (!row) return DASH;
  if (row.state === 'missing') return MISSING;
  return row.state === 'no-target' ? '无目标' : formatRank(row.rank, row.tied);
}

const MOVEMENT_WORD = { up: '进', down: '退' } as const;

/**
 * 较上月 in words, or null without a place this month or last. `inline` (pages): 进2位 · 退1位 · 持平;
 * `column` (downloads, where the number stands apart): 进位 2 · 退位 1 · 持平.
 */
export function movementText(
  movement: RankChange | null | undefined,
  style: 'inline' | 'column' = 'inline',
): string | null {
  if (!movement) return null;
  if (movement.movement === 'same') return '持平';
  const word = MOVEMENT_WORD[movement.movement];
  return style === 'inline' ? `${word}${movement.by}位` : `${word}位 ${movement.by}`;
}

/** 较上月 on a page: 进2位 · 退1位 · 持平; null → —. */
export const formatMovement = (movement: RankChange | null | undefined) => movementText(movement) ?? DASH;
