/**
 * A rank chart (bump chart) drawn as SVG at build time: one line per unit through its place
 * month by month, place 1 on top, each line labelled with its name and place at both ends, so it
 * reads in print, without colour and without JavaScript. Pure geometry; RankChart.astro draws it.
 */

export interface RankLine {
  label: string;
  /** Place per month; null = not placed that month (未报送, no target): the line breaks. */
  ranks: Array<number | null>;
}

const ROW = 28;
const COLUMN = 52;
const LABEL = 150;
const TOP = 28;
const BOTTOM = 12;
/** Line styles cycle so neighbouring lines differ in dash as well as colour. */
export const STYLE_COUNT = 6;

export interface EndLabel {
  y: number;
  text: string;
}

export interface RankChartGeometry {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  columns: Array<{ x: number; label: string }>;
  rows: Array<{ y: number; rank: number }>;
  lines: Array<{
    label: string;
    style: number;
    path: string;
    points: Array<{ x: number; y: number; rank: number; month: string }>;
  }>;
  left: EndLabel[];
  right: EndLabel[];
}

/** End labels: units sharing a place at an end share one label (并列). */
function endLabels(
  entries: Array<{ rank: number; label: string }>,
  y: (rank: number) => number,
  side: 'left' | 'right',
): EndLabel[] {
  const byRank = new Map<number, string[]>();
  for (const e of entries) byRank.set(e.rank, [...(byRank.get(e.rank) ?? []), e.label]);
  return [...byRank]
    .sort((a, b) => a[0] - b[0])
    .map(([rank, names]) => ({
      y: y(rank),
      text: side === 'left' ? `${rank} ${names.join('、')}` : `${names.join('、')} ${rank}`,
    }));
}

export function rankChart(months: string[], lines: RankLine[]): RankChartGeometry {
  const maxRank = Math.max(1, ...lines.flatMap((l) => l.ranks.filter((r): r is number => r !== null)));
  const plotLeft = LABEL;
  const plotRight = LABEL + Math.max(1, months.length - 1) * COLUMN;
  const x = (i: number) => plotLeft + i * COLUMN;
  const y = (rank: number) => TOP + (rank - 1) * ROW;
  const drawn = lines.map((line, i) => {
    const points = line.ranks.flatMap((rank, m) =>
      rank === null ? [] : [{ x: x(m), y: y(rank), rank, month: months[m] ?? '' }],
    );
    let path = '';
    line.ranks.forEach((rank, m) => {
      if (rank === null) return;
      path += `${m > 0 && line.ranks[m - 1] !== null ? 'L' : 'M'}${x(m)} ${y(rank)}`;
    });
    return { label: line.label, style: i % STYLE_COUNT, path, points };
  });
  const first = lines.flatMap((l) => {
    const rank = l.ranks.find((r) => r !== null);
    return rank == null ? [] : [{ rank, label: l.label }];
  });
  const last = lines.flatMap((l) => {
    const rank = l.ranks.findLast((r) => r !== null);
    return rank == null ? [] : [{ rank, label: l.label }];
  });
  return {
    width: plotRight + LABEL,
    height: TOP + (maxRank - 1) * ROW + BOTTOM + 8,
    plotLeft,
    plotRight,
    columns: months.map((label, i) => ({ x: x(i), label })),
    rows: Array.from({ length: maxRank }, (_, i) => ({ y: y(i + 1), rank: i + 1 })),
    lines: drawn,
    left: endLabels(first, y, 'left'),
    right: endLabels(last, y, 'right'),
  };
}
