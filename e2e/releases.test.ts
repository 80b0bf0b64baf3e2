/**
 * /releases/: at 1440 px the revision triangles show the current value (最新) and the notes
 * (修订说明) without scrolling sideways; on a phone the year's revisions are a list instead of the
 * nearly empty grid; every link a finger aims at is at least 24 × 24 px.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from './lib/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser(inject('wsEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

async function open(width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}/releases/`, { waitUntil: 'load' });
  return page;
}

/** Header cells of the triangles whose right edge lies beyond their scrolling box (hidden until scrolled to). */
const hiddenColumns = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLTableElement>('table.triangle')].flatMap((table) => {
      const box = table.closest('.table-scroll')!.getBoundingClientRect();
      return [...table.tHead!.rows[0].cells]
        .filter((cell) => cell.getBoundingClientRect().right > Math.min(box.right, innerWidth) + 1)
        .map((cell) => cell.innerText.split('\n')[0]);
    }),
  );

describe('the releases page', () => {
  test('at 1440 px every triangle column is in view, 最新 and 修订说明 next to the month', async () => {
    const page = await open(1440);
    try {
      expect(await page.locator('table.triangle').count()).toBeGreaterThan(0);
      expect(await hiddenColumns(page)).toEqual([]);
      const heads = await page.locator('table.triangle').first().locator('thead th').allInnerTexts();
      expect(heads.slice(0, 3)).toEqual(['月份', '最新', '修订说明']);
      expect(await page.locator('.revision-list').isVisible()).toBe(false);
    } finally {
      await page.context().close();
    }
  }, 60_000);

  test('at 360 px the year’s revisions are a list (month, unit, indicator, old → new, date, reason), not the grid', async () => {
    const page = await open(360);
    try {
      expect(await page.locator('.triangle-grid table').first().isVisible()).toBe(false);
      const items = await page.locator('.revision-list li').allInnerTexts();
      expect(items.length).toBeGreaterThan(0);
      for (const item of items)
        expect(item).toMatch(/^\d{4}年\d{1,2}月 \S+ \S+：\S+ → \S+（.+），\d{4}年\d{1,2}月\d{1,2}日(更正|修订)：/);
    } finally {
      await page.context().close();
    }
  }, 60_000);

  test('at 360 px every link in the page’s tables and lists is at least 24 × 24 px', async () => {
    const page = await open(360);
    try {
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main table a, main ul a, main ol a')]
          .filter((a) => a.offsetParent !== null)
          .map((a) => ({ text: a.innerText, box: a.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 24 || box.height < 24)
          .map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`),
      );
      expect(small).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 60_000);
});
