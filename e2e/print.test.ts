/** A ranking page prints as a document: the site navigation drops out, the content stays. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from './lib/browser.ts';
import { builtPages, DIST, rankingPeriod, ROOT } from './lib/site.ts';

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

test('the month’s 督查通报 PDF, printed at build time, carries its 文号, 抄送 and 印发, a page number on every page, and no web footer', () => {
  expect(bulletin, 'no /bulletins/YYYY-MM/ page in dist/').toBeDefined();
  const period = /\/bulletins\/(\d{4}-\d{2})\//.exec(bulletin!.path)![1];
  const pdf = join(DIST, 'data', `bulletin-${period}.pdf`);
  expect(existsSync(pdf), `${pdf} was not printed by the build`).toBe(true);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  expect(pages).toBeGreaterThan(0);
  // pdftotext drops the spaces between Chinese characters: "第 1 页 共 2 页" reads 第1页共2页.
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  const site = parse(readFileSync(join(ROOT, 'data', 'site.yaml'), 'utf8')) as {
    bulletin: { code: string; printedBy: string };
  };
  expect(text).toMatch(new RegExp(`${site.bulletin.code}〔${period.slice(0, 4)}〕\\d+号`));
  expect(text).toContain('抄送：');
  expect(text).toMatch(new RegExp(`${site.bulletin.printedBy}\\d{4}年\\d{1,2}月\\d{1,2}日印发`));
  for (let n = 1; n <= pages; n++) expect(text, `page ${n} has no number`).toContain(`第${n}页共${pages}页`);
  for (const footer of ['ICP备', '网站地图', '我为政府网站找错', '跳到正文', '主导航'])
    expect(text, `the PDF prints the web page's ${footer}`).not.toContain(footer);
  // A link prints its full address after it.
  expect(text).toMatch(/本月排行榜（https?:\/\/[^)）]+\/rankings\/\d{4}-\d{2}\/）/);
}, 60_000);

test('a 督查通报’s tables line up with its text at every width on screen', async () => {
  expect(bulletin, 'no /bulletins/YYYY-MM/ page in dist/').toBeDefined();
  for (const width of [360, 768, 1024, 1440]) {
    const view = await browser.newPage({ viewport: { width, height: 900 } });
    try {
      await view.goto(inject('baseUrl') + bulletin!.path, { waitUntil: 'load' });
      const edges = await view.evaluate(() => {
        const left = (el: Element) => Math.round(el.getBoundingClientRect().left);
        const right = (el: Element) => Math.round(el.getBoundingClientRect().right);
        const text = document.querySelector('.bulletin-text')!;
        return {
          text: [left(text), right(text)],
          tables: [...document.querySelectorAll('.bulletin .table-scroll')].map((t) => [left(t), right(t)]),
        };
      });
      expect(edges.tables.length).toBeGreaterThan(0);
      for (const table of edges.tables) expect(table, `at ${width} px`).toEqual(edges.text);
    } finally {
      await view.close();
    }
  }
}, 60_000);
