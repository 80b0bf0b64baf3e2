/**
 * Unit, group and indicator ids and periods are all strings, and several functions take two or three of
 * them in a row. Their types are branded (src/lib/schema/common.ts), so that passing them in the wrong
 * order fails `npm run typecheck`: each `@ts-expect-error` below is such a swap, and typecheck fails if
 compileOnly(() => * the swap ever compiles again (the brand lost). The right order runs; the swaps are only compiled.);
 */
import { describe, expect, it } from 'vitest';
import { previousOf } from '../src/lib/excel/layout.ts';
import { revisedCell } from '../src/lib/export/table.ts';
import { revisionsOf } from '../src/lib/present/revisions.ts';
import { groupDataUrl } from '../src/lib/present/urls.ts';
import { periodOf } from '../src/lib/schema/period.ts';
import { unitRow } from '../src/lib/score/releases.ts';
import { scoreBoard } from '../src/lib/score/board.ts';
import { asGroup, asIndicator, asUnit } from './support/ids.ts';
import { fiveTowns, report, testModel, testPlan, testSite } from './support/models.ts';

/** Every town reports `c`; t1's figure is the one the tests read. */
function figures(c: number) {
  return Object.fromEntries(fiveTowns().map((u) => [u.id, { c, a: 4 }]));
}
/** Compiled by typecheck, never run: a swapped call may well throw. */
const compileOnly = (_call: () => unknown) => undefined;

const model = testModel({
  site: testSite(),
  groups: [{ id: asGroup('towns'), name: '镇', countsTowardCity: true }],
  units: fiveTowns(),
  indicators: [
    { id: asIndicator('c'), name: '合同', unit: '万美元', decimals: 0 },
    { id: asIndicator('a'), name: '实际', unit: '万美元', decimals: 0 },
  ],
  plans: [testPlan({ t1: { c: { base: 100 }, a: { base: 40 } } })],
  reports: [report('2005-01', figures(10)), report('2005-02', figures(30))],
});
const unit = asUnit('t1');
const indicator = asIndicator('c');
const period = periodOf(2005, 2);

describe('ids of different kinds cannot be swapped', () => {
  it('takes period, unit and indicator in that order, and nothing else compiles', () => {
    expect(previousOf(model, period, unit, indicator)).toBe(10);
    // @ts-expect-error unit and indicator swapped
    compileOnly(() => previousOf(model, period, indicator, unit));
    // @ts-expect-error period and unit swapped
    compileOnly(() => previousOf(model, unit, period, indicator));

    expect(revisionsOf(model, period, unit, indicator)).toEqual([]);
    // @ts-expect-error unit and indicator swapped
    compileOnly(() => revisionsOf(model, period, indicator, unit));

    expect(revisedCell(model, period, unit, indicator)).toBe('否');
    // @ts-expect-error period and indicator swapped
    compileOnly(() => revisedCell(model, indicator, unit, period));
  });

  it('takes a period and a group id for a group’s download, not a group and a period', () => {
    const towns = asGroup('towns');
    expect(groupDataUrl(period, towns)).toBe('/data/rankings-2005-02-towns.csv');
    // @ts-expect-error group and period swapped
    compileOnly(() => groupDataUrl(towns, period));
    // @ts-expect-error a unit id is not a group id
    compileOnly(() => groupDataUrl(period, unit));
  });

  it('takes only checked ids: a bare string is not a unit id or a period', () => {
    const board = scoreBoard(model);
    expect(unitRow(board, period, unit)?.indicators[0]?.value).toBe(30);
    // @ts-expect-error a string typed by hand has not been checked against units.yaml
    compileOnly(() => unitRow(board, period, 't1'));
    // @ts-expect-error nor is a string a period: periodOf(year, month) makes one
    compileOnly(() => unitRow(board, '2005-02', unit));
  });
});
