import { afterEach, describe, expect, it } from 'vitest';
import type { Issue } from '../read/issue.ts';
import { passedSummary } from './summary.ts';

const warning: Issue = { severity: 'warning', file: 'data/a.yaml', line: 1, col: 1, field: '', expected: '', got: '' };
const board = {
  units: [1, 2, 3],
  plans: [1],
  reports: [
    { file: 'data/reports/2005/2005-01.yaml', status: 'published' },
    { file: 'data/reports/2005/2005-02.yaml', status: 'draft' },
  ],
};

afterEach(() => {
  delete process.env.BOARD_LANG;
});

describe('the summary of a check that passed (npm run validate and the build say it alike)', () => {
  it('names each draft month as not published, then counts units, plans, months and warnings', () => {
    expect(passedSummary(board, [warning, warning])).toEqual([
      '注意：data/reports/2005/2005-02.yaml 是草稿（status: draft），本次不发布；填完后把 status 改为 published。',
      '✓ 检查通过：data/ 共 3 个单位，1 个年度计划，2 个月的报表，2 处提醒（不影响发布，请核对）。',
    ]);
  });

  it('says a draft is shown in the preview only when building a preview, and leaves out warnings when there are none', () => {
    expect(passedSummary(board, [], { data: 'other', preview: true })).toEqual([
      '注意：data/reports/2005/2005-02.yaml 是草稿（status: draft），只在预览中显示。',
      '✓ 检查通过：other/ 共 3 个单位，1 个年度计划，2 个月的报表。',
    ]);
  });

  it('speaks English to a developer', () => {
    process.env.BOARD_LANG = 'en';
    expect(passedSummary({ ...board, reports: [] }, [warning]).at(-1)).toBe(
      '✓ data/ is valid: 3 units, 1 plan(s), 0 monthly reports, 1 warning(s).',
    );
  });
});
