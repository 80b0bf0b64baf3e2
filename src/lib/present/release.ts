/**
 * The release calendar: when each month's ranking is planned (the plan's releaseDay), whether it went out on time,
 * and the next one.
 */
import type { Model } from '../model/model.ts';
import { nextPeriod, parsePeriod } from '../schema/period.ts';
import type { Plan } from '../schema/plan.ts';
import type { Board } from '../score/board.ts';
import { formatDate, formatPeriod } from './format.ts';

/** The planned publication date of a month's ranking (YYYY-MM-DD), if the year's plan has a release day. */
export function plannedRelease(plan: Pick<Plan, 'releaseDay'> | undefined, period: string): string | undefined {
  if (plan?.releaseDay === undefined) return undefined;
  return `${nextPeriod(period)}-${String(plan.releaseDay).padStart(2, '0')}`;
}

const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** 按时发布 · 推迟 3 天发布, against the plan; undefined without a calendar. */
export function releaseNote(
  plan: Pick<Plan, 'releaseDay'> | undefined,
  period: string,
  publishedOn: string,
): string | undefined {
  const planned = plannedRelease(plan, period);
  if (!planned) return undefined;
  const late = days(planned, publishedOn);
  return late <= 0 ? '按时发布' : `推迟 ${late} 天发布（计划 ${formatDate(planned)}）`;
}

/**
 * The month published next and its planned date (YYYY-MM-DD); undefined when the calendar does not say.
 * A new year without its plan yet keeps last year's calendar (its release day), as the releases page says.
 */
export function nextRelease(board: Board, model: Pick<Model, 'plans'>): { period: string; date: string } | undefined {
  const latest = board.periods.at(-1);
  if (!latest) return undefined;
  const next = nextPeriod(latest.period);
  const planned = plannedRelease(model.plans.find((p) => p.year === parsePeriod(next).year) ?? latest.plan, next);
  return planned ? { period: next, date: planned } : undefined;
}

/** The next month to be published and its planned date, in words; undefined when the plan does not say. */
export function nextReleaseText(board: Board, model: Pick<Model, 'plans'>): string | undefined {
  const next = nextRelease(board, model);
  return next && `下一期（${formatPeriod(next.period)}）计划于 ${formatDate(next.date)}发布。`;
}

/**
 * "下次发布：2005年5月5日" for the home page and the latest month's page: shown only beside the latest month
 * (an older month's page is not the place to announce the next release).
 */
export function nextReleaseLine(
  board: Board,
  shownPeriod?: string,
): { date: string; text: string; of: string } | undefined {
  const latest = board.periods.at(-1);
  if (!latest || (shownPeriod !== undefined && shownPeriod !== latest.period)) return undefined;
  const next = nextRelease(board, board.model);
  return next && { date: next.date, text: formatDate(next.date), of: `${formatPeriod(next.period)}排行榜` };
}
