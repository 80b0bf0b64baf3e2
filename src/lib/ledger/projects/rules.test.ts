import { describe, expect, it } from 'vitest';
import { located, ruleOnFile } from '../../../../test/support/tree.ts';
import { projectLedgerRule } from './rules.ts';

const FILE = 'projects/2005.yaml';
const ledger = ruleOnFile(projectLedgerRule.name, FILE);

describe('the project ledger rule', () => {
  it('passes the fixture ledger', () => {
    expect(ledger((t) => t)).toEqual([]);
  });

  it('rejects a responsible unit not in the registry, suggesting the id of the name written', () => {
    const issues = ledger((t) => t.replace('unit: gangqu', 'unit: 港区'));
    expect(located(issues)).toEqual([
      {
        severity: 'error',
        file: 'data/projects/2005.yaml',
        line: 36,
        field: 'projects[1].unit',
        expected: 'data/units.yaml 中的单位代码',
        got: '"港区"',
      },
    ]);
    expect(issues[0].suggestion).toBe('写单位代码 "gangqu"（港经济开发区）');
  });

  it('rejects a project id that is the address of another ledger page (by-unit, by-stage)', () => {
    const issues = ledger((t) => t.replace('  - id: p02\n', '  - id: by-stage\n'));
    expect(located(issues)).toEqual([
      {
        severity: 'error',
        file: 'data/projects/2005.yaml',
        line: 33,
        field: 'projects[1].id',
        expected: '不用 by-unit、by-stage 作项目代码（它们是台账其他排列方式的网页地址）',
        got: '"by-stage"',
      },
    ]);
  });

  it('rejects a project without a responsible person (责任人)', () => {
    const issues = ledger((t) => t.replace('    person: 赵强\n', ''));
    expect(located(issues)).toEqual([
      {
        severity: 'error',
        file: 'data/projects/2005.yaml',
        line: 34,
        field: 'projects[1].name',
        expected: '每个项目写明责任人（person）',
        got: '“港口仓储”没有责任人',
      },
    ]);
  });

  it('rejects funds in place above the agreed amount', () => {
    const issues = ledger((t) => t.replace('inPlace: 40,', 'inPlace: 900,')).filter((i) => i.severity === 'error');
    expect(located(issues)).toEqual([
      {
        severity: 'error',
        file: 'data/projects/2005.yaml',
        line: 46,
        field: 'projects[1].months[2].inPlace',
        expected: '到位资金不超过协议外资 800 万美元',
        got: '900 万美元',
      },
    ]);
  });

  it('rejects a stage going backwards without a remark, and accepts it with one', () => {
    const back = (t: string) => t.replace('inPlace: 40, stage: 签约', 'inPlace: 40, stage: 洽谈');
    expect(located(ledger(back))).toEqual([
      {
        severity: 'error',
        file: 'data/projects/2005.yaml',
        line: 46,
        field: 'projects[1].months[2].stage',
        expected: '阶段不倒退（上月已是“签约”），倒退须写 remark 说明原因',
        got: '“洽谈”且没有 remark',
      },
    ]);
    expect(
      ledger((t) =>
        back(t).replace(
          'inPlace: 40, stage: 洽谈, onPlan: true',
          'inPlace: 40, stage: 洽谈, onPlan: false, remark: 投资方重新谈判',
        ),
      ),
    ).toEqual([]);
  });

  it('rejects a month missing inside a record and at its end', () => {
    const gap = ledger((t) => t.replace('      - { month: 2005-02, inPlace: 0, stage: 签约, onPlan: true }\n', ''));
    expect(located(gap)).toEqual([
      {
        severity: 'error',
        file: 'data/projects/2005.yaml',
        line: 45,
        field: 'projects[1].months[1].month',
        expected: '逐月不缺：上一行是 2005-01，这一行应是 2005-02',
        got: '2005-03',
      },
    ]);
    const short = ledger((t) => t.replace('      - { month: 2005-03, inPlace: 40, stage: 签约, onPlan: true }\n', ''));
    expect(located(short)).toEqual([
      {
        severity: 'error',
        file: 'data/projects/2005.yaml',
        line: 43,
        field: 'projects[1].months',
        expected: '逐月记录到台账最新月份 2005-03',
        got: '只记到 2005-02',
      },
    ]);
  });

  it("warns when a unit's projects report more funds in place than the unit's own 实际利用外资 for the month", () => {
    const issues = ledger((t) => t.replace('inPlace: 40,', 'inPlace: 70,'));
    expect(located(issues)).toEqual([
      {
        severity: 'warning',
        file: 'data/projects/2005.yaml',
        line: 46,
        field: 'projects[1].months[2].inPlace',
        expected: 'gangqu 各项目 2005-03 到位资金合计不超过该单位当月实际利用外资 62 万美元',
        got: '合计 70 万美元（1 个项目）',
      },
    ]);
  });

  it('rejects a year that disagrees with the file name', () => {
    expect(located(ledger((t) => t.replace('year: 2005', 'year: 2006'))).map((i) => i.field)).toContain('year');
  });
});
