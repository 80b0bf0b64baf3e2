import { describe, expect, it } from 'vitest';
import { assessmentModel, march, rules, verdictOf } from '../../../test/support/assessment-models.ts';
import { report } from '../../../test/support/models.ts';
import { assessAll, type Assessment } from './assessment.ts';
import { scoreBoard } from './board.ts';
import { asIndicator, asUnit } from '../../../test/support/ids.ts';

const d1 = { c: 30 };
const june = report('2005-06', {
  t1: { c: 90, a: 30 },
  t2: { c: 50, a: 19 },
  t3: { c: 60, a: 0 },
  t4: { c: 30, a: 10 },
  t5: { c: 55, a: 25 },
  d1,
});
const december = report('2005-12', {
  t1: { c: 160, a: 45 },
  t2: { c: 120, a: 39 },
  t3: { c: 100, a: 0 },
  t4: { c: 100, a: 40 },
  t5: { c: 140, a: 50 },
  d1: { c: 60 },
});

function verdict(reports = [march, june, december], checkId = 'q1', assessments = rules()): Assessment {
  return verdictOf(scoreBoard(assessmentModel(reports, assessments)), checkId);
}
const unit = (a: Assessment, id: string) => a.groups.flatMap((g) => g.units).find((u) => u.unit === id)!;

describe('the quarterly 考评', () => {
  it('passes a unit at or above 序时进度 on every indicator with a target (25% after March, exactly 25% counts)', () => {
    expect(unit(verdict(), 't2').outcome).toBe('pass');
    expect(unit(verdict(), 't1').outcome).toBe('pass');
  });

  it('fails a unit below 序时进度 on any one indicator, naming the indicator', () => {
    expect(unit(verdict(), 't4')).toMatchObject({ outcome: 'fail', failedOn: ['c'] });
  });

  it('does not judge an indicator the unit has no target for (无目标)', () => {
    const t3 = unit(verdict(), 't3');
    expect(t3.outcome).toBe('pass');
    expect(t3.indicators.find((i) => i.indicator === 'a')).toMatchObject({ outcome: 'no-target', reason: '无目标' });
  });

  it('fails a unit that did not report (未报送), saying so', () => {
    expect(unit(verdict(), 't5')).toMatchObject({ outcome: 'fail', reason: '未报送' });
  });

  it('puts the best-placed passing units on the 红榜 and the worst-placed failing units on the 黑榜', () => {
    const towns = verdict().groups[0];
    expect(towns.honour.map((u) => u.unit)).toEqual(['t1', 't3']);
    expect(towns.warned.map((u) => u.unit)).toEqual(['t5', 't4']);
  });

  it('keeps units at or above pace off the 黑榜 even when the 黑榜 has room', () => {
    const towns = verdict([march], 'q1', rules({ checks: [{ ...rules().checks[0], warn: 5 }] })).groups[0];
    expect(towns.warned.map((u) => u.unit)).toEqual(['t5', 't4']);
  });

  it('judges a group by its total against the total of its targets (开门红 when every indicator is at pace)', () => {
    const towns = verdict().groups[0];
    // c: (60+25+30+24+0)/500 = 27.8%, a: (20+10+30+0)/160 = 37.5%
    expect(towns.total.pass).toBe(true);
    expect(towns.total.indicators.map((i) => i.indicator)).toEqual(['c', 'a']);
  });

  it('judges the city by its totals against the city targets', () => {
    const city = verdict().city;
    // c: 139 of 1000, a: 60 of 400 — below 25%
    expect(city.pass).toBe(false);
  });
});

describe('exemptions', () => {
  it("exempts a unit new this year from the checks up to the plan's month, with the plan's reason", () => {
    expect(unit(verdict(), 'd1')).toMatchObject({ outcome: 'exempt', reason: '当年新设' });
    expect(unit(verdict(undefined, 'half'), 'd1').outcome).toBe('pass');
  });

  it('exempts a unit from the checks a written exemption names, with its reason', () => {
    const written = rules({ exemptions: [{ unit: asUnit('t4'), checks: ['q1'], reason: '不可抗力' }] });
    expect(unit(verdict(undefined, 'q1', written), 't4')).toMatchObject({
      outcome: 'exempt',
      reason: '不可抗力',
      failedOn: [],
    });
    expect(unit(verdict(undefined, 'half', written), 't4').outcome).toBe('fail');
  });

  it('exempts one indicator only when the exemption names it, and judges the others', () => {
    const written = rules({ exemptions: [{ unit: asUnit('t4'), indicator: asIndicator('c'), reason: '不可抗力' }] });
    const t4 = unit(verdict(undefined, 'q1', written), 't4');
    expect(t4.outcome).toBe('pass');
    expect(t4.indicators.find((i) => i.indicator === 'c')).toMatchObject({ outcome: 'exempt', reason: '不可抗力' });
  });
});

describe('双过半', () => {
  it('双过半 needs half the base target on every indicator with a target', () => {
    const a = verdict(undefined, 'half');
    expect(unit(a, 't2').outcome).toBe('fail'); // c 50% but a 19 of 40 = 47.5%
    expect(unit(a, 't2').failedOn).toEqual(['a']);
    expect(unit(a, 't5').outcome).toBe('pass');
    expect(unit(a, 't3').outcome).toBe('pass'); // 60% on its only target
  });

  it("quotes the plan's consequence text with the verdict", () => {
    expect(verdict(undefined, 'half').check.consequences?.fail).toBe('缓发省标工资');
  });
});

describe('the year-end 考核', () => {
  it('marks units short of their base target (一票否决) and those that met it', () => {
    const a = verdict(undefined, 'year');
    expect(unit(a, 't2')).toMatchObject({ outcome: 'fail', failedOn: ['a'] });
    expect(unit(a, 't4').outcome).toBe('pass');
  });

  it('reports the 力争 target met only for units that have one', () => {
    const a = verdict(undefined, 'year');
    expect(unit(a, 't1').stretchMet).toBe(true);
    expect(unit(a, 't4').stretchMet).toBeNull();
  });
});

describe('which checks appear', () => {
  it('leaves out a check whose month is not yet published', () => {
    const ids = assessAll(scoreBoard(assessmentModel([march]))).map((a) => a.check.id);
    expect(ids).toEqual(['q1']);
  });

  it('gives no verdicts for a plan without assessments', () => {
    const model = assessmentModel([march]);
    model.plans[0].assessments = undefined;
    expect(assessAll(scoreBoard(model))).toEqual([]);
  });
});
