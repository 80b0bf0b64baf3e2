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

const bulletin = builtPages().find((p) => /^\/bulletins\/\d{4}-\d{2}\/$/.test(p.path));

test('a 督查通报 prints on A4 portrait with its masthead, no site header, and rows that never split', async () => {
  expect(bulletin, 'no /bulletins/YYYY-MM/ page in dist/').toBeDefined();
  const print = await browser.newPage();
  try {
    await print.goto(inject('baseUrl') + bulletin!.path, { waitUntil: 'load' });
    await print.emulateMedia({ media: 'print' });
    expect(await print.locator('.bulletin-masthead').isVisible(), 'the masthead is hidden in print').toBe(true);
    expect(await print.locator('.site-header').isVisible(), 'the site header still prints').toBe(false);
    const rows = await print
      .locator('.bulletin tbody tr')
      .evaluateAll((trs) => trs.map((tr) => getComputedStyle(tr).breakInside));
    expect(rows.length).toBeGreaterThan(0);
    expect([...new Set(rows)]).toEqual(['avoid']);
    // A4 portrait is 210 mm wide: the PDF's first page is taller than wide.
    const pdf = await print.pdf({ preferCSSPageSize: true });
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(box, 'no page size in the PDF').not.toBeNull();
    expect(Math.round(Number(box![1]))).toBe(595);
    expect(Math.round(Number(box![2]))).toBe(842);
  } finally {
    await print.close();
  }
}, 60_000);

test('a 督查通报 shows every column on a 1440 px screen, and keeps every table inside the A4 frame in print', async () => {
  expect(bulletin, 'no /bulletins/YYYY-MM/ page in dist/').toBeDefined();
  // A4 portrait less the page's 16 mm margins either side: 178 mm at 96 px an inch.
  for (const [media, width] of [
    ['screen', 1440],
    ['print', Math.floor((178 / 25.4) * 96)],
  ] as const) {
    const view = await browser.newPage({ viewport: { width, height: 900 } });
    try {
      await view.goto(inject('baseUrl') + bulletin!.path, { waitUntil: 'load' });
      await view.emulateMedia({ media });
      const tables = await view
        .locator('.bulletin .table-scroll')
        .evaluateAll((boxes) => boxes.map((b) => ({ scroll: b.scrollWidth, client: b.clientWidth })));
      expect(tables.length).toBeGreaterThan(0);
      expect(
        tables.filter((t) => t.scroll > t.client + 1),
        `${media} at ${width} px: tables that scroll sideways`,
      ).toEqual([]);
      const page = await view.evaluate(() => document.documentElement.scrollWidth);
      expect(page, `${media} at ${width} px: the page scrolls sideways`).toBeLessThanOrEqual(width);
    } finally {
      await view.close();
    }
  }
}, 60_000);
