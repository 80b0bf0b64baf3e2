/**
 * The broadcast slides in show mode at 1920×1080: one slide fills the picture, everything drawn
 * lies inside the EBU R 95 graphics-safe area (1728×972 from (96, 54)), ranking rows are at least
 * 40 px, the period and the illustrative notice stay on screen, and the keys and the timer turn slides.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from './lib/browser.ts';
import { builtPages, illustrativeNotices, pagePeriod, periodPattern, siteSettings } from './lib/site.ts';
import { cellsTooNarrow, outsideSafeArea, wordsBrokenNeedlessly } from './lib/slides.ts';

const deck = builtPages().find((p) => /^\/slides\/\d{4}-\d{2}\/$/.test(p.path));
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await connectBrowser(inject('wsEndpoint'));
  // 1080 px of slide plus the 3 rem control bar under it.
  page = await browser.newPage({ viewport: { width: 1920, height: 1128 } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const open = async (query = '') => {
  expect(deck, 'no /slides/YYYY-MM/ page in dist/').toBeDefined();
  await page.goto(inject('baseUrl') + deck!.path + query, { waitUntil: 'load' });
};
const currentId = () => page.locator('.slide.is-current').getAttribute('id');

test('every slide fills 1920×1080 and draws only inside the graphics-safe area, rows ≥ 40 px, every cell wide enough, headings broken between words', async () => {
  await open('?auto=600');
  const count = await page.locator('.slide').count();
  expect(count).toBeGreaterThan(1);
  const notices = siteSettings().illustrative ? illustrativeNotices().map((n) => n.replace(/\s+/g, '')) : [];
  for (let i = 0; i < count; i++) {
    const slide = page.locator('.slide.is-current');
    const frame = (await slide.boundingBox())!;
    expect([frame.width, frame.height]).toEqual([1920, 1080]);
    expect(await outsideSafeArea(slide), `slide ${i + 1} draws outside the safe area`).toEqual([]);
    expect(await cellsTooNarrow(slide), `slide ${i + 1} has cells too narrow for their text`).toEqual([]);
    expect(await wordsBrokenNeedlessly(slide), `slide ${i + 1} breaks a heading inside a word`).toEqual([]);
    const rows = await slide
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().height));
    expect(
      rows.filter((h) => h < 40),
      `slide ${i + 1} has rows under 40 px`,
    ).toEqual([]);
    const text = await slide.innerText();
    expect(text).toMatch(periodPattern(pagePeriod(deck!.path)!));
    expect(text).toContain('发布日期');
    if (notices.length)
      expect(
        notices.some((n) => text.replace(/\s+/g, '').includes(n)),
        'the notice',
      ).toBe(true);
    await page.keyboard.press('ArrowRight');
  }
});

test('arrow keys turn the slides and wrap around', async () => {
  await open();
  await page.getByRole('button', { name: '开始放映' }).click();
  const first = await currentId();
  await page.keyboard.press('ArrowRight');
  expect(await currentId()).not.toBe(first);
  await page.keyboard.press('ArrowLeft');
  expect(await currentId()).toBe(first);
  await page.keyboard.press('ArrowLeft');
  expect(await currentId()).toBe(await page.locator('.slide').last().getAttribute('id'));
  await page.keyboard.press('Escape');
  expect(await page.locator('.slide.is-current').count()).toBe(0);
});

test('?auto=3 plays by itself, three seconds a slide', async () => {
  await open('?auto=3');
  const first = await currentId();
  await page.waitForTimeout(3500);
  expect(await currentId()).not.toBe(first);
});
