import { describe, expect, it } from 'vitest';
import { locatedWithSuggestion, ruleOnFile, validateMinimal } from '../../../../test/support/tree.ts';
import { planCompleteRule } from './plan-complete.ts';

const PLAN = 'plans/2005.yaml';
const onPlan = ruleOnFile(planCompleteRule.name, PLAN);
const raised = (edit: (t: string) => string, extra: Record<string, string> = {}) =>
  locatedWithSuggestion(onPlan(edit, extra));

describe('a complete year plan', () => {
  it('passes the fixture plan (招商局 has no 实际 target, with its reason)', () => {
    expect(raised((t) => t)).toEqual([]);
  });

  it('rejects a plan that leaves an active unit without targets', () => {
    expect(raised((t) => t.replace('  - { unit: yuhua, contracted: 300, actual: 120 }\n', ''))).toEqual([
      {
        severity: 'error',
        file: 'data/plans/2005.yaml',
        line: 18,
        field: 'targets',
        expected: '2005 年每个考核单位都有目标',
        got: '没有裕华镇（yuhua）的合同利用外资、实际利用外资目标',
        suggestion:
          '在 targets 下加一行“- { unit: yuhua, contracted: 目标, actual: 目标 }”；确实不下达目标的，在文件末尾 noTargets: 下写“- { unit: yuhua, indicator: contracted, reason: 写明原因 }”',
      },
    ]);
  });

  it('rejects an indicator left out without a reason under noTargets', () => {
    expect(raised((t) => t.replace(/\nnoTargets:\n.*\n/, '\n'))).toEqual([
      {
        severity: 'error',
        file: 'data/plans/2005.yaml',
        line: 25,
        field: 'targets[6]',
        expected: '市招商局的实际利用外资目标，或在 noTargets 写明不下达的原因',
        got: '没有写',
        suggestion:
          '补上“actual: 目标”；确实不下达目标的，在文件末尾 noTargets: 下写“- { unit: zhaoshang, indicator: actual, reason: 写明原因 }”',
      },
    ]);
  });

  it('rejects a reason for a unit that has the target after all', () => {
    expect(
      raised((t) =>
        t.replace('{ unit: zhaoshang, contracted: 500 }', '{ unit: zhaoshang, contracted: 500, actual: 100 }'),
      ).map((i) => [i.field, i.expected, i.got]),
    ).toEqual([['noTargets[0]', 'zhaoshang 的 actual 要么有目标，要么写在 noTargets', '两处都写了']]);
  });

  it("warns of a plan whose targets are all last year's (copied, only the year changed)", () => {
    const copy = (t: string) => t.replace('year: 2005', 'year: 2006');
    const issues = validateMinimal({ 'plans/2006.yaml': (_) => copy(validateMinimalText(PLAN)) }).filter(
      (i) => i.rule === planCompleteRule.name,
    );
    expect(
      issues.map(({ severity, file, field, expected, got }) => ({ severity, file, field, expected, got })),
    ).toEqual([
      {
        severity: 'warning',
        file: 'data/plans/2006.yaml',
        field: 'targets',
        expected: '2006 年的目标（与上年不同）',
        got: '全市和各单位目标与 2005 年完全相同',
      },
    ]);
  });

  it('reminds (a warning, not an error) when the unit targets add up to less than the city target, with the difference', () => {
    const fewer = (t: string) => t.replace('actual: 120 }\n  - { unit: xinfeng', 'actual: 100 }\n  - { unit: xinfeng');
    expect(raised(fewer)).toEqual([
      {
        severity: 'warning',
        file: 'data/plans/2005.yaml',
        line: 7,
        field: 'cityTargets.actual',
        expected: '两区、镇各单位的实际利用外资确保目标之和等于全市目标 1100',
        got: '之和 1080，比全市目标少 20 万美元',
        suggestion: expect.stringContaining('targetSumNote: 已核实：原因'),
      },
    ]);
    expect(raised((t) => fewer(t).replace('ranking:', 'targetSumNote: 已核实：裕华镇目标下调\nranking:'))).toEqual([]);
  });

  it('leaves departments (not counted toward the city) out of the sum', () => {
    expect(raised((t) => t.replace('{ unit: waijing, contracted: 200', '{ unit: waijing, contracted: 900'))).toEqual(
      [],
    );
  });
});

/** The fixture's text of a file, to copy it under another name. */
function validateMinimalText(file: string): string {
  let text = '';
  validateMinimal({ [file]: (t) => (text = t) });
  return text;
}
