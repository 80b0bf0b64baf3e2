import { describe, expect, it } from 'vitest';
import { report, testPlan, townsAndDepartmentModel } from '../../../test/support/models.ts';
import type { Model } from '../model/model.ts';
import type { Report } from '../schema/report.ts';
import { scoreBoard } from './board.ts';
import { asGroup, asPeriod, asUnit } from '../../../test/support/ids.ts';

const plan = testPlan(
  {
    t1: { c: { base: 100 }, a: { base: 40 } },
    t2: { c: { base: 100 }, a: { base: 40 } },
    t3: { c: { base: 100 } },
    t4: { c: { base: 100 } },
    d1: { c: { base: 50 } },
  },
  { illustrative: true },
);

const model = (reports: Report[]): Model => townsAndDepartmentModel([plan], reports);

const jan = report('2005-01', {
  t1: { c: 10, a: 4 },
  t2: { c: 20, a: 8 },
  t3: { c: 5, a: 0 },
  t4: { c: 1, a: 0 },
  t5: { c: 3, a: 1 },
  d1: { c: 9, a: 0 },
});
const feb = report('2005-02', {
  t1: { c: 30, a: 12 },
  t2: '未报送',
  t3: { c: 30, a: 2 },
  t4: { c: 40, a: 0 },
  t5: { c: 50, a: 5 },
  d1: { c: 9, a: 0 },
});
const lastYearFeb = report('2004-02', {
  t1: { c: 20, a: 4 },
  t2: { c: 10, a: 4 },
  t3: { c: 0, a: 0 },
  t4: { c: 1, a: 1 },
  t5: { c: 1, a: 1 },
});

const towns = (m: Model, period: string) => scoreBoard(m).periods.find((p) => p.period === period)!.groups[0].units;

