/**
 * Charts are progressive and cheap: their box keeps its room from the first paint (drawing moves
 * nothing), their code (chart.js) loads only when a box nears the viewport, and without
 * JavaScript the table stands alone with no empty gap.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from './lib/browser.ts';
import { builtPages } from './lib/site.ts';

const chartPages = builtPages().filter((p) => readFileSync(p.file, 'utf8').includes('data-chart='));
/** The home page and one unit page: a chart near the top and charts far down. */
const SAMPLE = [
  chartPages.find((p) => p.path === '/'),
  chartPages.find((p) => /^\/units\/[^/]+\/$/.test(p.path)),
].filter((p) => p !== undefined);

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser(inject('wsEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

async function openPage(width: number, height: number, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    javaScriptEnabled,
  });
  // Sum every layout shift not caused by input, from the first paint on.
  await context.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return context.newPage();
}

/** Scrolls each chart box into view and waits until it is drawn. */
async function drawAll(page: Page) {
  for (const box of await page.locator('[data-chart]').all()) {
    // The figure, not the box: a box that takes no room until drawn could not be scrolled to.
    await box.evaluate((el) => el.closest('figure')?.scrollIntoView({ block: 'center' }));
    await page.waitForFunction((el) => !(el as HTMLElement).hidden, await box.elementHandle(), { timeout: 10_000 });
  }
}

test('the sample board has chart pages to check (the home page and a unit page)', () => {
  expect(SAMPLE.map((p) => p.path)).toHaveLength(2);
});

describe.each(SAMPLE.flatMap((p) => [360, 1440].map((width) => ({ path: p.path, width }))))(
  '$path at $width px',
  ({ path, width }) => {
    test('drawing its charts shifts nothing on the page (CLS 0)', async () => {
      const page = await openPage(width, 800);
      try {
        await page.goto(inject('baseUrl') + path, { waitUntil: 'load' });
        await drawAll(page);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        expect(
          await page.evaluate(() => (window as unknown as { __shift: number }).__shift),
          'layout shift (CLS) while the charts were drawn',
        ).toBe(0);
      } finally {
        await page.context().close();
      }
    });

    test('without JavaScript shows the tables and no empty chart box or chart description', async () => {
      const page = await openPage(width, 800, false);
      try {
        await page.goto(inject('baseUrl') + path, { waitUntil: 'load' });
        for (const box of await page.locator('[data-chart]').all())
          expect(await box.boundingBox(), 'a chart box takes room without JavaScript').toBeNull();
        for (const desc of await page.locator('.chart-desc').all())
          expect(await desc.isVisible(), 'a chart description shows without its chart').toBe(false);
        expect(await page.locator('.figure table').first().isVisible()).toBe(true);
      } finally {
        await page.context().close();
      }
    });
  },
);

test('a unit page loads no chart code until a chart nears the viewport, then draws it', async () => {
  const unit = SAMPLE.find((p) => p.path !== '/');
  expect(unit, 'no unit page with a chart').toBeDefined();
  // A short window, so the first chart box starts well below it.
  const page = await openPage(360, 240);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  try {
    await page.goto(inject('baseUrl') + unit!.path, { waitUntil: 'load' });
    const firstBox = page.locator('[data-chart]').first();
    const top = await firstBox.evaluate((el) => el.closest('figure')!.getBoundingClientRect().top);
    expect(top, 'the first chart must start more than two window heights down for this check').toBeGreaterThan(3 * 240);
    await page.waitForTimeout(300);
    const before = [...scripts];
    expect(before, 'the page loads its small chart loader').toHaveLength(1);
    await drawAll(page);
    expect(scripts.length, 'scrolling to the chart loads the chart code').toBeGreaterThan(before.length);
    const canvas = await firstBox.locator('canvas').boundingBox();
    expect(canvas?.height ?? 0, 'the chart is drawn').toBeGreaterThan(100);
  } finally {
    await page.context().close();
  }
});

test('a drawn chart drops out in print and its table stays', async () => {
  const page = await openPage(1440, 800);
  try {
    await page.goto(inject('baseUrl') + SAMPLE[0]!.path, { waitUntil: 'load' });
    await drawAll(page);
    await page.emulateMedia({ media: 'print' });
    for (const box of await page.locator('[data-chart]').all())
      expect(await box.isVisible(), 'a chart box shows in print').toBe(false);
    expect(await page.locator('.figure table').first().isVisible()).toBe(true);
  } finally {
    await page.context().close();
  }
});
