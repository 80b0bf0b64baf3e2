import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../model/load.ts';
import { scoreBoard } from '../../../score/board.ts';
import { methodologyView } from './methodology.ts';

const boardOf = (fixture: string, currentPeriod: string) =>
  scoreBoard(
    loadData({
      root: join(import.meta.dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', fixture),
      currentPeriod,
    }).model!,
  );

describe('the methodology page', () => {
  it('explains how each ledger page sums, for the ledger files the board has', () => {
    const view = methodologyView(boardOf('minimal', '2026-11'));
    const titles = view.ledger.map((part) => part.title);
    expect(titles[0]).toBe('重点项目台账');
    const projects = view.ledger[0].lines.join('');
    expect(projects).toContain('到位资金累计 = 各项目最新一个月的到位资金之和');
    expect(projects).toContain('台账与月度报表分别填报，数字不相加');
  });

  it('says nothing of ledgers on a board without them', () => {
    expect(methodologyView(boardOf('wide', '2024-04')).ledger).toEqual([]);
  });

  it('names no data file in the rules it states (README.txt, beside the data, does)', () => {
    const view = methodologyView(boardOf('minimal', '2026-11'));
    const text = view.rules.map((r) => r.text).join('');
    expect(text).toContain('按单位名册的顺序排列');
    expect(text).not.toMatch(/\.ya?ml/);
  });
});
