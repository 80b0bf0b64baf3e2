/** A chart's own numbers as CSV (UTF-8 with BOM, as every download): one row per label, one column per line. */
import type { ChartSpec } from '../present/chart.ts';
import { toCsv } from './csv.ts';

export function chartCsv(spec: ChartSpec, labelHeader = '月份'): string {
  return toCsv({
    headers: [`${labelHeader}（数值：${spec.yTitle}）`, ...spec.series.map((s) => s.label)],
    decimals: [undefined, ...spec.series.map(() => (spec.format === 'rank' ? 0 : (spec.decimals ?? 1)))],
    rows: spec.labels.map((label, i) => [label, ...spec.series.map((s) => s.values[i] ?? null)]),
  });
}
