/** A ranking page prints as a document: the site navigation drops out, the content stays. */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from './lib/browser.ts';
import { builtPages, rankingPeriod } from './lib/site.ts';

const rankingPage = builtPages().find((p) => rankingPeriod(p.path));
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await connectBrowser(inject('wsEndpoint'));
  page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  if (rankingPage) {
    await page.goto(inject('baseUrl') + rankingPage.path, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

test('a ranking page hides its navigation when printed', async () => {
  expect(rankingPage, 'no /rankings/YYYY-MM/ page in dist/ to print').toBeDefined();
  const navs = page.locator('nav');
  expect(await navs.count(), `${rankingPage!.path} has no <nav> element`).toBeGreaterThan(0);
  const shown: string[] = [];
  for (const nav of await navs.all()) {
    if (await nav.isVisible()) shown.push((await nav.evaluate((el) => el.outerHTML)).slice(0, 160));
  }
  expect(shown, 'these <nav> elements still show in print').toEqual([]);
});

test('a ranking page keeps its heading and table when printed', async () => {
  expect(rankingPage, 'no /rankings/YYYY-MM/ page in dist/ to print').toBeDefined();
  expect(await page.locator('h1').first().isVisible(), 'the <h1> is hidden in print').toBe(true);
  expect(await page.locator('table').first().isVisible(), 'the ranking <table> is hidden in print').toBe(true);
});
