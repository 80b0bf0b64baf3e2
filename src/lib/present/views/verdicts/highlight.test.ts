import { describe, expect, it } from 'vitest';
import {
  assessmentModel,
  evenFigures,
  half,
  quarter,
  rules,
  yearEnd,
} from '../../../../../test/support/assessment-models.ts';
import { report } from '../../../../../test/support/models.ts';
import { scoreBoard } from '../../../score/board.ts';
import { highlightView, yearEndCheck, yearEndView } from './highlight.ts';
import { asPeriod } from '../../../../../test/support/ids.ts';

const months = Array.from({ length: 7 }, (_, i) =>
  report(`2005-${String(i + 1).padStart(2, '0')}`, evenFigures(10 * (i + 1), 4 * (i + 1))),
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

describe('the home page at the year’s end (年终考核)', () => {
  const year = Array.from({ length: 12 }, (_, i) =>
    report(`2005-${String(i + 1).padStart(2, '0')}`, {
      t1: { c: 14 * (i + 1), a: 4 * (i + 1) }, // 168 of 100 (stretch 150 met) and 48 of 40
      t2: { c: 9 * (i + 1), a: 4 * (i + 1) }, // 108 of 100, 48 of 40
      t3: { c: 10 * (i + 1) }, // 120 of 100
      t4: { c: 8 * (i + 1), a: 4 * (i + 1) }, // 96 of 100: fails
      t5: i === 11 ? '未报送' : { c: 10 * (i + 1), a: 4 * (i + 1) }, // late in December: fails
      d1: { c: 5 * (i + 1) }, // 60 of 50
    }),
  );
  const withLists = rules({ checks: [quarter, half, { ...yearEnd, honour: 2 }] });
  const boardUpTo = (reports: typeof year) => scoreBoard(assessmentModel(reports, withLists));
  const yearEndAt = (month: number, next: typeof year = []) => {
    const board = boardUpTo([...year.slice(0, month), ...next]);
    return yearEndView(board, board.periods.at(-1)!);
  };

  it('leads from the publication of December until the next year’s first month is published', () => {
    expect(yearEndAt(11)).toBeUndefined();
    expect(yearEndAt(12)?.title).toBe('2005年年终考核');
    // a January of 2006 published (its plan is 2005's, with the year changed): no longer the year's end
    const board = boardUpTo(year);
    const plan = board.model.plans[0];
    const nextYear = scoreBoard({
      ...board.model,
      plans: [plan, { ...plan, year: 2006 }],
      reports: [
        ...year,
        { ...year[0], period: asPeriod('2006-01'), year: 2006, file: 'data/reports/2006/2006-01.yaml' },
      ],
    });
    expect(yearEndView(nextYear, nextYear.periods.at(-1)!)).toBeUndefined();
  });

  it('says who met the year’s targets, who failed (一票否决) and on what, and the 红榜', () => {
    const y = yearEndAt(12)!;
    const towns = y.groups[0];
    expect(towns.passed.map((u) => [u.name, u.stretch])).toEqual([
      ['甲镇', true], // by place: 甲镇 144.0%, 丙镇 120.0%, 乙镇 114.0%
      ['丙镇', false],
      ['乙镇', false],
    ]);
    expect(towns.failed.map((u) => [u.name, u.on])).toEqual([
      ['丁镇', '合同'],
      ['戊镇', '未报送'],
    ]);
    expect(towns.honour?.map((u) => u.name)).toEqual(['甲镇', '丙镇']);
    expect(towns.warned).toBeUndefined(); // the check names no 黑榜
    expect(y.counts).toBe('单位完成 4 个、一票否决 2 个');
    expect(y.failLabel).toBe('一票否决');
  });

  it('gives the city’s and each group’s total against the year’s targets, marking a late unit’s carried figure', () => {
    const y = yearEndAt(12)!;
    expect(y.groups[0].total.carried).toBe('含未报送单位最近一次报送数：戊镇（11月数）');
    expect(y.groups[1].total).toMatchObject({ pass: true, text: '✓ 完成年度目标' });
  });

  it('takes the strictest December check as the year-end check', () => {
    expect(yearEndCheck([quarter, { ...yearEnd, id: 'dec', threshold: 'pace' }, yearEnd])?.id).toBe('year');
    expect(yearEndCheck([quarter])).toBeUndefined();
  });
});
