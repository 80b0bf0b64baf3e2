/**
 * The board's rules (src/lib/present/methodology-rules.ts), one describe each, named as the methodology page
 * names them: each states what the code does, and says so on the page and in README.txt.
 */
import { describe, expect, it } from 'vitest';
import {
  assessmentModel,
  half,
  march,
  quarter,
  rules,
  verdictOf,
  yearEnd,
} from '../../../test/support/assessment-models.ts';
import { fiveTowns, report, testModel, testPlan, testSite } from '../../../test/support/models.ts';
import { formatAmount, formatPercent, formatPp } from '../present/format.ts';
import { boardRules, carriedText, cityTargetText, forReaders, forReadme } from '../present/methodology-rules.ts';
import { checkRuleText } from '../present/views/verdicts/wording.ts';
import { methodologyView } from '../present/views/board/methodology.ts';
import { groupTotal } from '../score/assessment.ts';
import { bandFor, scoreBoard } from '../score/board.ts';
import { monthlyRateNeeded } from '../score/formulas.ts';
import { checksAhead, behindPace, warningsAt } from '../score/warning.ts';
import { toCsv } from './csv.ts';
import { monthDocument, toJson } from './json.ts';
import { readmeText } from './readme.ts';
import { asGroup, asIndicator, asUnit } from '../../../test/support/ids.ts';

const d1 = { c: 30 };
const feb = report('2005-02', {
  t1: { c: 40, a: 10 },
  t2: { c: 20, a: 6 },
  t3: { c: 20, a: 0 },
  t4: { c: 20, a: 8 },
  t5: { c: 20, a: 8 },
  d1,
});
const boardOf = (reports = [feb, march], assessments = rules()) => scoreBoard(assessmentModel(reports, assessments));
const ruleText = (board: ReturnType<typeof boardOf>, id: string) =>
  boardRules(board.model, board.model.plans[0]).find((r) => r.id === id)!;

describe('every rule is stated on the methodology page and in README.txt', () => {
  const board = boardOf();
  const stated = boardRules(board.model, board.model.plans[0]);
  it.each(stated.map((r) => [r.title, r] as const))('%s', (_, rule) => {
    // The page says it in readers' words (forReaders); README.txt, for auditors, as the rule is.
    expect(methodologyView(board).rules).toContainEqual(expect.objectContaining(forReaders(rule)));
    expect(readmeText(board)).toContain(forReadme(rule));
  });
  it('states sixteen rules, each once', () => {
    expect(stated.map((r) => r.id)).toEqual([
      'city-target',
      'carried',
      'exempt-in-totals',
      'rounding',
      'unrounded-decisions',
      'band-by-score',
      'band-boundary',
      'tie-order',
      'average-unrounded',
      'increase-after-missing',
      'last-year-when-missing',
      'check-due',
      'new-unit-indicators',
      'honour-list',
      'warning-checks',
      'monthly-needed',
    ]);
    expect(new Set(stated.map((r) => r.title)).size).toBe(stated.length);
  });
  it('says on the page none of what only the files need (JSON, −0, data file names)', () => {
    const page = methodologyView(board)
      .rules.map((r) => `${r.title}${r.text}${r.example ?? ''}`)
      .join('');
    expect(page).not.toMatch(/JSON|−0(?![.\d])|−0\.0(?!\d)|\.ya?ml|程序/);
  });
});

describe('全市对照全市目标，各组对照其单位目标之和', () => {
  it('judges the city against the city target the plan sets, though the units’ targets add up differently', () => {
    const q1 = verdictOf(boardOf(), 'q1');
    // the towns' contracted targets add up to 500; the plan sets the city 1000
    const c = q1.city.indicators.find((i) => i.indicator === 'c')!;
    expect(c.target).toBe(1000);
    expect(c.completion).toBeCloseTo((60 + 25 + 30 + 24 + 20) / 1000);
    expect(ruleText(boardOf(), 'city-target').text).toContain('合同 1000 万美元、实际 400 万美元');
  });
  it('judges a group against the sum of its units’ targets for each indicator', () => {
    const towns = verdictOf(boardOf(), 'q1').groups[0].total;
    expect(towns.indicators.map((i) => [i.indicator, i.target])).toEqual([
      ['c', 500],
      ['a', 160], // t3 has no 实际 target: left out of both sums
    ]);
  });
  it('says so in the rule box of every assessment page', () => {
    const q1 = verdictOf(boardOf(), 'q1');
    const plan = boardOf().model.plans[0];
    const page = checkRuleText(q1.check, plan.assessments!, '全市', cityTargetText(boardOf().model, plan)).join('');
    expect(page).toContain('全市按全市合计 ÷ 年度计划下达的全市目标（合同 1000 万美元、实际 400 万美元）判断');
    expect(page).toContain('组内有该项目标的单位的累计之和 ÷ 这些单位的确保目标之和');
    expect(q1.check.id).toBe('q1');
  });
});

