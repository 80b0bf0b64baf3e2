import { describe, expect, it } from 'vitest';
import { rankPanels } from './rank-panels.ts';

const months = ['1月', '2月', '3月'];

describe('the small multiples of a rank chart', () => {
  it('gives every unit a panel of its own, with every line behind it as context', () => {
    const panels = rankPanels(months, [
      { label: '甲', ranks: [1, 2, 1] },
      { label: '乙', ranks: [2, 1, 2] },
      { label: '丙', ranks: [3, 3, 3] },
    ]);
    expect(panels.panels.map((p) => p.label)).toEqual(['甲', '乙', '丙']);
    expect(panels.context).toHaveLength(3);
    expect(panels.context[0]).toBe(panels.panels[0].path);
  });

  it('puts place 1 on top and the last place at the bottom of every panel', () => {
    const panels = rankPanels(months, [
      { label: '甲', ranks: [1, 3, 1] },
      { label: '乙', ranks: [3, 1, 3] },
    ]);
    const [top, bottom] = panels.axis;
    expect(top.rank).toBe(1);
    expect(bottom.rank).toBe(3);
    expect(panels.panels[0].points.map((p) => p.y)).toEqual([top.y, bottom.y, top.y]);
  });

  it('breaks a unit’s line where it had no place (未报送, no target), and names its first and latest place', () => {
    const panels = rankPanels(months, [
      { label: '甲', ranks: [2, null, 1] },
      { label: '乙', ranks: [null, 1, 2] },
    ]);
    expect(panels.panels[0].path.match(/M/g)).toHaveLength(2);
    expect(panels.panels[0].points).toHaveLength(2);
    expect(panels.panels[1]).toMatchObject({ first: 1, latest: 2 });
  });
});
