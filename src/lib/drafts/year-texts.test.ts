import { describe, expect, it } from 'vitest';
import { yearsNamed } from '../schema/common.ts';
import { textsNamingYears } from './year-texts.ts';

describe('the texts that name a year (npm run new-year lists them)', () => {
  it('finds each year a text names, once, and no digits that are not a year', () => {
    expect(yearsNamed('本站 2004—2005 年…取自 2005 年 1 月 21 日讲话')).toEqual([2004, 2005]);
    expect(yearsNamed('电话 0515-83512345，编号 320982')).toEqual([]);
  });

  it('lists every value naming another year with its file, line and field, and leaves comments alone', () => {
    const text = [
      '# 2005 年的说明（注释不算）',
      'year: 2006',
      'source: 2005 年 1 月 21 日讲话',
      'assessments:',
      '  source: 2006 年会议',
      '  consequences:',
      '    fail: 按 2005 年办法处理',
      '',
    ].join('\n');
    expect(textsNamingYears('data/plans/2006.yaml', text, 2006)).toEqual([
      { file: 'data/plans/2006.yaml', line: 3, field: 'source', text: '2005 年 1 月 21 日讲话', years: [2005] },
      {
        file: 'data/plans/2006.yaml',
        line: 7,
        field: 'assessments.consequences.fail',
        text: '按 2005 年办法处理',
        years: [2005],
      },
    ]);
  });
});
