import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../model/load.ts';
import { scoreBoard } from '../score/board.ts';
import { leadersAndLaggards, movers, neighbours, rankingRuleText, scoreLabel, unitHistory } from './queries.ts';

const { model } = loadData({
  root: join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'minimal'),
  currentPeriod: '2026-11',
});
const board = scoreBoard(model!);
const march = board.periods.find((p) => p.period === '2005-03')!;

describe('what the pages pick out of the board', () => {
  it('names leaders and laggards of a group without listing a unit on both sides', () => {
    for (const group of march.groups) {
      const { leaders, laggards } = leadersAndLaggards(group);
      expect(leaders.filter((u) => laggards.includes(u))).toEqual([]);
      expect(leaders.every((u) => u.state === 'ranked') && laggards.every((u) => u.state === 'ranked')).toBe(true);
    }
  });

  it('lists movers biggest move first, 进位 and 退位 apart', () => {
    const { up, down } = movers(march);
    expect(up.every((u) => u.movement?.movement === 'up')).toBe(true);
    expect(down.every((u) => u.movement?.movement === 'down')).toBe(true);
    const by = up.map((u) => u.movement!.by);
    expect(by).toEqual([...by].sort((a, b) => b - a));
  });

  it('finds the months before and after', () => {
    expect(neighbours(board, '2005-02').previous?.period).toBe('2005-01');
    expect(neighbours(board, '2005-02').next?.period).toBe('2005-03');
    expect(neighbours(board, '2005-01').previous).toBeUndefined();
  });

  it('gives a unit one row per month it was scored', () => {
    expect(unitHistory(board, 'dazhong').map((h) => h.period.period)).toEqual(['2005-01', '2005-02', '2005-03']);
  });

  it('states the ranking rule in words with the plan’s weights as shares', () => {
    expect(rankingRuleText(march.plan, model!)).toContain('合同利用外资完成率 × 40% + 实际利用外资完成率 × 60%');
    expect(scoreLabel(march.plan, model!)).toBe('综合完成率');
  });
});
