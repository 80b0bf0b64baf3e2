/**
 * Which pictures a build draws: a set that stays small however long the board's history grows.
 * Drawing every month's slides, long image and preview card made ≈ 920 images a year on a 300-unit
 * board (65 ms and ≈ 300 KB each: a 10-year board would take ten minutes and 3 GB). So:
 * - slide images (PNG + SVG) and the WeChat long image: the latest month only — they are shown and
 *   shared on the day it is published; older months keep their HTML slides (放映, print) and 通报.
 *   (A 300-unit long image is 1080 × 16 000 px: each took ≈ 1.2 s and ≈ 40 MB of memory to draw.)
 * - link-preview cards: the months and checks of the latest year; every unit keeps its card (it
 *   shows the unit's latest month). Older pages preview with the site's card.
 */
import type { Board } from '../../../score/board.ts';

export interface ImageScope {
  /** The month whose slides and long image are drawn. */
  slides: string | undefined;
  /** The year whose months and checks get a preview card. */
  year: string | undefined;
}

export function imageScope(board: Board): ImageScope {
  const latest = board.periods.at(-1)?.period;
  return { slides: latest, year: latest?.slice(0, 4) };
}

/** Slides as PNG + SVG, and the WeChat long image. */
export const drawsSlideImages = (board: Board, period: string) => imageScope(board).slides === period;
/** A preview card for the month's ranking page (and its checks'). */
export const drawsMonthImages = (board: Board, period: string) => imageScope(board).year === period.slice(0, 4);
