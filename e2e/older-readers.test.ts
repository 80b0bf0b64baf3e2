/**
 * 适老化 (older readers): a representative page of every kind stays usable with the browser's text at 200 % and
 * in a window 320 CSS px wide — no sideways scrolling of the page (wide tables scroll in their own box), no text
 * cut off, spilling out of its box or drawn over other text.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser } from './lib/browser.ts';
import { CSP_RECORDER } from './lib/inspect.ts';
import { readability, setTextSize } from './lib/readable.ts';
import { builtPages, rankingPeriod } from './lib/site.ts';

const paths = builtPages().map((p) => p.path);
const first = (pattern: RegExp) => paths.find((p) => pattern.test(p));
/** One page of each kind (the slides are a 16:9 deck scaled to the window, checked at 320 px only). */
const PAGES = [
  '/',
  paths.find((p) => rankingPeriod(p)),
  '/rankings/',
  '/units/',
  first(/^\/units\/[^/]+\/$/),
  first(/^\/assessments\/\d{4}\/[^/]+\/$/),
  '/assessments/',
  first(/^\/bulletins\/[^/]+\/$/),
  first(/^\/embed\//),
  '/projects/',
  first(/^\/projects\/[a-z]\w*\/$/),
  '/events/',
  '/cooperation/',
  '/service/',
  '/data/',
  '/methodology/',
  '/corrections/',
  '/sitemap/',
  '/404.html',
].filter((p): p is string => p !== undefined && paths.includes(p));

const SETTINGS = [
  { label: '320 px wide, text 100 %', width: 320, text: 100 },
  { label: '360 px wide, text 200 %', width: 360, text: 200 },
  { label: '1280 px wide, text 200 %', width: 1280, text: 200 },
];

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser(inject('wsEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

describe.each(SETTINGS)('every kind of page, $label', ({ width, text }) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'zh-CN' });
    await context.addInitScript(CSP_RECORDER);
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(text === 100 ? [...PAGES, first(/^\/slides\//)!] : PAGES)('%s', async (path) => {
    const page = await context.newPage();
    try {
      await setTextSize(context, page, text);
      await page.goto(inject('baseUrl') + path, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      if (text !== 100) {
        // The setting took: body text is twice the usual size.
        const size = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
        expect(size).toBeGreaterThanOrEqual(28);
      }
      const seen = await readability(page);
      expect(seen.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(seen.innerWidth);
      expect(seen.clipped, 'text cut off').toEqual([]);
      expect(seen.spilling, 'text out of its box').toEqual([]);
      expect(seen.overlapping, 'text over text').toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('checks a page of every kind', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(15);
  });
});
