import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../model/load.ts';
import { scoreBoard } from '../../../score/board.ts';
import { cooperationPages, cooperationView } from './cooperation.ts';
import { eventPages, eventsView } from './events.ts';
import { ledgerPages, ledgerView } from './projects.ts';

const { model } = loadData({
  root: join(import.meta.dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'minimal'),
  currentPeriod: '2026-11',
});
// The fixture's 2005 ledger files, and the same again as an earlier year's: a board in its second year.
const earlier = <T extends { year: number }>(files: T[]) => [{ ...files[0], year: 2004 }, ...files];
const board = scoreBoard({
  ...model!,
  projectLedgers: earlier(model!.projectLedgers),
  eventYears: earlier(model!.eventYears),
  cooperationYears: earlier(model!.cooperationYears),
});

describe('ledger pages across years', () => {
  it('keeps every year’s project ledger at its own address, the latest also at /projects/', () => {
    expect(ledgerPages(board).map((p) => p.path)).toEqual([
      '/projects/',
      '/projects/by-unit/',
      '/projects/by-stage/',
      '/projects/2004/',
      '/projects/2004/by-unit/',
      '/projects/2004/by-stage/',
      '/projects/2005/',
      '/projects/2005/by-unit/',
      '/projects/2005/by-stage/',
    ]);
    const older = ledgerView(board, 'unit', 2004);
    expect(older.title).toBe('2004年重点项目台账');
    expect(older.groupings.map((g) => g.href)).toEqual([
      '/projects/2004/',
      '/projects/2004/by-unit/',
      '/projects/2004/by-stage/',
    ]);
    expect(older.years).toEqual([
      { year: 2004, href: '/projects/2004/by-unit/', current: true },
      { year: 2005, href: '/projects/2005/by-unit/', current: false },
    ]);
    expect(ledgerView(board, 'tier').title).toBe('2005年重点项目台账');
  });

  it('keeps every year’s events and cooperation tracker at their own addresses', () => {
    expect(eventPages(board)).toEqual([undefined, 2004, 2005]);
    expect(eventsView(board, 2004).years.map((y) => [y.href, y.current])).toEqual([
      ['/events/2004/', true],
      ['/events/2005/', false],
    ]);
    expect(cooperationPages(board)).toEqual([undefined, 2004, 2005]);
    expect(cooperationView(board, 2004).title).toMatch(/^2004年/);
    expect(cooperationView(board).title).toMatch(/^2005年/);
  });

  it('builds no year pages on a board without ledger files', () => {
    const bare = scoreBoard({ ...model!, projectLedgers: [], eventYears: [], cooperationYears: [] });
    expect([ledgerPages(bare), eventPages(bare), cooperationPages(bare)]).toEqual([[], [], []]);
  });
});
