import { describe, expect, it } from 'vitest';
import { locatedByRule, minimalRecord, validateMinimal } from '../../../../../test/support/tree.ts';
import { publishedRecordedRule } from './published-recorded.ts';

describe('the record of what was published', () => {
  it('asks for a newly published month to be recorded', () => {
    const withoutMarch = minimalRecord().replace(/ {2}2005-03:\n( {4}.*\n)+/, '');
    const issues = validateMinimal({ 'published.yaml': withoutMarch });
    expect(locatedByRule(issues)).toEqual([
      {
        rule: publishedRecordedRule.name,
        severity: 'error',
        file: 'data/reports/2005/2005-03.yaml',
        line: 3,
        field: 'status',
        expected: '2005-03 记入发布记录 data/published.yaml',
        got: '还没有记录',
      },
    ]);
    expect(issues[0].suggestion).toBe(
      '填完、检查无误后运行 npm run record-published（把这个月的数字加进 data/published.yaml），和这个月的文件一起提交',
    );
  });

  it('leaves a board without a record alone (nothing to compare with)', () => {
    expect(validateMinimal().filter((i) => i.rule === publishedRecordedRule.name)).toEqual([]);
  });
});
