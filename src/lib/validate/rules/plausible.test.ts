import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locatedWithSuggestion, validateMinimal, type Edits } from '../../../../test/support/tree.ts';
import { plausibleRule } from './plausible.ts';

const reports = join(import.meta.dirname, '../../../../test/fixtures/minimal/data/reports');
const fixture = (period: string) => readFileSync(join(reports, period.slice(0, 4), `${period}.yaml`), 'utf8');
const raised = (edits: Edits) =>
  locatedWithSuggestion(validateMinimal(edits).filter((i) => i.rule === plausibleRule.name));
const MAR = 'reports/2005/2005-03.yaml';
/** 大中镇's March 合同 (Jan 90, Feb 150: +60 in February) set to `value`, with an optional remark. */
const dazhongMarch =
  (value: number, remark = '') =>
  (t: string) =>
    t.replace(
      /(unit: dazhong\n\s+contracted: )210\n(\s+actual: 70\n)/,
      `$1${value}\n$2${remark ? `    remark: ${remark}\n` : ''}`,
    );

describe('plausibility', () => {
  it('passes the fixture', () => {
    expect(raised({})).toEqual([]);
  });

  it("stops a month's increase ten times the last and above the whole 累计 (an extra digit)", () => {
    expect(raised({ [MAR]: dazhongMarch(1500) })).toEqual([
      {
        severity: 'error',
        file: 'data/reports/2005/2005-03.yaml',
        line: 15,
        field: 'units[2].contracted',
        expected: '本月新增不超过上月新增（60）的 10 倍，或不超过上月累计（150）',
        got: '150 → 1500，新增 1350',
        suggestion: '核对是不是多打了一位数（2 月只新增 60）；确实如此的，在这个单位的 remark 里写“已核实：原因”',
      },
    ]);
  });

  it('lets a remark saying 已核实 clear it', () => {
    expect(raised({ [MAR]: dazhongMarch(1500, '已核实：外资大项目 3 月签约') })).toEqual([]);
  });

  it('leaves a good month alone (ten times the last increase, but not above the 累计 so far)', () => {
    const slowFebruary = (t: string) => t.replace(/(unit: dazhong\n\s+contracted: )150/, '$195');
    // February +5, March +55: eleven times February's increase, but less than the 95 on file.
    expect(raised({ 'reports/2005/2005-02.yaml': slowFebruary, [MAR]: dazhongMarch(150) })).toEqual([]);
    expect(raised({ 'reports/2005/2005-02.yaml': slowFebruary, [MAR]: dazhongMarch(200) })).toHaveLength(1);
  });

  it("stops a January equal to last December's 累计", () => {
    const december = fixture('2005-01')
      .replace('period: 2005-01', 'period: 2004-12')
      .replace('publishedOn: 2005-02-05', 'publishedOn: 2005-01-05');
    const edits: Edits = {
      'reports/2004/2004-01.yaml': null,
      'reports/2004/2004-02.yaml': null,
      'reports/2004/2004-03.yaml': null,
      'reports/2004/2004-12.yaml': december,
    };
    const issues = raised(edits);
    expect(issues).toHaveLength(7);
    expect(issues[0]).toEqual({
      severity: 'error',
      file: 'data/reports/2005/2005-01.yaml',
      line: 8,
      field: 'units[0]',
      expected: '1 月的累计从 0 起算（不等于上年 12 月的累计）',
      got: '与 2004 年 12 月完全相同（200、70）',
      suggestion: '是不是照抄了上年 12 月的数字？1 月只填 1 月的数；确实相同的，在这个单位的 remark 里写“已核实：原因”',
    });
  });

  it('stops a month in which no unit moved (last month copied), unless the note says 已核实', () => {
    const copied = fixture('2005-02')
      .replace('period: 2005-02', 'period: 2005-03')
      .replace('publishedOn: 2005-03-05', 'publishedOn: 2005-04-05');
    expect(raised({ [MAR]: copied })).toEqual([
      {
        severity: 'error',
        file: 'data/reports/2005/2005-03.yaml',
        line: 7,
        field: 'units',
        expected: '至少一个单位的累计比上月有变化',
        got: '6 个单位的数字都和 2005-02 完全一样',
        suggestion: '是不是复制了上个月的文件忘了改数字？确实都没有变化的，加一行“note: 已核实：本月各单位均无新增”',
      },
    ]);
    expect(
      raised({ [MAR]: copied.replace('illustrative: true', 'illustrative: true\nnote: 已核实：本月各单位均无新增') }),
    ).toEqual([]);
  });
});
