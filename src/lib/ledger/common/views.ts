/**
 * Amounts of the ledger files with their unit always written beside them. A unit counted in 万
 * (万美元, 万元) also reads in 亿 once the amount reaches 1 亿 (15000 万美元 = 1.5 亿美元), as the
 * speech writes its targets. Each file's own unit: figures of two files are never combined.
 */
import { formatAmount } from '../../present/format.ts';

const trim = (text: string) => (text.includes('.') ? text.replace(/\.?0+$/, '') : text);

/** 15000 万美元 → 1.5 亿美元; null when the unit is not counted in 万 or the amount is under 1 亿. */
export function inYi(value: number, unit: string): string | null {
  if (!unit.startsWith('万') || value < 10000) return null;
  return `${trim((value / 10000).toFixed(2))} 亿${unit.slice(1)}`;
}

/** 2200 万美元 · 15000 万美元（1.5 亿美元）. */
export function amountWithUnit(value: number, unit: string, decimals = 0): string {
  const yi = inYi(value, unit);
  return `${formatAmount(value, decimals)} ${unit}${yi ? `（${yi}）` : ''}`;
}

/**
 * The pages a ledger kind has: the latest year at the bare address (undefined), then every year at its own; none
 * without files.
 */
export const yearPages = (years: number[]): Array<number | undefined> => (years.length ? [undefined, ...years] : []);

/** The years a ledger kind has pages for (each kept at its own address), the one shown marked. */
export const yearLinks = (years: number[], shown: number, href: (year: number) => string) =>
  years.map((year) => ({ year, href: href(year), current: year === shown }));
