import { describe, expect, it } from 'vitest';
import { ruleOnFile } from '../../../../test/support/tree.ts';
import { cumulativeRule } from './cumulative.ts';
import { inEnglish } from '../../../../test/support/lang.ts';

const MAR = 'reports/2005/2005-03.yaml';
const march = ruleOnFile(cumulativeRule.name, MAR);

describe('the cumulative rule', () => {
  // These check each rule's English (for developers); the Chinese every clerk reads is pinned by test/bad-inputs/.
  inEnglish();

  it('passes the fixture reports', () => {
    expect(march((t) => t)).toEqual([]);
  });

  it("rejects a 累计 below last month's, suggesting the month was typed alone", () => {
    const issues = march((t) => t.replace(/(unit: dazhong\n\s+contracted: )\d+/, '$110'));
    expect(issues.map((i) => [i.severity, i.field, i.expected, i.got])).toEqual([
      ['error', 'units[2].contracted', 'at least 150 (the 累计 reported for 2005-02)', '10'],
    ]);
    expect(issues[0].suggestion).toContain('150 + 10 = 160');
  });

  it('warns when 实际 exceeds 合同 (warnAbove)', () => {
    const issues = march((t) => t.replace('contracted: 210\n    actual: 70', 'contracted: 160\n    actual: 161'));
    expect(issues.map((i) => [i.severity, i.field])).toEqual([['warning', 'units[2].actual']]);
  });

  it("warns of a month's rise beyond the year's target (an extra digit)", () => {
    const issues = march((t) => t.replace(/(unit: dazhong\n\s+contracted: )\d+/, '$19999'));
    expect(issues.map((i) => [i.severity, i.field, i.expected])).toEqual([
      ['warning', 'units[2].contracted', "a month's rise within the year's target (400)"],
    ]);
  });
});
