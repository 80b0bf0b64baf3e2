/**
 * Small multiples of a rank chart: one small panel per unit, its own places drawn strong over every
 * other unit's in faint grey — readable where one bump chart of many lines is not (more lines than
 * line styles, so colours repeat). Drawn as SVG at build time: no script, reads in print. Pure geometry;
 * RankPanels.astro draws it.
 */
import type { RankLine } from './rank-chart.ts';

export const PANEL_WIDTH = 168;
export const PANEL_HEIGHT = 104;
const LEFT = 22;
const RIGHT = 8;
const TOP = 8;
const BOTTOM = 20;

export interface RankPanel {
  label: string;
  /** This unit's line, and its points (null months leave a gap). */
  path: string;
  points: Array<{ x: number; y: number }>;
  /** Its first and latest place (null when never placed). */
  first: number | null;
  latest: number | null;
}

export interface RankPanels {
  width: number;
  height: number;
  /** Every unit's line, drawn faint behind each panel's own. */
  context: string[];
  /** Place 1 (top) and the last place (bottom), for the axis. */
  axis: Array<{ y: number; rank: number }>;
  /** The first and last month, under the plot. */
  months: Array<{ x: number; label: string }>;
  plotLeft: number;
  plotRight: number;
  panels: RankPanel[];
}

/** An SVG path through a line's places; a month without a place breaks it. */
function pathOf(ranks: Array<number | null>, x: (i: number) => number, y: (rank: number) => number): string {
  let path = '';
  ranks.forEach((rank, m) => {
    if (rank === null) return;
    path += `${m > 0 && ranks[m - 1] !== null ? 'L' : 'M'}${x(m)} ${y(rank)}`;
  });
  return path;
}

export function rankPanels(months: string[], lines: RankLine[]): RankPanels {
  const maxRank = Math.max(2, ...lines.flatMap((l) => l.ranks.filter((r): r is number => r !== null)));
  const plotRight = PANEL_WIDTH - RIGHT;
  const step = (plotRight - LEFT) / Math.max(1, months.length - 1);
  const x = (i: number) => Math.round((LEFT + i * step) * 10) / 10;
  const y = (rank: number) =>
    Math.round((TOP + ((rank - 1) * (PANEL_HEIGHT - TOP - BOTTOM)) / (maxRank - 1)) * 10) / 10;
  return {
    width: PANEL_WIDTH,
    height: PANEL_HEIGHT,
    context: lines.map((l) => pathOf(l.ranks, x, y)),
    axis: [
      { y: y(1), rank: 1 },
      { y: y(maxRank), rank: maxRank },
    ],
    months:
      months.length > 1
        ? [
            { x: x(0), label: months[0] ?? '' },
            { x: x(months.length - 1), label: months.at(-1)! },
          ]
        : [],
    plotLeft: LEFT,
    plotRight,
    panels: lines.map((l) => ({
      label: l.label,
      path: pathOf(l.ranks, x, y),
      points: l.ranks.flatMap((rank, m) => (rank === null ? [] : [{ x: x(m), y: y(rank) }])),
      first: l.ranks.find((r) => r !== null) ?? null,
      latest: l.ranks.findLast((r) => r !== null) ?? null,
    })),
  };
}
