/**
 * A site chart as a picture a journalist can put in an article (1200×800, paper colours): its
 * message as the title, what is drawn, the lines with the same colours and dashes as on the page
 * (src/client/line-chart.ts: Okabe–Ito, each line told apart by its dash too), a legend, the source
 * and release date, and the illustrative notice where the data are illustrative. Drawn by satori and
 * resvg like the slides, the plot as inline SVG, the words as satori text.
 */
import type { ChartFile } from '../present/views/media/chart-files.ts';
import type { ChartSeries } from '../present/chart.ts';
import { formatAmount } from '../present/format.ts';
import { h, PAPER as P, type Element } from './element.ts';
import type { Picture } from './render.ts';

export const CHART_FRAME = { width: 1200, height: 800, pad: 48, axis: 96, plotHeight: 380 } as const;

interface Line {
  colour: string;
  width: number;
  dash?: string;
  points: boolean;
}
const LINES: Record<Exclude<ChartSeries['kind'], 'compare'>, Line> = {
  value: { colour: '#0072b2', width: 4, points: true },
  value2: { colour: '#d55e00', width: 4, dash: '12 6', points: true },
  rank: { colour: '#0072b2', width: 4, points: true },
  pace: { colour: '#333333', width: 3, dash: '4 4', points: false },
  target: { colour: '#e69f00', width: 3, dash: '14 4 3 4', points: false },
  stretch: { colour: '#009e73', width: 3, dash: '3 6', points: false },
};
const COMPARE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#7a5c00'];
const lineOf = (s: ChartSeries): Line =>
  s.kind === 'compare'
    ? { colour: COMPARE[(s.style ?? 0) % COMPARE.length] ?? '#0072b2', width: 4, points: true }
    : LINES[s.kind];

/** An SVG element for satori: attributes beside the style. */
const svg = (type: string, attributes: Record<string, string | number>, ...children: Element[]): Element => ({
  type,
  props: { ...attributes, style: {}, ...(children.length ? { children } : {}) },
});

/** A round step for about five gridlines up to `max`: 1, 2 or 5 times a power of ten. */
function niceStep(max: number): number {
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
}

/** The y axis: where a value sits (0 at the bottom, or 第1 at the top for places) and the ticks. */
function axis(file: ChartFile) {
  const { spec } = file;
  const H = CHART_FRAME.plotHeight;
  if (spec.format === 'rank') {
    const max = spec.max ?? 1;
    const step = max <= 8 ? 1 : max <= 16 ? 3 : 5;
    const ticks = [1];
    for (let v = step + 1; v <= max; v += step) ticks.push(v);
    const y = (v: number) => ((v - 0.5) / max) * H;
    return { y, ticks: ticks.map((v) => ({ v, text: `第${v}位` })) };
  }
  const values = spec.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const top = Math.max(1, ...values);
  const step = niceStep(top);
  const end = Math.ceil(top / step) * step;
  const ticks = Array.from({ length: Math.round(end / step) + 1 }, (_, i) => i * step);
  const y = (v: number) => H - (v / end) * H;
  const text = (v: number) =>
    spec.format === 'percent' ? `${formatAmount(v, 0)}%` : formatAmount(v, step < 1 ? (spec.decimals ?? 1) : 0);
  return { y, ticks: ticks.map((v) => ({ v, text: text(v) })) };
}

export function chartPicture(file: ChartFile): Picture {
  const { width, pad, axis: axisWidth, plotHeight: H } = CHART_FRAME;
  const W = width - 2 * pad - axisWidth;
  const { spec } = file;
  const n = spec.labels.length;
  const x = (i: number) => ((i + 0.5) * W) / n;
  const { y, ticks } = axis(file);
  const grid = ticks.map((t) =>
    svg('path', { d: `M0 ${y(t.v).toFixed(1)}H${W}`, stroke: P.line, 'stroke-width': 1, fill: 'none' }),
  );
  const lines = spec.series.flatMap((s) => {
    const line = lineOf(s);
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null) return void (pen = false);
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
      pen = true;
    });
    const path = svg('path', {
      d: d || 'M0 0',
      stroke: d ? line.colour : 'none',
      'stroke-width': line.width,
      fill: 'none',
      'stroke-linejoin': 'round',
      ...(line.dash ? { 'stroke-dasharray': line.dash } : {}),
    });
    const points = line.points
      ? s.values.flatMap((v, i) =>
          v === null ? [] : [svg('circle', { cx: x(i).toFixed(1), cy: y(v).toFixed(1), r: 6, fill: line.colour })],
        )
      : [];
    return [path, ...points];
  });
  const plot = svg('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}` }, ...grid, ...lines);
  const yLabels = h(
    'div',
    { display: 'flex', position: 'relative', width: axisWidth, height: H },
    ...ticks.map((t) =>
      h(
        'div',
        {
          position: 'absolute',
          right: 12,
          top: y(t.v) - 13,
          fontSize: 20,
          lineHeight: 1.3,
          color: P.soft,
          whiteSpace: 'nowrap',
        },
        t.text,
      ),
    ),
  );
  const xLabels = h(
    'div',
    { display: 'flex', marginLeft: axisWidth, width: W, fontSize: 20, color: P.soft },
    ...spec.labels.map((label) => h('div', { width: W / n, display: 'flex', justifyContent: 'center' }, label)),
  );
  const legend = h(
    'div',
    { display: 'flex', flexWrap: 'wrap', gap: 28, marginTop: 16, fontSize: 22, color: P.ink },
    ...spec.series.map((s) => {
      const line = lineOf(s);
      return h(
        'div',
        { display: 'flex', alignItems: 'center', gap: 10 },
        svg(
          'svg',
          { width: 44, height: 14, viewBox: '0 0 44 14' },
          svg('path', {
            d: 'M2 7H42',
            stroke: line.colour,
            'stroke-width': line.width,
            fill: 'none',
            ...(line.dash ? { 'stroke-dasharray': line.dash } : {}),
          }),
          ...(line.points ? [svg('circle', { cx: 22, cy: 7, r: 6, fill: line.colour })] : []),
        ),
        s.label,
      );
    }),
  );
  const element = h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width,
      height: CHART_FRAME.height,
      padding: pad,
      backgroundColor: P.ground,
      color: P.ink,
    },
    h('div', { fontSize: 30, fontWeight: 700, lineHeight: 1.3 }, file.title),
    h('div', { fontSize: 20, lineHeight: 1.4, color: P.soft, marginTop: 6, marginBottom: 18 }, file.description),
    h('div', { fontSize: 20, color: P.soft, marginBottom: 10 }, spec.yTitle),
    h('div', { display: 'flex' }, yLabels, plot),
    h('div', { display: 'flex', marginTop: 8 }, xLabels),
    legend,
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        marginTop: 'auto',
        paddingTop: 10,
        borderTop: `1px solid ${P.line}`,
        fontSize: 18,
        lineHeight: 1.4,
        color: P.soft,
      },
      h('div', {}, file.source),
      file.notice ? h('div', { color: P.neutral }, file.notice) : null,
    ),
  );
  return { element, width, height: CHART_FRAME.height };
}
