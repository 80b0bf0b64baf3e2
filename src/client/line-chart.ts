/**
 * Draws a [data-chart] box as a line chart. chart.js is imported per part (tree-shaken); the
 * numbers come from the box's data-chart attribute (no inline script, CSP-safe). Loaded on demand
 * by chart-loader.ts when a box nears the viewport, so it is a chunk of its own.
 * Palette: Okabe–Ito colours, each series also told apart by its dash and point shape.
 */
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartDataset,
} from 'chart.js';
import type { ChartSpec, SeriesKind } from '../lib/present/chart.ts';
import { endLabelRoom, endLabelsPlugin, labelFont } from './end-labels.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

/** Lines compared side by side: a colour, a dash and a point shape each, so none is told apart by colour alone. */
const COMPARE_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#7a5c00'];
const COMPARE_DASHES = [[], [8, 4], [2, 3], [12, 3, 2, 3], [4, 4], [1, 2]];
const COMPARE_POINTS = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot', 'cross', 'dash'] as const;
function compareStyle(i: number): Partial<ChartDataset<'line'>> {
  const colour = COMPARE_COLOURS[i % COMPARE_COLOURS.length];
  return {
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: 2.5,
    borderDash: COMPARE_DASHES[i % COMPARE_DASHES.length],
    pointStyle: COMPARE_POINTS[i % COMPARE_POINTS.length],
    pointRadius: 4,
  };
}

const styles: Record<Exclude<SeriesKind, 'compare'>, Partial<ChartDataset<'line'>>> = {
  value: { borderColor: '#0072b2', backgroundColor: '#0072b2', borderWidth: 3, pointStyle: 'circle', pointRadius: 4 },
  value2: {
    borderColor: '#d55e00',
    backgroundColor: '#d55e00',
    borderWidth: 3,
    borderDash: [8, 4],
    pointStyle: 'triangle',
    pointRadius: 5,
  },
  rank: {
    borderColor: '#0072b2',
    backgroundColor: '#0072b2',
    borderWidth: 3,
    pointStyle: 'rectRot',
    pointRadius: 5,
    clip: false,
  },
  pace: {
    borderColor: '#333333',
    backgroundColor: '#333333',
    borderWidth: 2,
    borderDash: [3, 3],
    pointRadius: 0,
    pointStyle: 'line',
  },
  target: {
    borderColor: '#e69f00',
    backgroundColor: '#e69f00',
    borderWidth: 2,
    borderDash: [10, 3, 2, 3],
    pointRadius: 0,
    pointStyle: 'line',
  },
  stretch: {
    borderColor: '#009e73',
    backgroundColor: '#009e73',
    borderWidth: 2,
    borderDash: [2, 4],
    pointRadius: 0,
    pointStyle: 'line',
  },
};

function format(spec: ChartSpec, value: number | null): string {
  if (value === null) return '—';
  if (spec.format === 'percent') return `${value.toFixed(1)}%`;
  if (spec.format === 'rank') return `第 ${value} 位`;
  return value.toFixed(spec.decimals ?? 0);
}

export function drawChart(box: HTMLElement) {
  const canvas = box.querySelector('canvas');
  if (!canvas || !box.dataset.chart) return;
  const spec = JSON.parse(box.dataset.chart) as ChartSpec;
  box.hidden = false;
  const font = getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.family = font;
  Chart.defaults.color = '#3a4149';
  // Drawn again (the comparison page redraws when the reader changes the choice): one chart per canvas.
  Chart.getChart(canvas)?.destroy();
  // Lines named at their ends where the names fit beside the chart (the comparison); else the legend.
  const room = spec.endLabels
    ? endLabelRoom(
        canvas,
        box.clientWidth,
        spec.series.map((s) => s.label),
        labelFont(Chart.defaults.font.size ?? 12, font),
      )
    : undefined;
  canvas.dataset.labels = room === undefined ? 'legend' : 'ends';
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s) => ({
        label: s.label,
        data: s.values,
        spanGaps: false,
        fill: false,
        ...(s.kind === 'compare' ? compareStyle(s.style ?? 0) : styles[s.kind]),
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      layout: room === undefined ? {} : { padding: { right: room } },
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: {
          display: room === undefined,
          position: 'bottom',
          labels: { usePointStyle: true, boxWidth: 24, boxHeight: 8, padding: 12 },
        },
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}：${format(spec, ctx.parsed.y)}` } },
      },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 6 } },
        y:
          spec.format === 'rank'
            ? {
                // Half a place of room above 第1 and below the last, so points at the edge are not cut;
                // ticks at 1 and every step, so 第1 is always labelled.
                reverse: true,
                min: 0.5,
                max: (spec.max ?? 1) + 0.5,
                afterBuildTicks: (axis) => {
                  const max = spec.max ?? 1;
                  const step = max <= 8 ? 1 : max <= 16 ? 3 : 5;
                  const values = [1];
                  for (let v = step + 1; v <= max; v += step) values.push(v);
                  axis.ticks = values.map((value) => ({ value }));
                },
                grid: { drawTicks: false },
                ticks: { padding: 6 },
                title: { display: true, text: spec.yTitle },
              }
            : {
                beginAtZero: true,
                title: { display: true, text: spec.yTitle },
                ticks: { callback: (v) => (spec.format === 'percent' ? `${v}%` : `${v}`) },
              },
      },
    },
    plugins: room === undefined ? [] : [endLabelsPlugin],
  });
}
