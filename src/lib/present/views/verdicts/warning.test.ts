import { describe, expect, it } from 'vitest';
import { assessmentModel } from '../../../../../test/support/assessment-models.ts';
import { report } from '../../../../../test/support/models.ts';
import { scoreBoard } from '../../../score/board.ts';
import { warningSummary } from './warning.ts';

const d1 = { c: 10 };
const months = [1, 2, 3, 4].map((m) =>
  report(`2005-0${m}`, {
    t1: { c: 10 * m, a: 4 * m },
    t2: { c: 5 * m, a: m },
    t3: { c: 9 * m },
    t4: m === 4 ? '未报送' : { c: 10 * m, a: 4 * m },
    t5: { c: 10 * m, a: 3 * m },
    d1,
  }),
);
const lines = () => {
  const board = scoreBoard(assessmentModel(months));
  return Object.fromEntries(
    warningSummary(board, board.periods.at(-1)!)!.groups.flatMap((g) => g.units.map((u) => [u.name, u.text])),
  );
};

describe('the warning lines on ranking and unit pages', () => {
  it("names the checks a unit is projected to miss, with the first one's projected figures, and its run behind pace", () => {
    // 乙镇: c 20 of 100 and a 4 of 40 after April → by June 30% and 15%; behind pace since January
    expect(lines()['乙镇']).toBe(
      '预计达不到双过半、年终考核（按当前进度，6月末合同 30.0%、实际 15.0%）；连续落后 4 个月',
    );
  });

  it('says a unit that did not report cannot be projected', () => {
    expect(lines()['丁镇']).toBe('本月未报送，无法推算');
  });

  it('leaves out units on course', () => {
    expect(lines()['甲镇']).toBeUndefined();
  });
});
