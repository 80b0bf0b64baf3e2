/**
 * Which pictures a build draws: a set that stays small however long the board's history grows.
 * Drawing every month's slides, long image and preview card made ≈ 920 images a year on a 300-unit
 * board (65 ms and ≈ 300 KB each: a 10-year board would take ten minutes and 3 GB). So:
 * - slide images (PNG + SVG): the latest month only — slides are shown on the day; older months
 *   keep their HTML slides (放映, print) and 通报;
 * - the WeChat long image and the link-preview cards: the months and checks of the latest year;
 *   every unit keeps its card (it shows the unit's latest month). Older pages preview with the site's card.
 */
import type { Board } from '../score/board.ts';

export interface ImageScope {
  /** The month whose slides are drawn as images. */
  slides: string | undefined;
  /** The year whose months get a long image and a preview card, and whose checks get a card. */
  year: string | undefined;
}

export function imageScope(board: Board): ImageScope {
  const latest = board.periods.at(-1)?.period;
  return { slides: latest, year: latest?.slice(0, 4) };
}

export const drawsSlideImages = (board: Board, period: string) => imageScope(board).slides === period;
export const drawsMonthImages = (board: Board, period: string) => imageScope(board).year === period.slice(0, 4);
