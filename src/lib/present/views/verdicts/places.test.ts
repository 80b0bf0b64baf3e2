import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../model/load.ts';
import { scoreBoard } from '../../../score/board.ts';
import { placesView } from './places.ts';

const { model } = loadData({
  root: join(import.meta.dirname, '../../../../../test/fixtures/minimal'),
  currentPeriod: '2026-11',
});
const board = scoreBoard(model!);
const year = board.periods.at(-1)!.year;
const units = board.periods.at(-1)!.groups.reduce((n, g) => n + g.units.length, 0);

describe('the year at a glance (位次一览)', () => {
  it('shows every group on one page while the board has no more units than a page holds', () => {
    const view = placesView(board, year, units);
    expect(view.split).toBe(false);
  });

  it('gives each group a page of its own, linked from the year page, once the board has more units than a page holds', () => {
    const view = placesView(board, year, units - 1);
    expect(view.split).toBe(true);
    expect(view.groups.map((g) => g.href)).toEqual(
      board.periods.at(-1)!.groups.map((g) => `/assessments/${year}/places/${g.group.id}/`),
    );
  });
});
