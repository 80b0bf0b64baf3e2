import { describe, expect, it } from 'vitest';
import { located, ruleOnFile } from '../../../../test/support/tree.ts';
import { eventSigningsRule } from './rules.ts';

const FILE = 'events/2005.yaml';
const events = ruleOnFile(eventSigningsRule.name, FILE);

describe('the event signings rule', () => {
  it('passes the fixture events', () => {
    expect(events((t) => t)).toEqual([]);
  });

  it('rejects an event id that an earlier year already used (the two would share one page)', () => {
    const next = [
      'year: 2006',
      'unit: 万美元',
      'steps: [意向, 协议, 开工, 到资]',
      'events:',
      '  - id: hongkong',
      '    name: 香港投资说明会',
      '    date: 2006-03-20',
      '    place: 香港',
      '    organiser: 市外经局',
      '    signings:',
      '      - { name: 物流园, unit: dazhong, follower: 周红, step: 意向 }',
      '',
    ].join('\n');
    const issues = events((t) => t, { 'events/2006.yaml': next });
    expect(located(issues)).toEqual([
      {
        severity: 'error',
        file: 'data/events/2006.yaml',
        line: 5,
        field: 'events[0].id',
        expected: '活动代码在各年文件中只用一次（/events/<代码>/ 是活动的网页地址）',
        got: '"hongkong" 已在 data/events/2005.yaml 用过',
      },
    ]);
    expect(issues[0].suggestion).toBe('改用新的代码，如 "hongkong-2006"');
  });

  it('rejects a signing followed up by a unit not in the registry', () => {
    const issues = events((t) => t.replace('unit: dazhong', 'unit: dazong'));
    expect(located(issues)).toEqual([
      {
        severity: 'error',
        file: 'data/events/2005.yaml',
        line: 14,
        field: 'events[0].signings[1].unit',
        expected: 'data/units.yaml 中的单位代码',
        got: '"dazong"',
      },
    ]);
    expect(issues[0].suggestion).toBe('是不是 "dazhong"？');
  });

  it('rejects a signing without a follow-up person (跟踪责任人)', () => {
    const issues = events((t) => t.replace(' follower: 周红,', ''));
    expect(located(issues)).toEqual([
      {
        severity: 'error',
        file: 'data/events/2005.yaml',
        line: 14,
        field: 'events[0].signings[1].name',
        expected: '每个签约项目写明跟踪责任人（follower）',
        got: '“食品加工”没有跟踪责任人',
      },
    ]);
  });

  it("rejects a step that is not one of the file's steps", () => {
    const issues = events((t) => t.replace('step: 意向', 'step: 意象'));
    expect(located(issues)).toEqual([
      {
        severity: 'error',
        file: 'data/events/2005.yaml',
        line: 14,
        field: 'events[0].signings[1].step',
        expected: '本文件 steps 中的一步（意向、协议、开工、到资）',
        got: '"意象"',
      },
    ]);
  });

  it("rejects a link to a project the same year's ledger does not hold, or to a ledger that does not exist", () => {
    expect(located(events((t) => t.replace('project: p01', 'project: p09')))).toEqual([
      {
        severity: 'error',
        file: 'data/events/2005.yaml',
        line: 13,
        field: 'events[0].signings[0].project',
        expected: '2005 年台账中的项目代码',
        got: '"p09"',
      },
    ]);
    expect(located(events((t) => t, { 'projects/2005.yaml': null })).map((i) => i.expected)).toEqual([
      '2005 年的台账文件 data/projects/2005.yaml',
    ]);
  });

  it('rejects an event dated outside its year', () => {
    expect(located(events((t) => t.replace('date: 2005-03-18', 'date: 2004-03-18')))).toEqual([
      {
        severity: 'error',
        file: 'data/events/2005.yaml',
        line: 9,
        field: 'events[0].date',
        expected: '2005 年内的日期',
        got: '2004-03-18',
      },
    ]);
  });
});
