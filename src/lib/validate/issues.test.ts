import { afterEach, describe, expect, it } from 'vitest';
import { readDataFile } from '../model/load.ts';
import { formatIssue, formatIssues, formatGithub } from './issues.ts';
import type { Issue } from '../read/issue.ts';
import { issueAt } from './rule.ts';

const issue = (over: Partial<Issue>): Issue => ({
  severity: 'error',
  file: 'data/reports/2005/2005-03.yaml',
  line: 7,
  col: 17,
  field: 'units[1].contracted',
  expected: '≥ 0 的数',
  got: '-5',
  ...over,
});

afterEach(() => {
  delete process.env.BOARD_LANG;
});

describe('problem messages for clerks (Chinese)', () => {
  it('read 文件:行:列 字段 应为：…；实际：…。建议：…', () => {
    expect(formatIssue(issue({ suggestion: '核对正负号' }))).toBe(
      'data/reports/2005/2005-03.yaml:7:17 units[1].contracted 应为：≥ 0 的数；实际：-5。建议：核对正负号',
    );
  });
  it('mark warnings as 提醒', () => {
    expect(formatIssue(issue({ severity: 'warning' }))).toBe(
      'data/reports/2005/2005-03.yaml:7:17 units[1].contracted 【提醒】应为：≥ 0 的数；实际：-5',
    );
  });
  it('become GitHub annotations with --format github, in Chinese too', () => {
    expect(formatGithub(issue({ rule: 'schema' }))).toBe(
      '::error file=data/reports/2005/2005-03.yaml,line=7,col=17,title=schema::units[1].contracted 应为：≥ 0 的数；实际：-5',
    );
  });
  it('become GitHub annotations whose text cannot end the command or start another', () => {
    expect(formatGithub(issue({ file: 'data/a,b:c.yaml', got: '“x\n::error::y 100%”' }))).toBe(
      '::error file=data/a%2Cb%3Ac.yaml,line=7,col=17::units[1].contracted 应为：≥ 0 的数；实际：“x%0A::error::y 100%25”',
    );
  });
  it('cut a long run of the same mistake to three lines and a count', () => {
    const many = Array.from({ length: 10 }, (_, i) =>
      issue({ line: 10 + i, field: `units[${i}].contractd`, expected: '已知字段', got: '不认识的字段“contractd”' }),
    );
    const lines = formatIssues([...many, issue({})]);
    expect(lines).toHaveLength(5);
    expect(lines[3]).toBe('data/reports/2005/2005-03.yaml:7:17 units[1].contracted 应为：≥ 0 的数；实际：-5');
    expect(lines[4]).toBe('…… data/reports/2005/2005-03.yaml 中同样的问题还有 7 处（units[].contractd）');
  });
  it('name every file that shares a mistake, with its line: repeats are folded inside a file, never across files', () => {
    const files = Array.from({ length: 300 }, (_, n) =>
      issue({
        file: `data/f${n}.yaml`,
        line: 10 + (n % 7),
        field: 'units[0].contractd',
        expected: '已知字段',
        got: '不认识的字段',
      }),
    );
    const lines = formatIssues(files);
    expect(lines).toHaveLength(300);
    for (const f of files) expect(lines).toContain(formatIssue(f));
  });
  it("say below a file's own lines how many more of its mistake were folded", () => {
    const many = (file: string) =>
      Array.from({ length: 5 }, (_, i) =>
        issue({ file, line: 10 + i, field: `units[${i}].contractd`, expected: '已知字段', got: '不认识的字段' }),
      );
    expect(formatIssues([...many('data/a.yaml'), ...many('data/b.yaml')]).filter((l) => l.startsWith('……'))).toEqual([
      '…… data/a.yaml 中同样的问题还有 2 处（units[].contractd）',
      '…… data/b.yaml 中同样的问题还有 2 处（units[].contractd）',
    ]);
    expect(formatIssues([...many('data/a.yaml'), ...many('data/b.yaml')])[3]).toBe(
      '…… data/a.yaml 中同样的问题还有 2 处（units[].contractd）',
    );
  });
  it('keep different values of one mistake apart', () => {
    expect(formatIssues([issue({}), issue({ got: '-6' }), issue({ got: '-7' }), issue({ got: '-8' })])).toHaveLength(4);
  });
});

describe('problem messages for developers (BOARD_LANG=en)', () => {
  it('read file:line:col field: expected …, got … — suggestion', () => {
    process.env.BOARD_LANG = 'en';
    expect(formatIssue(issue({ expected: 'a number ≥ 0', suggestion: 'check the sign' }))).toBe(
      'data/reports/2005/2005-03.yaml:7:17 units[1].contracted: expected a number ≥ 0, got -5 — check the sign',
    );
    expect(formatIssue(issue({ expected: 'a number ≥ 0', severity: 'warning' }))).toBe(
      'data/reports/2005/2005-03.yaml:7:17 units[1].contracted: warning: expected a number ≥ 0, got -5',
    );
    expect(formatGithub(issue({ expected: 'a number ≥ 0' }))).toBe(
      '::error file=data/reports/2005/2005-03.yaml,line=7,col=17::units[1].contracted: expected a number ≥ 0, got -5',
    );
  });
  it('fold a run in English too', () => {
    process.env.BOARD_LANG = 'en';
    const many = Array.from({ length: 4 }, (_, i) =>
      issue({ line: 10 + i, field: `units[${i}].contractd`, expected: 'a known field', got: 'contractd' }),
    );
    expect(formatIssues(many).at(-1)).toBe(
      '… and 1 more of the same in data/reports/2005/2005-03.yaml (units[].contractd)',
    );
  });
});

describe('issueAt, the call every rule makes', () => {
  const source = readDataFile('data/x.yaml', Buffer.from('units:\n  - unit: a\n    contracted: 5\n')).source!;

  it('places the issue at the value and keeps the words the rule took from the catalogue', () => {
    expect(issueAt(source, ['units', 0, 'contracted'], '不小于 10', '5', { suggestion: '核对' })).toMatchObject({
      severity: 'error',
      file: 'data/x.yaml',
      line: 3,
      col: 17,
      field: 'units[0].contracted',
      expected: '不小于 10',
      got: '5',
      suggestion: '核对',
    });
  });
  it('points at the key of a block when asked, with the severity asked for', () => {
    expect(
      issueAt(source, ['units'], 'one entry per unit', 'no "b"', { key: true, severity: 'warning' }),
    ).toMatchObject({ severity: 'warning', line: 1, col: 1, expected: 'one entry per unit', got: 'no "b"' });
  });
});
