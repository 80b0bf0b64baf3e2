/**
 * Names each line at its last point, in the line's colour (as Our World in Data does), so a reader
 * need not match colours against a legend. Names that would overlap are nudged apart, each joined to
 * its line's end by a short stroke; where they cannot all fit in the chart's height, or would take
 * more than a third of its width, the chart shows its legend instead: never a name on a name.
 */
import type { Chart, Plugin } from 'chart.js';

const GAP = 6;
/** The stroke from a line's end to its nudged name. */
const LEADER = 10;
const INK = '#1b1f23';
/** The widest the names may be, as a share of the chart's width (a phone keeps room for the lines). */
const MAX_SHARE = 1 / 3;

interface EndLabel {
  text: string;
  /** The line's colour, for the stroke to its name. */
  colour: string;
  x: number;
  y: number;
}

/** The names' font: the chart's, a little bolder. */
export const labelFont = (size: number, family: string) => `600 ${size}px ${family}`;
const font = (chart: Chart) => labelFont(chart.options.font?.size ?? 12, chart.options.font?.family ?? 'sans-serif');

/** Each visible line's name beside its last drawn point (lines with no figure at all have none). */
function labelsOf(chart: Chart): EndLabel[] {
  const labels: EndLabel[] = [];
  chart.data.datasets.forEach((dataset, i) => {
    const meta = chart.getDatasetMeta(i);
    if (meta.hidden) return;
    const values = dataset.data as Array<number | null>;
    let last = values.length - 1;
    while (last >= 0 && values[last] === null) last--;
    const point = meta.data[last];
    if (!point) return;
    labels.push({
      text: dataset.label ?? '',
      colour: typeof dataset.borderColor === 'string' ? dataset.borderColor : '',
      x: point.x,
      y: point.y,
    });
  });
  return labels;
}

/**
 * Where each name goes: at its line's height, pushed down just enough not to overlap the name above,
 * then pulled back up from the bottom if the last one fell below the chart. Undefined when they
 * cannot all fit (more names than the chart has lines of text).
 */
export function nudge(ys: number[], lineHeight: number, top: number, bottom: number): number[] | undefined {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  let floor = -Infinity;
  const pushed = order.map(({ y, i }) => ({ i, y: (floor = Math.max(y, floor + lineHeight)) }));
  let ceiling = bottom + lineHeight;
  const pulled = pushed.reverse().map(({ y, i }) => ({ i, y: (ceiling = Math.min(y, ceiling - lineHeight)) }));
  if (pulled.some(({ y }) => y < top)) return undefined;
  const result: number[] = [];
  for (const { i, y } of pulled) result[i] = y;
  return result;
}

/** The room the names need on the right, or undefined when they would take too much of the width. */
export function endLabelRoom(
  canvas: HTMLCanvasElement,
  width: number,
  names: string[],
  fontCss: string,
): number | undefined {
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  context.font = fontCss;
  const widest = Math.max(0, ...names.map((n) => context.measureText(n).width));
  const room = Math.ceil(widest) + GAP * 2 + LEADER;
  return room <= width * MAX_SHARE ? room : undefined;
}

/** The plugin: draws the names after the lines, or switches to the legend once when they collide. */
export const endLabelsPlugin: Plugin<'line'> = {
  id: 'endLabels',
  afterDatasetsDraw(chart) {
    const legend = chart.options.plugins?.legend;
    if (!legend || legend.display) return;
    const labels = labelsOf(chart);
    const size = chart.options.font?.size ?? 12;
    const lineHeight = size + 3;
    const ys = nudge(
      labels.map((l) => l.y),
      lineHeight,
      lineHeight / 2,
      chart.height - lineHeight / 2,
    );
    if (!ys) {
      legend.display = true;
      chart.options.layout = { ...chart.options.layout, padding: 0 };
      chart.canvas.dataset.labels = 'legend';
      // Lay the chart out again with its legend, after this draw has finished.
      queueMicrotask(() => chart.update());
      return;
    }
    chart.canvas.dataset.labels = 'ends';
    const { ctx } = chart;
    ctx.save();
    ctx.font = font(chart);
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    labels.forEach((l, i) => {
      const x = l.x + GAP + LEADER;
      // The stroke carries the line's colour; the name is in ink, readable whatever the colour.
      ctx.strokeStyle = l.colour;
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(l.x + GAP / 2, l.y);
      const y = ys[i] ?? l.y;
      ctx.lineTo(x - 2, y);
      ctx.stroke();
      ctx.fillStyle = INK;
      ctx.fillText(l.text, x, y);
    });
    ctx.restore();
  },
};
