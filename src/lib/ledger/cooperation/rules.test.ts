import { describe, expect, it } from 'vitest';
import { located, ruleOnFile } from '../../../../test/support/tree.ts';
import { cooperationProjectsRule } from './rules.ts';

const FILE = 'cooperation/2005.yaml';
const cooperation = ruleOnFile(cooperationProjectsRule.name, FILE);

describe('the cooperation projects rule', () => {
  it('passes the fixture tracker', () => {
    expect(cooperation((t) => t)).toEqual([]);
  });

  it("rejects a project below the minimum, with both amounts labelled in the file's own unit", () => {
    expect(located(cooperation((t) => t.replace('amount: 1200', 'amount: 800')))).toEqual([
      {
        severity: 'error',
        file: 'data/cooperation/2005.yaml',
        line: 11,
        field: 'projects[1].amount',
        expected: '每个项目不少于 1000 万元',
        got: '800 万元',
      },
    ]);
  });

  it('rejects an unknown unit and a signing date outside the year', () => {
    const issues = cooperation((t) =>
      t.replace('unit: yuhua', 'unit: 裕华镇').replace('signedOn: 2005-03-08', 'signedOn: 2006-03-08'),
    );
    expect(located(issues).map((i) => [i.field, i.got])).toEqual([
      ['projects[1].unit', '"裕华镇"'],
      ['projects[1].signedOn', '2006-03-08'],
    ]);
    expect(issues[0].suggestion).toBe('写单位代码 "yuhua"（裕华镇）');
  });
});