describe('the scored board', () => {
  it('places 未报送 units last in their group, marked, with no figures and no place', () => {
    const rows = towns(model([jan, feb]), '2005-02');
    const last = rows.at(-1)!;
    expect(last.unit).toBe('t2');
    expect(last.state).toBe('missing');
    expect(last.rank).toBeNull();
    expect(last.indicators.every((i) => i.value === null && i.completion === null)).toBe(true);
  });

  it('leaves a unit that starts by month (activeFrom: 2005-02) out of January, not 未报送, and ranks it from February', () => {
    const janWithoutD1 = { ...jan, entries: jan.entries.filter((e) => e.unit !== 'd1') };
    const m = model([janWithoutD1, feb]);
    const starting = {
      ...m,
      units: m.units.map((u) => (u.id === 'd1' ? { ...u, activeFrom: asPeriod('2005-02') } : u)),
    };
    const depts = (period: string) =>
      scoreBoard(starting)
        .periods.find((p) => p.period === period)!
        .groups.find((g) => g.group.id === 'depts')!.units;
    expect(depts('2005-01')).toEqual([]);
    expect(depts('2005-02').map((u) => [u.unit, u.state])).toEqual([['d1', 'ranked']]);
  });

  it('lists units without any target after the ranked ones, with "no target" as its own state', () => {
    const rows = towns(model([jan]), '2005-01');
    const t5 = rows.find((r) => r.unit === 't5')!;
    expect(t5.state).toBe('no-target');
    expect(t5.rank).toBeNull();
    expect(t5.indicators[0]).toMatchObject({ target: null, completion: null, value: 3 });
    expect(rows.indexOf(t5)).toBe(rows.length - 1);
  });

  it('ranks ties with the same place (1, 2, 2, 4) and marks them tied', () => {
    // t3: 30/100 → 30%; t4: 40/100 → 40%; t1: (30% + 30%)/2 = 30% → t3 and t1 tie behind t4
    const rows = towns(model([jan, feb]), '2005-02');
    const places = Object.fromEntries(rows.map((r) => [r.unit, r.rank]));
    expect(places).toMatchObject({ t4: 1, t1: 2, t3: 2 });
    expect(rows.find((r) => r.unit === 't1')!.tied).toBe(true);
    expect(rows.find((r) => r.unit === 't4')!.tied).toBe(false);
  });

  it('reports 进位/退位/持平 against last month’s place', () => {
    const rows = towns(model([jan, feb]), '2005-02');
    // January: t2 40%, t1 20%, t3 5%, t4 1% → t1 2nd, t3 3rd, t4 4th
    expect(rows.find((r) => r.unit === 't4')!.movement).toEqual({ movement: 'up', by: 3 });
    expect(rows.find((r) => r.unit === 't1')!.movement).toEqual({ movement: 'same', by: 0 });
    expect(rows.find((r) => r.unit === 't3')!.movement).toEqual({ movement: 'up', by: 1 });
  });

  it('gives no movement in the first month of the year', () => {
    expect(towns(model([jan]), '2005-01').every((r) => r.movement === null)).toBe(true);
  });

  it('computes 同比 from the same month of last year when it is on file', () => {
    const rows = towns(model([lastYearFeb, jan, feb]), '2005-02');
    const t1 = rows.find((r) => r.unit === 't1')!;
    expect(t1.indicators[0].lastYear).toBe(20);
    expect(t1.indicators[0].yoy).toBeCloseTo(0.5);
    expect(towns(model([jan, feb]), '2005-02').find((r) => r.unit === 't1')!.indicators[0].yoy).toBeNull();
  });

  /** 甲镇 (t1) and 乙镇 (t2) end in 2004 and are merged into 甲乙镇 (t12) from 2005. */
  function merged(lastYear: Report): Model {
    const base = model([lastYear, jan, feb]);
    const renamed = (r: Report): Report => ({
      ...r,
      entries: [
        ...r.entries.filter((e) => e.unit !== 't1' && e.unit !== 't2'),
        { unit: asUnit('t12'), status: '已报送', values: { c: 45, a: 10 } },
      ],
    });
    return {
      ...base,
      units: [
        ...base.units.map((u) => (u.id === 't1' || u.id === 't2' ? { ...u, activeUntil: 2004 } : u)),
        {
          id: asUnit('t12'),
          name: '甲乙镇',
          group: asGroup('towns'),
          activeFrom: 2005,
          mergedFrom: [asUnit('t1'), asUnit('t2')],
        },
      ],
      plans: [{ ...plan, targets: { ...plan.targets, t12: { c: { base: 200 } } } }],
      reports: [lastYear, renamed(jan), renamed(feb)],
    };
  }

  it('carries 同比 across a merger: last year is the sum of the units merged into this one', () => {
    const t12 = towns(merged(lastYearFeb), '2005-02').find((r) => r.unit === 't12')!;
    expect(t12.indicators[0].lastYear).toBe(20 + 10);
    expect(t12.indicators[0].yoy).toBeCloseTo(45 / 30 - 1);
  });

  it('gives no 同比 after a merger when one merged unit did not report last year', () => {
    const t2Missing = {
      ...lastYearFeb,
      entries: lastYearFeb.entries.map((e) =>
        e.unit === 't2' ? { unit: asUnit('t2'), status: '未报送' as const, values: {} } : e,
      ),
    };
    expect(towns(merged(t2Missing), '2005-02').find((r) => r.unit === 't12')!.indicators[0].lastYear).toBeNull();
  });

  it('sums the city total over the groups that count toward the city only, carrying a late unit’s last figure', () => {
    const period = scoreBoard(model([jan, feb])).periods[1];
    const contracted = period.city[0];
    // d1 (a department) is not added; t2 did not report in February: its January 20 is carried
    expect(contracted.value).toBe(30 + 20 + 30 + 40 + 50);
    expect(contracted.missingUnits).toBe(1);
    expect(contracted.carriedUnits).toEqual([{ unit: 't2', value: 20, from: '2005-01' }]);
    expect(contracted.completion).toBeCloseTo(170 / 1000);
  });

  it('judges the city against the city target the plan sets, not the sum of its units’ targets', () => {
    // the towns' contracted targets add up to 400 (t1…t4), the plan sets the city 1000
    const contracted = scoreBoard(model([jan])).periods[0].city[0];
    expect(contracted.target).toEqual({ base: 1000 });
    expect(contracted.completion).toBeCloseTo((10 + 20 + 5 + 1 + 3) / 1000);
  });

  describe('totals carry a late unit’s last reported cumulative of the same year', () => {
    const mar = report('2005-03', {
      t1: { c: 40, a: 12 },
      t2: { c: 35, a: 9 },
      t3: '未报送',
      t4: { c: 40, a: 0 },
      t5: { c: 50, a: 5 },
      d1: { c: 9, a: 0 },
    });
    const months = scoreBoard(model([jan, feb, mar])).periods;
    const city = (i: number) => months[i].city[0];

    it('so a city total never falls because a unit is late', () => {
      expect(city(0).value).toBe(39);
      expect(city(1).value).toBe(170); // t2 late: its January 20 carried
      expect(city(2).value).toBe(40 + 35 + 30 + 40 + 50); // t3 late: its February 30 carried
      expect(months.map((p) => p.city[0].value)).toEqual(
        [...months.map((p) => p.city[0].value)].sort((a, b) => a! - b!),
      );
    });

    it('and 当月新增 of a total is the difference of the carried totals', () => {
      expect(city(1).monthIncrease).toBe(170 - 39);
      expect(city(2).monthIncrease).toBe(195 - 170);
    });

    it('0 before its first report of the year', () => {
      const lateFromJanuary = report('2005-01', {
        ...Object.fromEntries(jan.entries.map((e) => [e.unit, e.values])),
        t4: '未报送',
      });
      const c = scoreBoard(model([lateFromJanuary])).periods[0].city[0];
      expect(c.value).toBe(10 + 20 + 5 + 3);
      expect(c.carriedUnits).toEqual([{ unit: 't4', value: 0, from: null }]);
    });

    it('never a figure of last year', () => {
      const lastYearDec = report('2004-12', {
        t1: { c: 99, a: 9 },
        t2: { c: 99, a: 9 },
        t3: { c: 99, a: 9 },
        t4: { c: 99, a: 9 },
        t5: { c: 99, a: 9 },
      });
      const lateFromJanuary = report('2005-01', {
        t1: '未报送',
        t2: { c: 20, a: 8 },
        t3: { c: 5, a: 0 },
        t4: { c: 1, a: 0 },
        t5: { c: 3, a: 1 },
        d1: { c: 0, a: 0 },
      });
      expect(scoreBoard(model([lastYearDec, lateFromJanuary])).periods[0].city[0].value).toBe(29);
    });

    it('while the unit itself stays 未报送: no figure, no place', () => {
      const t2 = months[1].groups[0].units.find((u) => u.unit === 't2')!;
      expect(t2).toMatchObject({ state: 'missing', rank: null, score: null });
      expect(t2.indicators[0]).toMatchObject({
        value: null,
        completion: null,
        carried: { value: 20, from: '2005-01' },
      });
    });
  });

  it('colours by the plan’s bands on the gap against pace', () => {
    const rows = towns(model([jan, feb]), '2005-02'); // pace after February: 16.7%
    expect(rows.find((r) => r.unit === 't4')!.band?.id).toBe('ahead');
    const weak = scoreBoard(model([jan])).periods[0].groups[0].units.find((r) => r.unit === 't4')!; // 1% vs 8.3%
    expect(weak.band?.id).toBe('behind');
  });

  it('leaves drafts off the public board', () => {
    const board = scoreBoard(model([jan, { ...feb, status: 'draft' as const }]));
    expect(board.periods.map((p) => p.period)).toEqual(['2005-01']);
    expect(
      scoreBoard(model([jan, { ...feb, status: 'draft' as const }]), { includeDrafts: true }).periods,
    ).toHaveLength(2);
  });

  it('scores only years that have a plan (last year’s reports serve 同比 only)', () => {
    expect(scoreBoard(model([lastYearFeb, jan])).periods.map((p) => p.period)).toEqual(['2005-01']);
  });
});
