import { describe, expect, it } from 'vitest';
import { raisedBy, validateMinimal } from '../../../../test/support/tree.ts';
import { reportPeriodRule } from './report-period.ts';
import { inEnglish } from '../../../../test/support/lang.ts';

const FEB = 'reports/2005/2005-02.yaml';
const periodIssues = (edits: Parameters<typeof validateMinimal>[0]) =>
  raisedBy(validateMinimal(edits), reportPeriodRule.name);

describe('the report period rule', () => {
  // These check each rule's English (for developers); the Chinese every clerk reads is pinned by test/bad-inputs/.
  inEnglish();

  it('passes the fixture reports', () => {
    expect(periodIssues({})).toEqual([]);
  });

  it('rejects a period that disagrees with the file name', () => {
    expect(periodIssues({ [FEB]: (t) => t.replace('period: 2005-02', 'period: 2005-04') })).toEqual([
      'error data/reports/2005/2005-02.yaml:2 period: the period in the file name (2005-02) / "2005-04"',
    ]);
  });

  it('rejects a month left out between two reports', () => {
    expect(periodIssues({ [FEB]: null })).toEqual([
      'error data/reports/2005/2005-03.yaml:2 period: the report for 2005-02 before this one / no file data/reports/2005/2005-02.yaml',
    ]);
  });

  it('warns of a ranking announced before its month ended', () => {
    expect(periodIssues({ [FEB]: (t) => t.replace('publishedOn: 2005-03-05', 'publishedOn: 2005-02-20') })).toEqual([
      'warning data/reports/2005/2005-02.yaml:4 publishedOn: a date after 2005-02 ended (1—N月累计 is known only then) / 2005-02-20',
    ]);
  });

  it('rejects a month in the future', () => {
    const future = 'reports/2026/2026-12.yaml';
    const issues = periodIssues({
      [future]: `period: 2026-12\nstatus: draft\npublishedOn: 2027-01-05\npublisher: 督查室\nunits:\n  - unit: kaifaqu\n    contracted: 1\n    actual: 1\n`,
    });
    expect(issues).toContain(
      'error data/reports/2026/2026-12.yaml:1 period: a period up to the current month (2026-11) / "2026-12" (in the future)',
    );
  });
});
