import { describe, expect, it } from 'vitest';
import { rankChart } from './rank-chart.ts';

const months = ['1月', '2月', '3月'];

describe('the rank chart', () => {
  it('puts place 1 on top and draws one line per unit through its places', () => {
    const chart = rankChart(months, [
      { label: '甲', ranks: [1, 2, 1] },
      { label: '乙', ranks: [2, 1, 2] },
    ]);
    const [a, b] = chart.lines;
    expect(a.points.map((p) => p.y)).toEqual([chart.rows[0].y, chart.rows[1].y, chart.rows[0].y]);
    expect(b.points[1].y).toBeLessThan(b.points[0].y);
  });

  it('labels every line at both ends with its name and place', () => {
    const chart = rankChart(months, [
      { label: '甲', ranks: [1, 2, 2] },
      { label: '乙', ranks: [2, 1, 1] },
    ]);
    expect(chart.left.map((l) => l.text)).toEqual(['1 甲', '2 乙']);
    expect(chart.right.map((l) => l.text)).toEqual(['乙 1', '甲 2']);
  });

  it('gives units tied at an end one shared label, so labels never overlap', () => {
    const chart = rankChart(months, [
      { label: '甲', ranks: [1, 1, 1] },
      { label: '乙', ranks: [1, 3, 3] },
      { label: '丙', ranks: [3, 2, 2] },
    ]);
    expect(chart.left.map((l) => l.text)).toEqual(['1 甲、乙', '3 丙']);
  });

  it('breaks a line in a month without a place (未报送) instead of joining across it', () => {
    const chart = rankChart(['1月', '2月', '3月', '4月'], [{ label: '甲', ranks: [1, null, 2, 2] }]);
    expect(chart.lines[0].path.match(/M/g)).toHaveLength(2);
    expect(chart.lines[0].points).toHaveLength(3);
  });

  it('varies the line style from one unit to the next, so lines differ without colour', () => {
    const chart = rankChart(months, [
      { label: '甲', ranks: [1, 1, 1] },
      { label: '乙', ranks: [2, 2, 2] },
    ]);
    expect(chart.lines[0].style).not.toBe(chart.lines[1].style);
  });
});
