/**
 * For the press and for paper (issue 25): the next release date beside the latest month, and under every
 * chart its numbers to download and a citation to copy.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser } from './lib/browser.ts';
import { builtPages, rankingPeriod } from './lib/site.ts';

const rankings = builtPages()
  .filter((p) => rankingPeriod(p.path))
  .sort((a, b) => a.path.localeCompare(b.path));
const chartPages = builtPages().filter((p) => readFileSync(p.file, 'utf8').includes('data-chart='));

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser(inject('wsEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

const nextRelease = async (path: string) => {
  const page = await browser.newPage();
  try {
    await page.goto(inject('baseUrl') + path, { waitUntil: 'load' });
    const line = page.locator('.next-release');
    return (await line.count())
      ? {
          text: await line.innerText(),
          when: await line.locator('time').innerText(),
          date: await line.locator('time').getAttribute('datetime'),
        }
      : null;
  } finally {
    await page.close();
  }
};

test('下次发布 shows in the page stamp of the home page and the latest month’s page, with the same planned date, and not on an older month', async () => {
  expect(rankings.length).toBeGreaterThan(1);
  const home = await nextRelease('/');
  const latest = await nextRelease(rankings.at(-1)!.path);
  expect(home?.text).toMatch(/^下次发布[：\s]*\d{4}年\d{1,2}月\d{1,2}日/);
  expect(latest?.text).toMatch(/^下次发布[：\s]*\d{4}年\d{1,2}月\d{1,2}日/);
  expect({ date: latest?.date, when: latest?.when }).toEqual({ date: home?.date, when: home?.when });
  expect(home!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(await nextRelease(rankings[0].path)).toBeNull();
}, 60_000);

test('every chart offers its picture (PNG, SVG) and its numbers (CSV with a BOM) as files that are served, and a GB/T 7714 citation naming the page’s address', async () => {
  expect(chartPages.length).toBeGreaterThan(0);
  for (const target of [chartPages.find((p) => p.path === '/'), chartPages.find((p) => p.path.startsWith('/units/'))]) {
    if (!target) continue;
    const page = await browser.newPage();
    try {
      await page.goto(inject('baseUrl') + target.path, { waitUntil: 'load' });
      const figures = await page.locator('figure:has(.chart-box)').all();
      expect(figures.length, target.path).toBeGreaterThan(0);
      for (const figure of figures) {
        const links = await figure
          .locator('.chart-data a')
          .evaluateAll((as) => as.map((a) => [a.textContent!.trim(), (a as HTMLAnchorElement).href]));
        expect(links.map(([text]) => text)).toEqual(['PNG', 'SVG', 'CSV']);
        const [png, svg, csv] = await Promise.all(links.map(([, href]) => page.request.get(href)));
        for (const response of [png, svg, csv]) expect(response.status(), response.url()).toBe(200);
        expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
        expect((await svg.text()).startsWith('<svg')).toBe(true);
        const text = (await csv.body()).toString('utf8');
        expect(text.startsWith('\uFEFF'), `${target.path}: the CSV has no BOM`).toBe(true);
        expect(text.split('\r\n').length).toBeGreaterThan(2);
        for (const [, href] of links) expect(href, 'a file of its own, not a data: address').toMatch(/^https?:/);
        const cite = await figure.locator('.cite-text').innerText();
        expect(cite).toMatch(/\[EB\/OL\]\. .+, \(\d{4}-\d{2}-\d{2}\)\[引用日期\]\. https?:\/\/\S+\.$/);
        expect(cite).toContain(`${target.path}.`);
      }
    } finally {
      await page.close();
    }
  }
}, 180_000);