describe('未报送单位在合计中计其最近一次报送数', () => {
  it('carries a late unit’s last reported cumulative of the year in its group’s total, and names it', () => {
    const towns = verdictOf(boardOf(), 'q1').groups[0].total;
    const c = towns.indicators.find((i) => i.indicator === 'c')!;
    expect(c.value).toBe(60 + 25 + 30 + 24 + 20); // t5's February 20 carried
    expect(c.carried).toEqual([{ unit: 't5', value: 20, from: '2005-02' }]);
  });
  it('while the unit itself still fails the check as 未报送', () => {
    const t5 = verdictOf(boardOf(), 'q1').groups[0].units.find((u) => u.unit === 't5')!;
    expect(t5).toMatchObject({ outcome: 'fail', reason: '未报送', rank: null });
  });
  it('carries 0 before the unit’s first report of the year', () => {
    const c = verdictOf(boardOf([march]), 'q1').groups[0].total.indicators[0];
    expect(c.value).toBe(60 + 25 + 30 + 24);
    expect(c.carried).toEqual([{ unit: 't5', value: 0, from: null }]);
  });
  it('marks such totals in words on the pages and lists the carried figures in the JSON downloads', () => {
    const board = boardOf();
    const period = board.periods.at(-1)!;
    expect(carriedText(board.model, period.city[0].carriedUnits)).toBe('含未报送单位最近一次报送数：戊镇（2月数）');
    const json = JSON.parse(toJson(monthDocument(board.model, period)));
    expect(json.city[0].carried).toEqual([{ unit: 't5', value: 20, from: '2005-02' }]);
    expect(json.fields['city.*.carried']).toContain('含未报送单位最近一次报送数');
  });
});

describe('免考单位和免考指标照样计入合计', () => {
  it('counts a unit exempt as new this year in its group’s total', () => {
    const q1 = verdictOf(boardOf(), 'q1');
    const depts = q1.groups[1];
    expect(depts.units[0]).toMatchObject({ unit: 'd1', outcome: 'exempt' });
    expect(depts.total.indicators[0]).toMatchObject({ value: 30, target: 50 });
  });
  it('counts an indicator exempt in writing in its group’s total', () => {
    const written = rules({ exemptions: [{ unit: asUnit('t4'), indicator: asIndicator('c'), reason: '不可抗力' }] });
    const q1 = verdictOf(boardOf([feb, march], written), 'q1');
    expect(q1.groups[0].units.find((u) => u.unit === 't4')!.indicators[0].outcome).toBe('exempt');
    expect(q1.groups[0].total.indicators[0]).toMatchObject({ value: 159, target: 500 });
    expect(groupTotal(q1.period.groups[0], 0.25).indicators[0].value).toBe(159);
  });
});

describe('四舍五入到显示的小数位', () => {
  it('rounds a figure exactly on a half away from zero, on the page and in CSV and JSON alike', () => {
    expect(formatAmount(12.5)).toBe('13');
    expect(formatAmount(-12.5)).toBe('−13');
    expect(formatPercent(0.3025)).toBe('30.3%');
    expect(formatPp(-2.25)).toBe('−2.3');
    const csv = toCsv({ headers: ['x', 'y'], decimals: [1, 0], rows: [[2.25, 12.5]] });
    expect(csv.split('\r\n')[1]).toBe('2.3,13');
    expect(toJson({ x: 0 })).toBe('{"x":0}\n');
  });
});

describe('判断用未四舍五入的数，并显示它落在哪一边', () => {
  const bands = testPlan({}).bands;
  it('puts a unit 0.03 points behind pace in the behind band and counts it behind (连续落后), showing −0.0', () => {
    expect(bandFor(-0.03, bands)?.id).toBe('behind');
    expect(bandFor(0, bands)?.id).toBe('ahead');
    expect(formatPp(-0.03)).toBe('−0.0');
    expect(formatPp(0.03)).toBe('+0.0');
    const row = { state: 'ranked', scoreGap: -0.03 } as Parameters<typeof behindPace>[0];
    expect(behindPace(row)).toBe(true);
  });
  it('says so in words: a little behind shows 0.0 with a minus sign and counts behind; exactly on pace shows 0.0', () => {
    const text = ruleText(boardOf(), 'unrounded-decisions').text;
    expect(text).toContain('四舍五入后显示为带负号的 0.0，按落后着色、计为落后');
    expect(text).toContain('恰好等于序时进度的，显示 0.0，不带正负号，算达到序时进度');
    expect(formatPp(0)).toBe('0.0');
  });
});

