import { describe, expect, it } from 'vitest';
import { codeQualityReport } from './gitlab.ts';
import type { Issue } from '../read/issue.ts';

const issue = (over: Partial<Issue>): Issue => ({
  severity: 'error',
  file: 'data/reports/2005/2005-03.yaml',
  line: 15,
  col: 17,
  field: 'units[1].contracted',
  expected: '数字',
  got: '“12万”',
  rule: 'schema',
  ...over,
});

describe("GitLab's code quality report of validation problems", () => {
  it('places each problem at its file and line, errors as major and warnings as minor, with the Chinese message', () => {
    const [error, warning] = codeQualityReport([issue({}), issue({ severity: 'warning', line: 20, rule: 'jump' })]);
    expect(error).toMatchObject({
      check_name: 'schema',
      severity: 'major',
      location: { path: 'data/reports/2005/2005-03.yaml', lines: { begin: 15 } },
    });
    expect(error.description).toContain('data/reports/2005/2005-03.yaml:15:17 units[1].contracted 应为：数字');
    expect(warning).toMatchObject({ severity: 'minor', check_name: 'jump', location: { lines: { begin: 20 } } });
  });

  it('gives the same problem the same fingerprint and different problems different ones', () => {
    const [a, b, c] = codeQualityReport([issue({}), issue({}), issue({ line: 16 })]);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.fingerprint).not.toBe(c.fingerprint);
    expect(a.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });
});
