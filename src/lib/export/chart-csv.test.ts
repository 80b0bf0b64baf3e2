import { describe, expect, it } from 'vitest';
import { chartDataUrl, chartImageUrl, cityChartId, unitChartId } from '../present/urls.ts';
import { chartCsv } from './chart-csv.ts';

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

  it('publishes every chart’s numbers and pictures at addresses named by what the chart shows', () => {
    expect(chartDataUrl(cityChartId(2005))).toBe('/data/charts/city-2005.csv');
    expect(chartImageUrl(unitChartId('dazhong', 2005, 'rank'), 'svg')).toBe(
      '/images/charts/unit-dazhong-2005-rank.svg',
    );
  });
});
