import { describe, expect, it } from 'vitest';
import { locatedByRule, minimalRecord, validateMinimal, type Edits } from '../../../../../test/support/tree.ts';

const FEB = 'reports/2005/2005-02.yaml';
const record = minimalRecord();
/** The minimal fixture with its record of what was published, and some edits. */
const withRecord = (edits: Edits = {}) => validateMinimal({ 'published.yaml': record, ...edits });
const raiseDazhong = (t: string) => t.replace(/(unit: dazhong\n\s+contracted: )150/, '$1160');
/** What the clerk is told when 大中镇's published February 合同 (150) is raised to 160 without a revision. */
const dazhongFrozen = {
  rule: 'published-frozen',
  severity: 'error',
  file: 'data/reports/2005/2005-02.yaml',
  line: 15,
  field: 'units[2].contracted',
  expected: '大中镇的合同利用外资保持 2005-02 发布的 150',
  got: '160',
};
const revision = (old: string | number, now: string | number) =>
  `revisions:\n  - { date: 2005-04-02, period: 2005-02, unit: dazhong, indicator: contracted, old: ${old}, new: ${now}, kind: 更正, reason: 录入错误 }\n`;

describe('published means frozen', () => {
  it('passes the fixture with its record', () => {
    expect(withRecord()).toEqual([]);
  });

  it('rejects a changed published figure without a revision, naming unit, indicator, old and new value', () => {
    const issues = withRecord({ [FEB]: raiseDazhong });
    expect(locatedByRule(issues)).toEqual([dazhongFrozen]);
    expect(issues[0].suggestion).toBe(
      '已发布的数字不能直接改。确需改正的，在 data/revisions/2005.yaml 的 revisions: 下加一条：- { date: 今天的日期, period: 2005-02, unit: dazhong, indicator: contracted, old: 150, new: 160, kind: 更正, reason: 写明原因 }（迟报数据用 kind: 修订）',
    );
  });

  it('accepts the change with a revision from the published value to the new one', () => {
    expect(withRecord({ [FEB]: raiseDazhong, 'revisions/2005.yaml': revision(150, 160) })).toEqual([]);
  });

  it('rejects a revision whose old value is not the published one', () => {
    const issues = withRecord({ [FEB]: raiseDazhong, 'revisions/2005.yaml': revision(140, 160) });
    expect(locatedByRule(issues)).toEqual([
      dazhongFrozen,
      {
        rule: 'revisions',
        severity: 'error',
        file: 'data/revisions/2005.yaml',
        line: 2,
        field: 'revisions[0].old',
        expected: '150（2005-02 发布时的数字）',
        got: '140',
      },
    ]);
  });

  it('rejects a published unit deleted from its month', () => {
    const issues = withRecord({ [FEB]: (t) => t.replace(/ {2}- unit: yuhua\n( {4}.*\n)+?(?= {2}- unit)/, '') });
    expect(locatedByRule(issues).filter((i) => i.rule === 'published-frozen')).toEqual([
      {
        rule: 'published-frozen',
        severity: 'error',
        file: 'data/reports/2005/2005-02.yaml',
        line: 7,
        field: 'units',
        expected: '裕华镇（yuhua）一项（2005-02 已发布，不能删除）',
        got: '没有“yuhua”',
      },
    ]);
  });

  it('rejects a published month set back to draft', () => {
    const issues = withRecord({ [FEB]: (t) => t.replace('status: published', 'status: draft') });
    expect(locatedByRule(issues)).toEqual([
      {
        rule: 'published-frozen',
        severity: 'error',
        file: 'data/reports/2005/2005-02.yaml',
        line: 3,
        field: 'status',
        expected: 'published（2005-02 已发布，不能改回草稿）',
        got: 'draft',
      },
    ]);
  });

  it('rejects a published month deleted, pointing at its record', () => {
    const issues = withRecord({ 'reports/2005/2005-03.yaml': null });
    expect(locatedByRule(issues)).toEqual([
      {
        rule: 'published-frozen',
        severity: 'error',
        file: 'data/published.yaml',
        line: expect.any(Number),
        field: 'months.2005-03',
        expected: 'data/reports/2005/2005-03.yaml 仍在（2005-03 已发布，不能删除）',
        got: '没有这个文件',
      },
    ]);
  });

  it('rejects a published unit turned 未报送 without a revision', () => {
    const issues = withRecord({
      [FEB]: (t) => t.replace(/(unit: dazhong\n)\s+contracted: 150\n\s+actual: 45\n/, '$1    status: 未报送\n'),
    });
    expect(locatedByRule(issues).map((i) => [i.field, i.expected, i.got])).toEqual([
      ['units[2]', '大中镇的合同利用外资保持 2005-02 发布的 150', '未报送'],
      ['units[2]', '大中镇的实际利用外资保持 2005-02 发布的 45', '未报送'],
    ]);
  });
});
