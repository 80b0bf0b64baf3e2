/**
 * The rules an outside audit had to guess (issue 27 §1), one describe each, named as the methodology page
 * names them: each checks what the code does, and that the page's worked example — found in the sample
 * board's data, or a labelled hypothetical — is worked by that same code.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../../../test/support/sample.ts';
import { loadData } from '../model/load.ts';
import { averageLine, SCORE_MEASURE } from '../present/compare.ts';
import { compareData } from '../present/compare-data.ts';
import { formatPercent, formatPp } from '../present/format.ts';
import { currentRulesDate, METHOD_CHANGES } from '../present/method-changes.ts';
import { boardRules } from '../present/methodology-rules.ts';
import { HYPOTHETICAL, ruleExample, RULE_EXAMPLES } from '../present/rule-examples.ts';
import { methodologyView } from '../present/views/board/methodology.ts';
import { assessAll, honourAndWarn, type UnitVerdict } from '../score/assessment.ts';
import { bandFor, scoreBoard } from '../score/board.ts';
import { monthIncrease } from '../score/formulas.ts';
import { round } from '../score/round.ts';
import { checksAhead } from '../score/warning.ts';
import { RULES_VERSION } from './method.ts';
import { OBSERVATION_ROWS, readmeText } from './readme.ts';
import { observations } from './vintages.ts';

const board = scoreBoard(loadData({ root: SAMPLE, currentPeriod: '2006-01' }).model!);
const plan = board.model.plans.at(-1)!;
const rows = board.periods.flatMap((p) => p.groups.flatMap((g) => g.units.map((u) => ({ p, g, u }))));
const example = (id: string) => ruleExample(board, id)!;

describe('every rule the audit had to guess has a worked example on the page', () => {
  it.each(Object.keys(RULE_EXAMPLES))('%s', (id) => {
    const rule = methodologyView(board).rules.find((r) => r.id === id);
    expect(rule?.example).toBe(example(id));
    expect(rule?.example).toBeTruthy();
  });
});

describe('单位的色带按综合完成率，不按单项指标', () => {
  it('bands a unit by its score’s gap even where an indicator’s gap falls in another band', () => {
    const split = rows.filter(({ u }) =>
      u.indicators.some((i) => i.paceGap !== null && bandFor(i.paceGap, plan.bands) !== u.band),
    );
    expect(split.length).toBeGreaterThan(0);
    for (const { u } of split) expect(u.band).toBe(bandFor(u.scoreGap, plan.bands));
  });
  it('shows one such unit and month from the data', () => {
    const { p, u } = rows.find(
      ({ u }) =>
        u.state === 'ranked' &&
        round(u.scoreGap ?? 0, 1) !== 0 &&
        u.indicators.some(
          (i) => i.paceGap !== null && round(i.paceGap, 1) !== 0 && bandFor(i.paceGap, plan.bands) !== u.band,
        ),
    )!;
    expect(example('band-by-score')).toContain(`${u.name}综合完成率 ${formatPercent(u.score)}`);
    expect(example('band-by-score')).toContain(`${p.month}月`);
  });
});

describe('恰好落在色带分界上的，归较好的一档', () => {
  it('puts a gap of exactly −10.0 in “10 个百分点以内” and exactly 0 in “达到或超过”', () => {
    expect(bandFor(-10, plan.bands)?.id).toBe('near');
    expect(bandFor(-10.000001, plan.bands)?.id).toBe('behind');
    expect(bandFor(0, plan.bands)?.id).toBe('ahead');
  });
  it('works its hypothetical example through the same code, and says it is one', () => {
    expect(example('band-boundary')).toContain(HYPOTHETICAL);
    expect(example('band-boundary')).toContain('超/欠序时进度恰为 −10.0，属◆“落后序时进度 10 个百分点以内”');
  });
});

describe('组平均用未四舍五入的数计算', () => {
  it('averages the unrounded scores and rounds once, as the compare page publishes', () => {
    const data = compareData(board, plan.year);
    let differs = 0;
    for (const [k, p] of board.periods.entries()) {
      for (const g of p.groups) {
        const scores = g.units.flatMap((u) => (u.score === null ? [] : [u.score * 100]));
        const published = data.lines.find((l) => l.id === averageLine(g.group.id))!.values[SCORE_MEASURE][k];
        const exact = round(scores.reduce((a, b) => a + b, 0) / scores.length, 1);
        const ofRounded = round(scores.map((s) => round(s, 1)).reduce((a, b) => a + b, 0) / scores.length, 1);
        expect(published).toBe(exact);
        if (exact !== ofRounded) differs++;
      }
    }
    expect(differs).toBeGreaterThan(0);
    expect(example('average-unrounded')).toMatch(/用未四舍五入的数算得 [\d.]+%；若先把各单位的数四舍五入/);
  });
});

describe('上月未报送的，本月当月新增空着', () => {
  it('leaves 当月新增 empty the month after a 未报送 month, and in a 未报送 month', () => {
    expect(monthIncrease(145, null, 6)).toBeNull();
    expect(monthIncrease(null, 100, 6)).toBeNull();
    expect(monthIncrease(30, null, 1)).toBe(30);
  });
  it('shows a unit of the data that reported again after a 未报送 month', () => {
    const late = rows.find(({ u }) => u.state === 'missing')!;
    const next = board.periods.find((p) => p.year === late.p.year && p.month === late.p.month + 1)!;
    const after = next.groups.flatMap((g) => g.units).find((u) => u.unit === late.u.unit)!;
    expect(after.state).not.toBe('missing');
    expect(after.indicators.every((i) => i.monthIncrease === null)).toBe(true);
    expect(example('increase-after-missing')).toContain(`${after.name}${late.p.year}年${late.p.month}月未报送`);
  });
});

describe('未报送的单位照样列出上年同期', () => {
  it('keeps last year’s figure for a unit that did not report, with no figure or 同比 of its own', () => {
    const { u } = rows.find(({ u }) => u.state === 'missing')!;
    expect(u.indicators.some((i) => i.lastYear !== null)).toBe(true);
    expect(u.indicators.every((i) => i.value === null && i.yoy === null)).toBe(true);
    expect(example('last-year-when-missing')).toContain('照常列出');
  });
});

describe('考核所在月份的数据一发布，该项考核即已到期', () => {
  it('projects the warnings of a check’s own month only to the later checks', () => {
    const checks = plan.assessments!.checks;
    const q1 = checks.find((c) => c.month === 3)!;
    expect(checksAhead(checks, 3).map((c) => c.id)).not.toContain(q1.id);
    expect(checksAhead(checks, 2).map((c) => c.id)).toContain(q1.id);
    expect(example('check-due')).toContain(`${q1.name}已到期`);
  });
});

describe('免考的单位仍列出各项指标的结果', () => {
  it('judges each indicator of a unit exempt as new, while the unit’s own result is 免考', () => {
    const exempt = assessAll(board)
      .flatMap((a) => a.groups.flatMap((g) => g.units))
      .find((u) => u.outcome === 'exempt' && u.indicators.some((i) => i.outcome === 'pass' || i.outcome === 'fail'))!;
    expect(exempt.failedOn).toEqual([]);
    expect(example('new-unit-indicators')).toContain(`${exempt.name}（${exempt.reason}）总体结果为“免考”`);
  });
});

describe('红榜的“前几名”取达到要求的单位中位次最前的', () => {
  const unit = (id: string, rank: number, outcome: UnitVerdict['outcome']) =>
    ({ unit: id, rank, outcome }) as UnitVerdict;
  it('takes the best-placed passing units, not places 1 to 3, with a tie on the last place included', () => {
    const units = [unit('a', 1, 'fail'), unit('b', 2, 'pass'), unit('c', 3, 'fail'), unit('d', 4, 'pass')];
    const more = [...units, unit('e', 5, 'pass'), unit('f', 5, 'pass'), unit('g', 7, 'pass')];
    expect(honourAndWarn(units, { honour: 3 }).honour.map((u) => u.unit)).toEqual(['b', 'd']);
    expect(honourAndWarn(more, { honour: 3 }).honour.map((u) => u.unit)).toEqual(['b', 'd', 'e', 'f']);
  });
  it('says so, with a red list of the data', () => {
    const text = boardRules(board.model, plan).find((r) => r.id === 'honour-list')!.text;
    expect(text).toContain('不是排行榜的第 1 至 3 位');
    expect(example('honour-list')).toMatch(/红榜列入其中位次最前的：/);
  });
});

describe('判断用未四舍五入的数，并显示它落在哪一边', () => {
  it('shows a unit of the data a little behind pace as 0.0 with a minus sign, in the behind band', () => {
    const { u } = rows.find(({ u }) => u.scoreGap !== null && u.scoreGap < 0 && round(u.scoreGap, 1) === 0)!;
    expect(formatPp(u.scoreGap)).toBe('−0.0');
    expect(example('unrounded-decisions')).toContain(`${u.name}落后序时进度`);
    expect(example('unrounded-decisions')).toContain('显示为带负号的 0.0');
  });
});

describe('README.txt says which rows the observations and the triangles carry', () => {
  it('one row per published month, unit and indicator, last year’s months and 未报送 ones included', () => {
    const seen = observations(board.model);
    expect(seen.some((o) => o.period.startsWith(`${plan.year - 1}-`))).toBe(true);
    expect(seen.filter((o) => o.status === '未报送').every((o) => o.value === null)).toBe(true);
    const readme = readmeText(board);
    for (const line of OBSERVATION_ROWS) expect(readme).toContain(line);
  });
});

describe('方法变更记录', () => {
  it('lists the changes in date order, the last one the rules’ version every download names', () => {
    const dates = METHOD_CHANGES.map((c) => c.date);
    expect([...dates].sort()).toEqual(dates);
    expect(currentRulesDate()).toBe(RULES_VERSION);
  });
  it('is on the methodology page with its dates', () => {
    expect(methodologyView(board).changes.at(-1)).toMatchObject({ date: RULES_VERSION });
  });
});
