/** The illustrative notice: one rule and one text for every page and every download. */
import type { Site } from '../schema/site.ts';
import type { PeriodResult } from '../score/board.ts';

/** Printed when site.yaml marks the figures illustrative but says nothing of its own. */
const DEFAULT_NOTICE = '示意数据：数字为演示而编造，并非真实统计。';

/**
 * The notice to print with figures, or null when they are real. The figures are illustrative when
 * the site says so, or when the month shown (its report or its year's plan) does.
 */
export function illustrativeNotice(site: Site, period?: Pick<PeriodResult, 'report' | 'plan'>): string | null {
  const illustrative = site.illustrative || period?.report.illustrative || period?.plan.illustrative;
  return illustrative ? (site.illustrativeNotice ?? DEFAULT_NOTICE) : null;
}
