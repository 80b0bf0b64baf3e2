import { describe, expect, it } from 'vitest';
import type { Site } from '../schema/site.ts';
import { illustrativeNotice, illustrativeNoticeFor, isIllustrative } from './notice.ts';

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
