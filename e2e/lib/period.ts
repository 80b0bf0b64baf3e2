/** The latest published period of the board, from the same loader the site is built with. */
import { getBoard } from '../../src/data/board.ts';
import { assessmentUrl } from '../../src/lib/present/urls.ts';
import { assessAll } from '../../src/lib/score/assessment.ts';

export function latestPeriod(): string {
  const latest = getBoard().periods.at(-1);
  if (!latest) throw new Error('The board has no published period; nothing to check pages against.');
  return latest.period;
}

/** The month an assessment page judges (`/assessments/2005/half/` → `2005-06`); undefined for any other page. */
export function assessmentPeriod(path: string): string | undefined {
  return assessAll(getBoard()).find((a) => assessmentUrl(a.year, a.check.id) === path)?.period.period;
}
