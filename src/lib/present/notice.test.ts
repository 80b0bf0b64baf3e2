import { describe, expect, it } from 'vitest';
import type { Site } from '../schema/site.ts';
import { fileNotice, illustrativeNotice, illustrativeNoticeFor, isIllustrative } from './notice.ts';

const site = (illustrative: boolean): Site => ({
  city: '市',
  title: '排行榜',
  subject: '利用外资',
  publisher: '督查室',
  description: '说明',
  illustrative,
  illustrativeNotice: '示意数据：演示而编造。',
});
const month = (period: string, plan?: boolean, report?: boolean) => ({
  period,
  plan: { illustrative: plan },
  report: { illustrative: report },
});

describe('the illustrative notice, set per year', () => {
  it('follows the month’s report, else its year’s plan, else site.yaml (the default)', () => {
    expect(isIllustrative(site(true), month('2006-01', false) as never)).toBe(false);
    expect(isIllustrative(site(false), month('2005-01', true) as never)).toBe(true);
    expect(isIllustrative(site(false), month('2005-01', true, false) as never)).toBe(false);
    expect(isIllustrative(site(true), month('2006-01') as never)).toBe(true);
    expect(illustrativeNotice(site(true))).toBe('示意数据：演示而编造。');
    expect(illustrativeNotice(site(true), month('2006-01', false) as never)).toBeNull();
  });

  it('says in a text over many months (README.txt) which months it applies to, when only some are illustrative', () => {
    const months = [month('2005-11', true), month('2005-12', true), month('2006-01', false), month('2006-02', false)];
    expect(illustrativeNoticeFor(site(false), months as never)).toBe(
      '示意数据：演示而编造。（只适用于 2005-11 至 2005-12；其余月份为正式数据）',
    );
    expect(illustrativeNoticeFor(site(true), months.slice(0, 2) as never)).toBe('示意数据：演示而编造。');
    expect(illustrativeNoticeFor(site(true), months.slice(2) as never)).toBeNull();
  });
});

describe('the illustrative notice, in the words of the year shown', () => {
  const yearMonth = (period: string, notice?: string) => ({
    period,
    plan: { illustrativeNotice: notice },
    report: {},
  });

  it('prints a year’s own notice (its plan’s) on that year’s months, and site.yaml’s on a year without one', () => {
    expect(illustrativeNotice(site(true), yearMonth('2006-01', '示意数据：2006 年目标为示意。') as never)).toBe(
      '示意数据：2006 年目标为示意。',
    );
    expect(illustrativeNotice(site(true), yearMonth('2006-01') as never)).toBe('示意数据：演示而编造。');
  });

  it('gives a ledger file its own year’s words', () => {
    const plans = [
      { year: 2005, illustrativeNotice: '2005 年的提示' },
      { year: 2006, illustrativeNotice: '2006 年的提示' },
    ];
    expect(fileNotice(site(false), plans, { illustrative: true, year: 2006 })).toBe('2006 年的提示');
    expect(fileNotice(site(false), plans, { illustrative: false, year: 2006 })).toBeNull();
    expect(fileNotice(site(true), plans, { illustrative: false, year: 2007 })).toBe('示意数据：演示而编造。');
  });

  it('says over many months which months each year’s notice applies to, when the years’ notices differ', () => {
    const months = [yearMonth('2005-12', '2005 年的提示'), yearMonth('2006-01', '2006 年的提示')];
    expect(illustrativeNoticeFor(site(true), months as never)).toBe(
      '2005 年的提示（只适用于 2005-12）2006 年的提示（只适用于 2006-01）',
    );
    expect(illustrativeNoticeFor(site(true), [months[0]!, yearMonth('2006-01', '2005 年的提示')] as never)).toBe(
      '2005 年的提示',
    );
  });
});
