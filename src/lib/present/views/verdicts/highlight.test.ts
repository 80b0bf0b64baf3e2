import { describe, expect, it } from 'vitest';
import { assessmentModel } from '../../../../../test/support/assessment-models.ts';
import { report } from '../../../../../test/support/models.ts';
import { scoreBoard } from '../../../score/board.ts';
import { highlightView } from './highlight.ts';

const figures = (c: number, a: number) => ({
  t1: { c, a },
  t2: { c, a },
  t3: { c },
  t4: { c, a },
  t5: { c, a },
  d1: { c: c / 2 },
});
const months = Array.from({ length: 7 }, (_, i) =>
  report(`2005-${String(i + 1).padStart(2, '0')}`, figures(10 * (i + 1), 4 * (i + 1))),
);
const highlightAt = (month: number) => {
  const board = scoreBoard(assessmentModel(months.slice(0, month)));
  return highlightView(board, board.periods.at(-1)!);
};

describe('the home page highlight (首季开门红)', () => {
  it("is shown from the publication of the Q1 month until the next check's month is published", () => {
    expect(highlightAt(2)).toBeUndefined();
    expect(highlightAt(3)?.title).toBe('2005年首季开门红');
    expect(highlightAt(5)?.title).toBe('2005年首季开门红');
    expect(highlightAt(6)).toBeUndefined();
  });

  it("gives the city's and each group's Q1 result", () => {
    const h = highlightAt(4)!;
    // 30 of 100 and 12 of 40 after March: both at or above 25%
    expect(h.groups.map((g) => [g.name, g.pass])).toEqual([
      ['镇', true],
      ['部门', true],
    ]);
    // the city: 150 of its 1000 target (15%) — short of pace however its groups do
    expect(h.city.pass).toBe(false);
    expect(h.city.text).toBe('✗ 未实现首季开门红');
  });
});
