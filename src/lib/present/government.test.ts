import { describe, expect, it } from 'vitest';
import { siteSchema, type Site } from '../schema/site.ts';
import { governmentFooter, governmentMeta } from './government.ts';

const base = {
  city: '示例市',
  title: '示例市利用外资排行榜',
  subject: '利用外资',
  publisher: '示例市委督查室',
  description: '测试用。',
  illustrative: true,
};
const site = (government?: unknown): Site => siteSchema.parse(government ? { ...base, government } : base);

describe('the government-site footer and head', () => {
  it('shows nothing when site.yaml has no government block', () => {
    expect(governmentFooter(site())).toBeUndefined();
    expect(governmentMeta(site())).toEqual([]);
  });

  it('links the ICP number to the MIIT filing site and the police number to its own record', () => {
    const footer = governmentFooter(site({ icp: '苏ICP备05012345号-1', police: '苏公网安备 32098202000123号' }))!;
    expect(footer.filings).toEqual([
      { label: undefined, text: '苏ICP备05012345号-1', href: 'https://beian.miit.gov.cn/' },
      {
        label: undefined,
        text: '苏公网安备 32098202000123号',
        href: 'https://beian.mps.gov.cn/#/query/webSearch?code=32098202000123',
      },
    ]);
  });

  it('shows only the items given, with the site map always and 找错 only with its address', () => {
    const footer = governmentFooter(site({ sponsor: '示例市人民政府办公室', contact: { phone: '0515-83512345' } }))!;
    expect(footer.units).toEqual([{ label: '主办单位', text: '示例市人民政府办公室', href: undefined }]);
    // A non-breaking hyphen: the number never wraps in the middle.
    expect(footer.contact).toEqual([{ label: '电话', text: '0515\u201183512345', href: 'tel:051583512345' }]);
    expect(footer.filings).toEqual([]);
    expect(footer.links.map((l) => l.text)).toEqual(['网站地图']);
  });

  it('puts SiteName, and SiteDomain and SiteIDCode where given, in the head', () => {
    expect(governmentMeta(site({ siteCode: 3209820001, domain: 'paihangbang.example.gov.cn' }))).toEqual([
      { name: 'SiteName', content: '示例市利用外资排行榜' },
      { name: 'SiteDomain', content: 'paihangbang.example.gov.cn' },
      { name: 'SiteIDCode', content: '3209820001' },
    ]);
    expect(governmentMeta(site({ sponsor: '示例市人民政府办公室' }))).toEqual([
      { name: 'SiteName', content: '示例市利用外资排行榜' },
    ]);
  });
});
