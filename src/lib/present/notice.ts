/**
 * The illustrative notice: one rule and one text for every page and every download. The text is the
 * year's own (plans/YYYY.yaml `illustrativeNotice`, which names that year's sources), else site.yaml's.
 */
import type { Site } from '../schema/site.ts';
import type { Plan } from '../schema/plan.ts';
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

/** The words of the notice for a year: its plan's own, else site.yaml's, else a plain default. */
export function noticeText(site: Site, plan?: Pick<Plan, 'illustrativeNotice'>): string {
  return plan?.illustrativeNotice ?? site.illustrativeNotice ?? DEFAULT_NOTICE;
}

/** The notice to print with figures, or null when they are real (see isIllustrative). */
export function illustrativeNotice(site: Site, period?: Shown): string | null {
  return isIllustrative(site, period) ? noticeText(site, period?.plan) : null;
}

/**
 * The notice of a year's own data file (a ledger): illustrative as the file says (else as site.yaml),
 * in the words of that year's plan when it has its own.
 */
export function fileNotice(
  site: Site,
  plans: ReadonlyArray<Pick<Plan, 'year' | 'illustrativeNotice'>>,
  file: { illustrative: boolean; year: number },
): string | null {
  if (!file.illustrative && !site.illustrative) return null;
  return noticeText(
    site,
    plans.find((p) => p.year === file.year),
  );
}

/**
 * For a text covering many months (README.txt, observations): the notice, and which months it applies
 * to when only some are illustrative or the years' notices differ; null when none is illustrative.
 */
export function illustrativeNoticeFor(site: Site, periods: ReadonlyArray<Shown & { period: string }>): string | null {
  if (periods.length === 0) return illustrativeNotice(site);
  const shown = periods.filter((p) => isIllustrative(site, p));
  if (shown.length === 0) return null;
  const byText = new Map<string, string[]>();
  for (const p of shown) {
    const text = noticeText(site, p.plan);
    byText.set(text, [...(byText.get(text) ?? []), p.period]);
  }
  if (byText.size === 1 && shown.length === periods.length) return [...byText.keys()][0] ?? null;
  return [...byText]
    .map(
      ([text, months]) =>
        `${text}（只适用于 ${spans(months).join('、')}${byText.size === 1 ? '；其余月份为正式数据' : ''}）`,
    )
    .join('');
}

/** Runs of consecutive months: 2005-01 至 2005-12. */
function spans(periods: string[]): string[] {
  const out: Array<{ from: string; to: string }> = [];
  for (const p of periods) {
    const run = out.at(-1);
    if (run && nextPeriod(run.to) === p) run.to = p;
    else out.push({ from: p, to: p });
  }
  return out.map(({ from, to }) => (from === to ? from : `${from} 至 ${to}`));
}
