import { describe, expect, it } from 'vitest';
import type { Plan } from '../schema/plan.ts';
import { scoreBoard } from '../score/board.ts';
import { fiveTowns, report, testModel, testPlan, testSite, type Figures } from '../../../test/support/models.ts';
import { monthSummary } from './summary.ts';
import { asGroup, asIndicator } from '../../../test/support/ids.ts';

const indicators = [
  { id: asIndicator('c'), name: '合同利用外资', unit: '万美元', decimals: 0 },
  { id: asIndicator('a'), name: '实际利用外资', unit: '万美元', decimals: 0 },
];
const targets: Plan['targets'] = Object.fromEntries(
  fiveTowns().map((u) => [u.id, { c: { base: 200 }, a: { base: 80 } }]),
);

/** March of a five-town board with the figures given: the summary paragraphs. */
function marchSummary(
  figures: Figures,
  planOverrides: Partial<Plan> = {},
  model: Partial<Parameters<typeof testModel>[0]> = {},
) {
  const m = testModel({
    site: testSite(),
    groups: [{ id: asGroup('towns'), name: '镇', countsTowardCity: true }],
    units: fiveTowns(),
    indicators,
    plans: [testPlan(targets, { cityTargets: { c: 1000, a: 400 }, ...planOverrides })],
    reports: [report('2005-03', figures)],
    ...model,
  });
  return monthSummary(m, scoreBoard(m).periods[0]);
}

const each = (c: number, a: number): Figures => Object.fromEntries(fiveTowns().map((u) => [u.id, { c, a }]));

describe('the month’s summary in Chinese', () => {
  it('opens with the city total ahead of pace in the bulletin’s words', () => {
    const [city] = marchSummary({ ...each(60, 24), t1: { c: 100, a: 40 } });
    expect(city).toBe(
      '截至3月底，全市完成合同利用外资 340 万美元，占年度目标的 34.0%，超序时进度 9.0 个百分点；完成实际利用外资 136 万美元，占年度目标的 34.0%，超序时进度 9.0 个百分点。',
    );
  });

  it('says 欠序时进度 when the city is behind pace', () => {
    const [city] = marchSummary(each(20, 8));
    expect(city).toContain('完成合同利用外资 100 万美元，占年度目标的 10.0%，欠序时进度 15.0 个百分点');
  });

  it('names who did not report and that the city total carries their last reported figures', () => {
    const paragraphs = marchSummary({ ...each(60, 24), t2: '未报送', t4: '未报送' });
    expect(paragraphs.at(-1)).toBe('乙镇、丁镇2个单位本期未报送，全市合计计其本年最近一次报送数。');
    expect(paragraphs[1]).toContain('镇3个单位中');
  });

  it('gives no percentage for an indicator without a city target', () => {
    const [city] = marchSummary(each(60, 24), { cityTargets: { c: 1000 } });
    expect(city).toContain('完成实际利用外资 120 万美元（未定全市年度目标）');
    expect(city).not.toMatch(/实际利用外资 120 万美元，占/);
  });

  it('says a group has nothing to rank when no unit has a target', () => {
    const [, groups] = marchSummary(each(60, 24), { targets: {} });
    expect(groups).toBe('镇：本期没有可排名的单位。');
  });

  it('names units sharing first place as 并列第一', () => {
    const [, groups] = marchSummary({ ...each(20, 8), t1: { c: 100, a: 40 }, t3: { c: 100, a: 40 } });
    expect(groups).toContain('甲镇、丙镇并列第一（综合完成率 50.0%）');
    expect(groups).toContain('乙镇、丁镇、戊镇列末位');
    expect(groups).toContain('5个单位中，2个达到或超过序时进度');
  });

  it('writes each indicator’s own name and unit of measure', () => {
    const [city] = marchSummary(
      each(6, 2),
      { indicators: [asIndicator('c')], cityTargets: { c: 100 } },
      { indicators: [{ id: asIndicator('c'), name: '新增外贸项目', unit: '个', decimals: 0 }] },
    );
    expect(city).toBe('截至3月底，全市完成新增外贸项目 30 个，占年度目标的 30.0%，超序时进度 5.0 个百分点。');
  });
});