describe('并列单位的先后', () => {
  it('lists tied units in roster order, not by their unrounded scores', () => {
    // t1 30.00% and t2 30.04% both print 30.0%: tied at 1; t1 stays first as in the roster
    const plan = testPlan(Object.fromEntries(['t1', 't2', 't3', 't4', 't5'].map((id) => [id, { c: { base: 1000 } }])), {
      indicators: [asIndicator('c')],
      cityTargets: { c: 5000 },
      ranking: { method: 'indicator', indicator: asIndicator('c'), tieDecimals: 1, tieRule: '' },
    });
    const model = testModel({
      site: testSite(),
      groups: [{ id: asGroup('towns'), name: '镇', countsTowardCity: true }],
      units: fiveTowns(),
      indicators: [{ id: asIndicator('c'), name: '合同', unit: '万美元', decimals: 0 }],
      plans: [plan],
      reports: [report('2005-01', { t1: { c: 300 }, t2: { c: 300.4 }, t3: { c: 100 }, t4: { c: 200 }, t5: { c: 50 } })],
    });
    const rows = scoreBoard(model).periods[0].groups[0].units;
    expect(rows.map((r) => [r.unit, r.rank, r.tied])).toEqual([
      ['t1', 1, true],
      ['t2', 1, true],
      ['t4', 3, false],
      ['t3', 4, false],
      ['t5', 5, false],
    ]);
  });
});

describe('预警推算到哪几项考核、跳过哪些', () => {
  const q2 = { ...quarter, id: 'q2', name: '二季度考评', month: 6, highlight: undefined };
  it('projects to the strictest check of each month ahead; of equals, the fixed share (双过半) over pace (二季度考评)', () => {
    expect(checksAhead([quarter, q2, half, yearEnd], 2).map((c) => c.id)).toEqual(['q1', 'half', 'year']);
    expect(checksAhead([quarter, half, q2, yearEnd], 4).map((c) => c.id)).toEqual(['half', 'year']);
  });
  const months = [
    report('2005-01', {
      t1: { c: 10, a: 4 },
      t2: { c: 10, a: 4 },
      t3: { c: 10 },
      t4: { c: 10, a: 4 },
      t5: { c: 10, a: 1 },
      d1: { c: 1 },
    }),
    report('2005-02', {
      t1: { c: 20, a: 8 },
      t2: '未报送',
      t3: { c: 20 },
      t4: { c: 20, a: 8 },
      t5: { c: 20, a: 2 },
      d1: { c: 2 },
    }),
  ];
  const unitAt = (id: string, assessments = rules()) => {
    const board = scoreBoard(assessmentModel(months, assessments));
    return warningsAt(board, board.periods.at(-1)!)!.units.find((u) => u.unit === id)!;
  };
  const missed = (u: ReturnType<typeof unitAt>, check: string) =>
    u.projections.find((p) => p.check.id === check)!.missedOn;
  it('skips a unit new this year for the checks up to the plan’s month, and projects it for the later ones', () => {
    const d1Unit = unitAt('d1'); // 2 of 50 after February: far short of anything
    expect(missed(d1Unit, 'q1')).toEqual([]);
    expect(missed(d1Unit, 'half')).toEqual(['c']);
  });
  it('skips an indicator exempt in writing, and one without a target', () => {
    expect(missed(unitAt('t5'), 'half')).toEqual(['a']); // a: 2 after 2 months → 6 of 40 by June
    const written = rules({ exemptions: [{ unit: asUnit('t5'), indicator: asIndicator('a'), reason: '不可抗力' }] });
    expect(missed(unitAt('t5', written), 'half')).toEqual([]);
    expect(unitAt('t3').projections.every((p) => !p.missedOn.includes('a'))).toBe(true);
  });
  it('lists a unit that did not report as projected to miss, on every indicator it has a target for', () => {
    expect(missed(unitAt('t2'), 'q1')).toEqual(['c', 'a']);
  });
});

describe('月均需完成向上取整，12 月不再计算', () => {
  it('rounds up at the indicator’s decimals and is blank in December', () => {
    expect(monthlyRateNeeded(700, 3, 0)).toBe(78);
    expect(monthlyRateNeeded(700, 12, 0)).toBeNull();
    const december = report('2005-12', {
      t1: { c: 90, a: 30 },
      t2: { c: 50, a: 19 },
      t3: { c: 60 },
      t4: { c: 30, a: 10 },
      t5: { c: 55, a: 25 },
      d1,
    });
    const json = monthDocument(boardOf([december]).model, boardOf([december]).periods[0]);
    expect(json.groups[0].units[0].indicators.c).toMatchObject({ remaining: 10, monthlyNeeded: null });
  });
});
