import { describe, expect, it } from 'vitest';
import { chartCsv, chartCsvHref } from './chart-csv.ts';

const spec = {
  labels: ['1月', '2月'],
  series: [
    { label: '合同利用外资', kind: 'value' as const, values: [120.5, null] },
    { label: '序时进度', kind: 'pace' as const, values: [8.3, 16.7] },
  ],
  yTitle: '完成率（%）',
  format: 'percent' as const,
  decimals: 1,
};

describe('a chart’s data download', () => {
  it('writes the chart’s own numbers as CSV with a BOM, one column per line, blank where none', () => {
    expect(chartCsv(spec)).toBe(
      '\uFEFF月份（数值：完成率（%））,合同利用外资,序时进度\r\n1月,120.5,8.3\r\n2月,,16.7\r\n',
    );
  });

  it('links it as a data address that decodes to the same bytes', () => {
    const href = chartCsvHref(spec);
    expect(href.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(href.split(',').slice(1).join(','))).toBe(chartCsv(spec));
  });
});
