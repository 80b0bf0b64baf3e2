import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { report } from '../../../test/support/models.ts';
import { publishedRecordSchema } from '../schema/published.ts';
import { recordText, withNewMonths } from './published-record.ts';
import { asPeriod } from '../../../test/support/ids.ts';

describe('the record of what was published', () => {
  const jan = report('2005-01', { t1: { contracted: 10 }, t2: '未报送' });
  const feb = report('2005-02', { t1: { contracted: 20 }, t2: { contracted: 5 } });
  const draft = report('2005-03', { t1: { contracted: 30 }, t2: { contracted: 9 } }, { status: 'draft' });

  it('adds published months, one line per unit, and leaves drafts out', () => {
    const { record, added } = withNewMonths(undefined, [jan, feb, draft]);
    expect(added).toEqual(['2005-01', '2005-02']);
    expect(recordText(record).split('\n').slice(2)).toEqual([
      'months:',
      '  2005-01:',
      '    publishedOn: 2005-01-28',
      '    units:',
      '      t1: { contracted: 10 }',
      '      t2: 未报送',
      '  2005-02:',
      '    publishedOn: 2005-02-28',
      '    units:',
      '      t1: { contracted: 20 }',
      '      t2: { contracted: 5 }',
      '',
    ]);
  });

  it('never rewrites a month already on record (a change to it is a revision)', () => {
    const first = withNewMonths(undefined, [jan]).record;
    const changedJan = report('2005-01', { t1: { contracted: 99 }, t2: '未报送' });
    const { record, added } = withNewMonths(first, [changedJan, feb]);
    expect(added).toEqual(['2005-02']);
    expect(record.months[asPeriod('2005-01')].units.t1).toEqual({ contracted: 10 });
  });

  it('writes a file its own schema reads back', () => {
    const { record } = withNewMonths(undefined, [jan, feb]);
    expect(publishedRecordSchema.parse(parse(recordText(record)))).toEqual(record);
  });
});
