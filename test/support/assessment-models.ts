/** A small board with assessment rules, for the verdict tests: five towns and one new department. */
import type { Model } from '../../src/lib/model/model.ts';
import type { Assessments, Check } from '../../src/lib/schema/assessments.ts';
import type { Report } from '../../src/lib/schema/report.ts';
import { assess, type Assessment } from '../../src/lib/score/assessment.ts';
import type { Board } from '../../src/lib/score/board.ts';
import { report, testPlan, townsAndDepartmentModel } from './models.ts';

export const quarter: Check = {
  id: 'q1',
  name: '一季度考评',
  month: 3,
  threshold: 'pace',
  passLabel: '达到序时进度',
  failLabel: '未达序时进度',
  honour: 2,
  warn: 2,
  highlight: '首季开门红',
};
export const half: Check = {
  id: 'half',
  name: '双过半',
  month: 6,
  threshold: 0.5,
  passLabel: '双过半',
  failLabel: '未达双过半',
  consequences: { fail: '缓发省标工资' },
};
export const yearEnd: Check = {
  id: 'year',
  name: '年终考核',
  month: 12,
  threshold: 1,
  passLabel: '完成',
  failLabel: '一票否决',
  stretch: true,
};

export const rules = (overrides: Partial<Assessments> = {}): Assessments => ({
  source: '讲话',
  checks: [quarter, half, yearEnd],
  warning: { behindMonths: 3 },
  newUnits: { exemptThrough: 3, reason: '当年新设' },
  ...overrides,
});

/** t1, t2: targets c 100 (t1 stretch 150) and a 40; t3: c 100 only; t4, t5: c 100 and a 40; d1 (new in 2005): c 50. */
export function assessmentModel(reports: Report[], assessments: Assessments = rules()): Model {
  const both = { c: { base: 100 }, a: { base: 40 } };
  const plan = testPlan(
    {
      t1: { c: { base: 100, stretch: 150 }, a: { base: 40 } },
      t2: both,
      t3: { c: { base: 100 } },
      t4: both,
      t5: both,
      d1: { c: { base: 50 } },
    },
    { assessments },
  );
  return townsAndDepartmentModel([plan], reports);
}

/**
 * March against assessmentModel's targets: t1 and t2 at or above 序时进度 (t2 exactly 25% on c), t3 with no
 * target for a, t4 behind on c, t5 未报送, d1 new this year.
 */
export const march = report('2005-03', {
  t1: { c: 60, a: 20 },
  t2: { c: 25, a: 10 },
  t3: { c: 30, a: 0 },
  t4: { c: 24, a: 30 },
  t5: '未报送',
  d1: { c: 30 },
});

/** The verdict of the check `checkId` of the board's first plan. */
export function verdictOf(board: Board, checkId: string): Assessment {
  const plan = board.model.plans[0];
  return assess(
    board,
    plan,
    plan.assessments!.checks.find((c) => c.id === checkId)!,
  )!;
}

/** Every town the same figures c and a (t3 only c, having no target for a), d1 half of c. */
export const evenFigures = (c: number, a: number) => ({
  t1: { c, a },
  t2: { c, a },
  t3: { c },
  t4: { c, a },
  t5: { c, a },
  d1: { c: c / 2 },
});
