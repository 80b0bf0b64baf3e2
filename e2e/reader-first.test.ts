/**
 * Reader first, on a phone (issue 24): at 360 × 800 the latest month's ranking page shows its first ranking table
 * within the first screen, with 位次, 单位 and 超/欠序时 in view without scrolling sideways; and the navigation marks
 * the section a page belongs to, on every page under it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser } from './lib/browser.ts';
import { latestPeriod } from './lib/period.ts';
import { builtPages } from './lib/site.ts';

const paths = builtPages().map((p) => p.path);
const month = `/rankings/${latestPeriod()}/`;

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser(inject('wsEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(inject('baseUrl') + path, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Where the first ranking table's first row starts and where its key headers end, in page pixels. */
const firstTable = (page: Page) =>
  page.evaluate(() => {
    const table = document.querySelector('table.ranking')!;
    const header = (words: string) =>
      [...table.querySelectorAll('thead th')].find((th) => th.textContent!.includes(words))!.getBoundingClientRect();
    return {
      firstRowTop: table.querySelector('tbody tr')!.getBoundingClientRect().top + window.scrollY,
      rightEdges: [header('位次').right, header('单位').right, header('超/欠序时').right],
      bandSymbol: table.querySelector('tbody tr td.num')!.textContent!.trim().charAt(0),
      cueShown: getComputedStyle(table.closest('.table-scroll')!.querySelector('.scroll-cue')!).display !== 'none',
      innerWidth: window.innerWidth,
    };
  });

describe("the latest month's ranking page on a 360 × 800 phone", () => {
  it(
    'starts the first ranking table within the first screen (first row above 800 px)',
    { timeout: 60_000 },
    async () => {
      const page = await open(month, 360, 800);
      try {
        const seen = await firstTable(page);
        expect(seen.firstRowTop).toBeLessThan(800);
      } finally {
        await page.context().close();
      }
    },
  );

  it(
    'shows 位次, 单位 and 超/欠序时 with its band symbol without scrolling sideways, and says the table scrolls',
    { timeout: 60_000 },
    async () => {
      const page = await open(month, 360, 800);
      try {
        const seen = await firstTable(page);
        for (const right of seen.rightEdges) expect(right).toBeLessThanOrEqual(seen.innerWidth);
        expect(seen.bandSymbol).toMatch(/[▲◆▼]/);
        expect(seen.cueShown, 'the 左右滑动 cue').toBe(true);
      } finally {
        await page.context().close();
      }
    },
  );
});

describe('the navigation marks the section of the page', () => {
  const pages = [
    { kind: 'a month', path: month, section: '/rankings/' },
    { kind: 'a unit', path: paths.find((p) => /^\/units\/[^/]+\/$/.test(p))!, section: '/units/' },
    {
      kind: 'an assessment',
      path: paths.find((p) => /^\/assessments\/\d{4}\/[^/]+\/$/.test(p))!,
      section: '/assessments/',
    },
  ];

  it.each(pages)(
    'on $kind page ($path): aria-current on its section link, drawn as such',
    { timeout: 60_000 },
    async ({ path, section }) => {
      const page = await open(path, 1440, 900);
      try {
        const marked = await page.evaluate(() =>
          [...document.querySelectorAll('.site-nav a[aria-current]')].map((a) => ({
            href: a.getAttribute('href'),
            underline: getComputedStyle(a).borderBottomColor,
            plain: getComputedStyle(document.querySelector('.site-nav a:not([aria-current])')!).borderBottomColor,
          })),
        );
        expect(marked.map((m) => m.href)).toEqual([section]);
        expect(marked[0].underline, 'the mark is visible').not.toBe(marked[0].plain);
      } finally {
        await page.context().close();
      }
    },
  );
});
