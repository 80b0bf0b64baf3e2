import { describe, expect, it } from 'vitest';
import { formatIssue, formatIssues, formatGithub, type Issue } from './issues.ts';

const issue = (over: Partial<Issue>): Issue => ({
  severity: 'error', file: 'data/reports/2005/2005-03.yaml', line: 7, col: 17, field: 'units[1].contracted',
  expected: 'a number ≥ 0', got: '-5', ...over,
});

describe('problem messages', () => {
  it('read file:line:col field: expected …, got … — suggestion', () => {
    expect(formatIssue(issue({ suggestion: 'check the sign' }))).toBe('data/reports/2005/2005-03.yaml:7:17 units[1].contracted: expected a number ≥ 0, got -5 — check the sign');
  });
  it('mark warnings as such', () => {
    expect(formatIssue(issue({ severity: 'warning' }))).toBe('data/reports/2005/2005-03.yaml:7:17 units[1].contracted: warning: expected a number ≥ 0, got -5');
  });
  it('become GitHub annotations with --format github', () => {
    expect(formatGithub(issue({}))).toBe('::error file=data/reports/2005/2005-03.yaml,line=7,col=17::units[1].contracted: expected a number ≥ 0, got -5');
  });
  it('cut a long run of the same mistake to three lines and a count', () => {
    const many = Array.from({ length: 10 }, (_, i) => issue({ line: 10 + i, field: `units[${i}].contractd`, expected: 'a known field', got: 'the unknown field "contractd"' }));
    const lines = formatIssues([...many, issue({})]);
    expect(lines).toHaveLength(5);
    expect(lines[3]).toBe('data/reports/2005/2005-03.yaml:7:17 units[1].contracted: expected a number ≥ 0, got -5');
    expect(lines[4]).toBe('… and 7 more of the same (units[].contractd, in data/reports/2005/2005-03.yaml)');
  });
  it('counts a mistake repeated across files once, naming how many files', () => {
    const files = ['01', '02', '03', '04', '05'].map((m) => issue({ file: `data/reports/2005/2005-${m}.yaml`, field: 'units[0].contractd', got: 'x' }));
    expect(formatIssues(files).at(-1)).toBe('… and 2 more of the same (units[].contractd, in 2 files)');
  });
  it('keeps different mistakes apart', () => {
    expect(formatIssues([issue({}), issue({ got: '-6' }), issue({ got: '-7' }), issue({ got: '-8' })])).toHaveLength(4);
  });
});
