import { describe, expect, it } from 'vitest';
import { assessmentModel, half, quarter, yearEnd } from '../../../test/support/assessment-models.ts';
import { report } from '../../../test/support/models.ts';
import { scoreBoard } from './board.ts';
import { checksAhead, runRateProjection, warnedUnits, warningsAt } from './warning.ts';

const d1 = { c: 10 };
const months = [
  report('2005-01', {
    t1: { c: 10, a: 4 },
    t2: { c: 5, a: 1 },
    t3: { c: 9, a: 0 },
    t4: { c: 10, a: 4 },
    t5: { c: 10, a: 4 },
    d1,
  }),
  report('2005-02', {
    t1: { c: 20, a: 8 },
    t2: { c: 10, a: 2 },
    t3: { c: 18, a: 0 },
    t4: '未报送',
    t5: { c: 20, a: 8 },
    d1,
  }),
  report('2005-03', {
    t1: { c: 30, a: 12 },
    t2: { c: 15, a: 3 },
    t3: { c: 27, a: 0 },
    t4: { c: 30, a: 12 },
    t5: { c: 30, a: 12 },
    d1,
  }),
  report('2005-04', {
    t1: { c: 40, a: 16 },
    t2: { c: 20, a: 4 },
    t3: { c: 36, a: 0 },
    t4: { c: 40, a: 16 },
    t5: { c: 40, a: 13 },
    d1,
  }),
];
const warnings = (upTo = 4) => {
  const board = scoreBoard(assessmentModel(months.slice(0, upTo)));
  return warningsAt(board, board.periods.at(-1)!)!;
};
const of = (id: string, upTo = 4) => warnings(upTo).units.find((u) => u.unit === id)!;

describe('early warning (预警)', () => {
  it('projects at the run rate: 累计 ÷ months elapsed × the month projected to', () => {
    expect(runRateProjection(40, 4, 6)).toBe(60);
    expect(runRateProjection(null, 4, 6)).toBeNull();
  });

  it('projects to the month of every check still ahead, one per month', () => {
    expect(checksAhead([quarter, { ...quarter, id: 'q2', month: 6 }, half, yearEnd], 4).map((c) => c.id)).toEqual([
      'half',
      'year',
    ]);
  });

  it('lists a unit projected to miss 双过半 on the indicator it would miss', () => {
    // t5: a 13 after 4 months → 19.5 of 40 by June = 48.75%
    expect(of('t5').projections.find((p) => p.check.id === 'half')!.missedOn).toEqual(['a']);
    expect(of('t1').projections.every((p) => p.missedOn.length === 0)).toBe(true);
  });

  it("flags a unit behind pace the plan's number of months in a row (连续落后)", () => {
    expect(of('t2', 3)).toMatchObject({ behindStreak: 3, flagged: true });
    expect(of('t2', 2)).toMatchObject({ behindStreak: 2, flagged: false });
  });

  it('counts a month 未报送 as a month behind pace, and a month on pace ends the run', () => {
    expect(of('t4', 2).behindStreak).toBe(1);
    expect(of('t4', 3).behindStreak).toBe(0);
  });

  it('lists only units with something to warn of', () => {
    expect(
      warnedUnits(warnings())
        .map((u) => u.unit)
        .sort(),
    ).toEqual(['d1', 't2', 't5']);
  });
});
