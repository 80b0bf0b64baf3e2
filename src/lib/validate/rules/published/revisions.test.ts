import { describe, expect, it } from 'vitest';
import { located, minimalRecord, validateMinimal } from '../../../../../test/support/tree.ts';
import { revisionsRule } from './revisions.ts';

const MAR = 'reports/2005/2005-03.yaml';
const REVISIONS = 'revisions/2005.yaml';
const issuesOf = (issues: ReturnType<typeof validateMinimal>, rule: string) =>
  located(issues.filter((i) => i.rule === rule));
/** March's 合同 for 大中镇 (210 in the fixture, after February's 150) lowered to `value`. */
const lowerMarch = (value: number) => (t: string) => t.replace(/(unit: dazhong\n\s+contracted: )210/, `$1${value}`);
const cut = (amount: number) =>
  `adjustments:\n  - { date: 2005-04-03, period: 2005-03, unit: dazhong, indicator: contracted, amount: ${amount}, reason: 外资项目撤资 }\n`;

describe('核减 and revisions', () => {
  it('rejects a fall in a 累计 without a 核减', () => {
    const issues = validateMinimal({ [MAR]: lowerMarch(120) });
    expect(issuesOf(issues, 'cumulative')).toEqual([
      {
        severity: 'error',
        file: 'data/reports/2005/2005-03.yaml',
        line: 15,
        field: 'units[2].contracted',
        expected: '不小于 2005-02 报的累计 150（累计数逐月不减）',
        got: '120',
      },
    ]);
    expect(issues[0].suggestion).toContain(
      '若确实减少（合同核减、撤资），在 data/revisions/2005.yaml 的 adjustments: 下写一条核减（日期、单位、指标、核减额、原因）',
    );
  });

  it('accepts a fall covered by a 核减 of that month', () => {
    expect(validateMinimal({ [MAR]: lowerMarch(120), [REVISIONS]: cut(40) })).toEqual([]);
  });

  it('rejects a fall larger than the 核减', () => {
    const issues = validateMinimal({ [MAR]: lowerMarch(100), [REVISIONS]: cut(40) });
    expect(issuesOf(issues, 'cumulative')).toEqual([
      {
        severity: 'error',
        file: 'data/reports/2005/2005-03.yaml',
        line: 15,
        field: 'units[2].contracted',
        expected: '不小于 110（2005-02 的累计 150 减去核减 40）',
        got: '100',
      },
    ]);
  });

  it('rejects a 核减 or revision naming an unknown unit, indicator or month', () => {
    const text =
      'adjustments:\n  - { date: 2005-04-03, period: 2005-08, unit: dazong, indicator: contract, amount: 5, reason: 撤资 }\n';
    expect(
      issuesOf(validateMinimal({ [REVISIONS]: text }), revisionsRule.name).map((i) => [i.field, i.expected, i.got]),
    ).toEqual([
      ['adjustments[0].period', '已有报表的月份', '“2005-08”（没有这个月的报表）'],
      ['adjustments[0].unit', 'data/units.yaml 里的单位代码', '“dazong”'],
      ['adjustments[0].indicator', '这些指标之一：contracted、actual', '“contract”'],
    ]);
  });

  it('rejects a revision of a month that was never published', () => {
    const record = minimalRecord().replace(/ {2}2005-03:\n( {4}.*\n)+/, '');
    const text =
      'revisions:\n  - { date: 2005-04-03, period: 2005-03, unit: dazhong, indicator: contracted, old: 210, new: 220, kind: 更正, reason: 录错 }\n';
    const issues = validateMinimal({
      'published.yaml': record,
      [REVISIONS]: text,
      [MAR]: (t) => t.replace('status: published', 'status: draft'),
    });
    expect(issuesOf(issues, revisionsRule.name).map((i) => [i.field, i.expected, i.got])).toEqual([
      ['revisions[0].period', '已发布的月份（记在 data/published.yaml 里）', '2005-03 的“dazhong”没有发布记录'],
    ]);
  });

  it('refuses a revision dated before its month was published', () => {
    const revision = (date: string) =>
      `revisions:\n  - { date: ${date}, period: 2005-03, unit: dazhong, indicator: contracted, old: 210, new: 220, kind: 更正, reason: 录错 }\n`;
    const edits = (date: string) => ({
      'published.yaml': minimalRecord(),
      [REVISIONS]: revision(date),
      [MAR]: (t: string) => t.replace(/(unit: dazhong\n\s+contracted: )210/, '$1220'),
    });
    expect(issuesOf(validateMinimal(edits('2005-04-01')), revisionsRule.name)).toEqual([
      {
        severity: 'error',
        file: 'data/revisions/2005.yaml',
        line: 2,
        field: 'revisions[0].date',
        expected: '不早于 2005-03 的发布日期 2005-04-05（发布以后才有更正）',
        got: '2005-04-01',
      },
    ]);
    expect(issuesOf(validateMinimal(edits('2005-04-05')), revisionsRule.name)).toEqual([]);
  });
});
