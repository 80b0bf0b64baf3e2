/** The illustrative notice: one rule and one text for every page and every download. */
import type { Site } from '../schema/site.ts';
import type { PeriodResult } from '../score/board.ts';
import { nextPeriod } from '../schema/period.ts';

/** Printed when site.yaml marks the figures illustrative but says nothing of its own. */
const DEFAULT_NOTICE = '示意数据：数字为演示而编造，并非真实统计。';

type Shown = Pick<PeriodResult, 'report' | 'plan'>;

/**
 * Whether the figures of a month are illustrative: as its report says, else as its year's plan says,
 * else as site.yaml says (the default). So a real 2006 can follow a demo 2005 (`illustrative: false`
 * in plans/2006.yaml). Without a month (a page of no one month), site.yaml decides.
 */
export function isIllustrative(site: Site, period?: Shown): boolean {
  return period?.report.illustrative ?? period?.plan.illustrative ?? site.illustrative;
}

/** The notice to print with figures, or null when they are real (see isIllustrative). */
export function illustrativeNotice(site: Site, period?: Shown): string | null {
  return isIllustrative(site, period) ? (site.illustrativeNotice ?? DEFAULT_NOTICE) : null;
}

/**
 * For a text covering many months (README.txt): the notice, and which months it applies to when
 * only some are illustrative; null when none is.
 */
export function illustrativeNoticeFor(site: Site, periods: ReadonlyArray<Shown & { period: string }>): string | null {
  if (periods.length === 0) return illustrativeNotice(site);
  const shown = periods.filter((p) => isIllustrative(site, p)).map((p) => p.period);
  if (shown.length === 0) return null;
  const notice = site.illustrativeNotice ?? DEFAULT_NOTICE;
  if (shown.length === periods.length) return notice;
  return `${notice}（只适用于 ${spans(shown).join('、')}；其余月份为正式数据）`;
}

/** Runs of consecutive months: 2005-01 至 2005-12. */
function spans(periods: string[]): string[] {
  const out: string[][] = [];
  for (const p of periods) {
    const run = out.at(-1);
    if (run && nextPeriod(run.at(-1)!) === p) run.push(p);
    else out.push([p]);
  }
  return out.map((run) => (run.length === 1 ? run[0] : `${run[0]} 至 ${run.at(-1)}`));
}
