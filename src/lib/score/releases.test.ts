import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBenchBoard } from '../../../scripts/bench-board.ts';
import { SAMPLE } from '../../../test/support/sample.ts';
import { loadData } from '../model/load.ts';
import { scoreBoard } from './board.ts';
import { modelAsOf, releaseBoard, releasesOf, unitRow } from './releases.ts';
import { asPeriod, asUnit } from '../../../test/support/ids.ts';

function sampleBoard() {
  const { model } = loadData({ root: SAMPLE, currentPeriod: '2026-11' });
  if (!model) throw new Error('the sample data do not load');
  return scoreBoard(model);
}

describe('the board as each release showed it', () => {
  const board = sampleBoard();

  it('lists every published month with the day it went out', () => {
    expect(releasesOf(board).find((r) => r.period === '2005-03')).toEqual({ period: '2005-03', date: '2005-04-05' });
  });

  it('the 2005-03 release ranks 西团镇 10th on 合同 56, the current data 9th on 62', () => {
    const then = unitRow(releaseBoard(board, '2005-03'), asPeriod('2005-03'), asUnit('xituan'))!;
    const now = unitRow(board, asPeriod('2005-03'), asUnit('xituan'))!;
    expect([then.rank, then.indicators.find((i) => i.indicator === 'contracted')!.value]).toEqual([10, 56]);
    expect([now.rank, now.indicators.find((i) => i.indicator === 'contracted')!.value]).toEqual([9, 62]);
  });

  it('applies a revision from the first release dated on or after it (2005-04-20 → the 2005-04 release)', () => {
    expect(unitRow(releaseBoard(board, '2005-04'), asPeriod('2005-03'), asUnit('xituan'))!.indicators[0].value).toBe(
      62,
    );
  });

  it('is the current board cut at its month when no revision was still to come (nothing scored twice)', () => {
    const latest = releasesOf(board).at(-1)!.period;
    expect(releaseBoard(board, latest)).toBe(board);
    const april = releaseBoard(board, '2005-04');
    expect(april.periods.map((p) => p.period).at(-1)).toBe('2005-04');
    expect(april.periods.at(-1)).toBe(board.periods.find((p) => p.period === '2005-04'));
    expect(releaseBoard(board, '2005-03')).not.toBe(board);
  });

  it('holds no month, verdict or warning published after the release (the January release knows no year-end)', () => {
    const january = releaseBoard(board, '2005-01');
    expect(january.periods.map((p) => p.period)).toEqual(['2005-01']);
    expect(january.model.reports.every((r) => r.period <= '2005-01')).toBe(true);
  });

  it('leaves out the months released later and the revisions made later', () => {
    const then = modelAsOf(board.model, { period: asPeriod('2005-03'), date: '2005-04-05' });
    expect(then.reports.at(-1)!.period).toBe('2005-03');
    expect(then.revisions).toEqual([]);
  });
});

describe('the release boards a build holds', () => {
  it('are a year of them and one more, the last asked for: never every release at once', () => {
    const root = mkdtempSync(join(tmpdir(), 'releases-kept-'));
    try {
      writeBenchBoard(root, { years: 2, units: 3 });
      const { model } = loadData({ root, currentPeriod: '2013-01' });
      if (!model) throw new Error('the two-year board does not load');
      const board = scoreBoard(model);
      const [first = '', ...others] = releasesOf(board).map((r) => r.period);
      expect(others.length).toBeGreaterThan(13);
      const kept = releaseBoard(board, first);
      // Twelve others asked for since: still among the last thirteen, the same board.
      for (const period of others.slice(0, 12)) releaseBoard(board, period);
      expect(releaseBoard(board, first)).toBe(kept);
      // Thirteen others since: it was let go, and is made again alike.
      for (const period of others.slice(0, 13)) releaseBoard(board, period);
      const again = releaseBoard(board, first);
      expect(again).not.toBe(kept);
      expect(again.periods.map((p) => p.period)).toEqual(kept.periods.map((p) => p.period));
      expect(again.model.reports).toEqual(kept.model.reports);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
