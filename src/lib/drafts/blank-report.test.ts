import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadData } from '../model/load.ts';
import { blankReport } from './blank-report.ts';
import { newMonthReport } from './new-month.ts';
import { publishedHeader } from './published-header.ts';
import { asPeriod } from '../../../test/support/ids.ts';

const root = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'minimal');
const { model } = loadData({ root, currentPeriod: '2026-11' });
/** The minimal board with a release calendar: each month's ranking planned for the 5th of the next. */
const withCalendar = () => ({ ...model!, plans: model!.plans.map((p) => ({ ...p, releaseDay: 5 })) });

describe('the month’s blank report', () => {
  it('is dated by the release calendar (the plan’s releaseDay), not by the day it is written', () => {
    const next = newMonthReport(withCalendar(), { today: '2005-04-28' });
    if (!next.ok) throw new Error(next.reason);
    expect(next.text).toContain(
      'publishedOn: 2005-05-05  # 发布日程定的日期（data/plans/2005.yaml 的 releaseDay）；通报实际哪天发布就改成哪天\n',
    );
  });

  it('is dated today, to be changed, when the year has no release calendar', () => {
    const next = newMonthReport(model!, { today: '2005-04-28' });
    if (!next.ok) throw new Error(next.reason);
    expect(next.text).toContain('publishedOn: 2005-04-28  # 改为通报实际发布的日期\n');
  });

  it('leaves room after an empty figure, so a number typed after the colon does not run into the comment', () => {
    const text = blankReport(model!, { period: '2005-04', today: '2005-05-05', header: ['标题'], hint: () => '提示' });
    expect(text).toMatch(/^# 标题\nperiod: 2005-04\nstatus: draft\n/);
    expect(text).toContain('  - unit: dazhong  # 大中镇\n    contracted:   # 提示\n    actual:   # 提示\n');
  });

  it('carries illustrative from the year’s earlier months, and lets a new year’s plan decide in January', () => {
    const april = parse(blankReport(model!, { period: '2005-04', today: '2005-05-05', header: [] }));
    expect(april.illustrative).toBe(true);
    const january = parse(blankReport(model!, { period: '2006-01', today: '2006-02-05', header: [] }));
    expect(january).not.toHaveProperty('illustrative');
  });
});

describe('a month’s file once published', () => {
  const draft = [
    '# 2006年1月利用外资完成情况（1—N月累计）：由报送表导入（npm run import），草稿',
    'period: 2006-01',
    'status: published',
    'publishedOn: 2006-02-05  # 发布日程定的日期（data/plans/2006.yaml 的 releaseDay）；通报实际哪天发布就改成哪天',
    'units:',
    '  - unit: dazhong  # 大中镇',
    '    contracted: 12   # 合同利用外资',
    '',
  ].join('\n');
  const published = (text: string) =>
    publishedHeader(
      text,
      { period: asPeriod('2006-01'), publishedOn: '2006-02-05' },
      { subject: '利用外资', planFile: 'data/plans/2006.yaml' },
    );

  it('no longer says 草稿 in its header, nor asks for the publication date; its figures stay as they are', () => {
    expect(published(draft)).toBe(
      [
        '# 2006年1月利用外资完成情况（1—N月累计），2006-02-05 发布；数字已记入 published.yaml，要改请写更正（revisions/）',
        'period: 2006-01',
        'status: published',
        'publishedOn: 2006-02-05',
        ...draft.split('\n').slice(4),
      ].join('\n'),
    );
  });

  it('keeps a header and a date note the clerk wrote', () => {
    const own = '# 2006年1月（单位：万美元）\nperiod: 2006-01\npublishedOn: 2006-02-08  # 春节推迟\n';
    expect(published(own)).toBe(own);
  });
});
