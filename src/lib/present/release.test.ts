import { describe, expect, it } from 'vitest';
import type { Board } from '../score/board.ts';
import { nextReleaseLine, nextReleaseText, plannedRelease, releaseNote } from './release.ts';

describe('the release calendar', () => {
  it("plans each month's ranking for the plan's day of the following month", () => {
    expect(plannedRelease({ releaseDay: 5 }, '2005-03')).toBe('2005-04-05');
    expect(plannedRelease({ releaseDay: 5 }, '2005-12')).toBe('2006-01-05');
    expect(plannedRelease({}, '2005-03')).toBeUndefined();
  });

  it('says whether a month went out on time, and how late', () => {
    expect(releaseNote({ releaseDay: 5 }, '2005-03', '2005-04-05')).toBe('按时发布');
    expect(releaseNote({ releaseDay: 5 }, '2005-03', '2005-04-02')).toBe('按时发布');
    expect(releaseNote({ releaseDay: 5 }, '2005-12', '2006-01-08')).toBe('推迟 3 天发布（计划 2006年1月5日）');
    expect(releaseNote(undefined, '2005-03', '2005-04-09')).toBeUndefined();
  });

  it("names the next release, on last year's calendar until the new plan says otherwise", () => {
    const plan = { year: 2005, releaseDay: 5 };
    const board = { periods: [{ period: '2005-12', plan }] } as unknown as Board;
    expect(nextReleaseText(board, { plans: [plan] as never })).toBe('下一期（2006年1月）计划于 2006年2月5日发布。');
    expect(nextReleaseText(board, { plans: [plan, { year: 2006, releaseDay: 10 }] as never })).toBe(
      '下一期（2006年1月）计划于 2006年2月10日发布。',
    );
  });

  it("announces 下次发布 beside the latest month only, with the next year's first release day after December", () => {
    const plan = { year: 2005, releaseDay: 5 };
    const board = (periods: string[], plans: object[] = [plan]) =>
      ({ periods: periods.map((period) => ({ period, plan: plans[0] })), model: { plans } }) as unknown as Board;
    expect(nextReleaseLine(board(['2005-03', '2005-04']))).toEqual({
      date: '2005-06-05',
      text: '2005年6月5日',
      of: '2005年1—5月排行榜',
    });
    expect(nextReleaseLine(board(['2005-03', '2005-04']), '2005-04')?.text).toBe('2005年6月5日');
    expect(nextReleaseLine(board(['2005-03', '2005-04']), '2005-03')).toBeUndefined();
    expect(nextReleaseLine(board(['2005-12'], [plan, { year: 2006, releaseDay: 8 }]))?.text).toBe('2006年2月8日');
    expect(nextReleaseLine(board(['2005-12'], [{ year: 2005 }]))).toBeUndefined();
  });
});
