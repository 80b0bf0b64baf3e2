/** The latest published period of the board, from the same loader the site is built with. */
import { getBoard } from '../../src/data/board.ts';

export function latestPeriod(): string {
  const latest = getBoard().periods.at(-1);
  if (!latest) throw new Error('The board has no published period; nothing to check pages against.');
  return latest.period;
}
