/**
 * The shipped board as a government site: every page's head names the site (SiteName, SiteDomain, SiteIDCode)
 * and every framed page's footer carries the items data/site.yaml gives, with their links; /sitemap/ lists every
 * section and every month.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtPages, rankingPeriod, ROOT } from './lib/site.ts';

const site = parse(readFileSync(join(ROOT, 'data', 'site.yaml'), 'utf8'));
const gov = site.government;
const pages = builtPages().map((p) => ({ ...p, html: parseHtml(readFileSync(p.file, 'utf8')) }));

describe('the government-site head and footer', () => {
  it('puts SiteName, SiteDomain and SiteIDCode in every page head', () => {
    const meta = (page: (typeof pages)[number], name: string) =>
      page.html.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
    const wrong = pages.filter(
      (p) =>
        meta(p, 'SiteName') !== site.title ||
        meta(p, 'SiteDomain') !== gov.domain ||
        meta(p, 'SiteIDCode') !== String(gov.siteCode),
    );
    expect(wrong.map((p) => p.path)).toEqual([]);
  });

  it('shows 主办单位, 承办单位, 联系方式, 网站标识码, the filing numbers with their links, 网站地图 and 找错 in every footer', () => {
    const framed = pages.filter((p) => p.html.querySelector('footer.site-footer'));
    expect(framed.length).toBeGreaterThan(100);
    for (const page of framed) {
      const footer = page.html.querySelector('.gov-footer');
      expect(footer, page.path).toBeTruthy();
      // The phone number is shown with non-breaking hyphens and spaces.
      const text = footer!.textContent.replaceAll('\u2011', '-').replaceAll('\u00a0', ' ');
      for (const part of [gov.sponsor, gov.organizer, gov.contact.address, gov.contact.phone, gov.contact.email])
        expect(text, page.path).toContain(part);
      expect(text).toContain(`网站标识码：${gov.siteCode}`);
      const links = Object.fromEntries(
        footer!.querySelectorAll('a').map((a) => [a.textContent, a.getAttribute('href')]),
      );
      expect(links[gov.icp]).toBe('https://beian.miit.gov.cn/');
      expect(links[gov.police]).toBe(
        `https://beian.mps.gov.cn/#/query/webSearch?code=${gov.police.match(/\d{14}/)[0]}`,
      );
      expect(links['网站地图']).toBe('/sitemap/');
      expect(links['我为政府网站找错']).toBe(gov.errorReportUrl);
    }
  });

  it('lists every section and every month on /sitemap/', () => {
    const sitemap = pages.find((p) => p.path === '/sitemap/')!;
    const hrefs = new Set(sitemap.html.querySelectorAll('main a').map((a) => a.getAttribute('href')));
    const nav = pages.find((p) => p.path === '/')!.html.querySelectorAll('.site-nav a');
    for (const a of nav) expect(hrefs, a.getAttribute('href')).toContain(a.getAttribute('href'));
    for (const path of ['/corrections/', '/events/', '/service/']) expect(hrefs).toContain(path);
    const months = pages.filter((p) => rankingPeriod(p.path)).map((p) => p.path);
    expect(months.length).toBeGreaterThan(0);
    for (const month of months) expect(hrefs).toContain(month);
  });
});
