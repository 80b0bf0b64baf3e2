/** A small board with assessment rules, for the verdict tests: five towns and one new department. */
import type { Model } from '../../src/lib/model/model.ts';
import type { Assessments, Check } from '../../src/lib/schema/assessments.ts';
import type { Report } from '../../src/lib/schema/report.ts';
import { fiveTowns, testModel, testPlan, testSite } from './models.ts';
import { asGroup, asIndicator, asUnit } from './ids.ts';

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
  return testModel({
    site: testSite(),
    groups: [
      { id: asGroup('towns'), name: '镇', countsTowardCity: true },
      { id: asGroup('depts'), name: '部门', countsTowardCity: false },
    ],
    units: [...fiveTowns(), { id: asUnit('d1'), name: '某局', group: asGroup('depts'), activeFrom: 2005 }],
    indicators: [
      { id: asIndicator('c'), name: '合同', unit: '万美元', decimals: 0 },
      { id: asIndicator('a'), name: '实际', unit: '万美元', decimals: 0 },
    ],
    plans: [
      testPlan(
        {
          t1: { c: { base: 100, stretch: 150 }, a: { base: 40 } },
          t2: both,
          t3: { c: { base: 100 } },
          t4: both,
          t5: both,
          d1: { c: { base: 50 } },
        },
        { assessments },
      ),
    ],
    reports,
  });
}
