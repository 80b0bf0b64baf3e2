/**
 * A board with five indicators and six groups (test/fixtures/wide), built and opened: its slides
 * stay inside the graphics-safe area with every cell wide enough for its text (the summary's
 * figures go in rows of three, the group sentences on a slide of their own, the tables show 完成率
 * only), and no page scrolls sideways at 360 px.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { connectBrowser } from './lib/browser.ts';
import { openFixtureBoard, pageProblems, pagesScrollingSideways, type FixtureBoard } from './lib/fixture-board.ts';
import { cellsTooNarrow, outsideSafeArea, wordsBrokenNeedlessly } from './lib/slides.ts';

let browser: Browser;
let board: FixtureBoard;
let slides: Page;

beforeAll(async () => {
  browser = await connectBrowser(inject('wsEndpoint'));
  board = await openFixtureBoard('wide', '2024-04', browser);
  slides = await browser.newPage({ viewport: { width: 1920, height: 1128 } });
}, 600_000);

afterAll(async () => {
  await board?.close();
  await browser?.close().catch(() => {});
});

describe('a board of five indicators and six groups', () => {
  test('has every slide inside the graphics-safe area, every cell wide enough for its text, headings broken between words', async () => {
    await slides.goto(`${board.server.url}/slides/2024-03/?auto=600`, { waitUntil: 'load' });
    const count = await slides.locator('.slide').count();
    expect(count).toBe(1 + 1 + 6); // the figures, the group sentences, one slide a group
    for (let i = 0; i < count; i++) {
      const slide = slides.locator('.slide.is-current');
      expect(await outsideSafeArea(slide), `slide ${i + 1} draws outside the safe area`).toEqual([]);
      expect(await cellsTooNarrow(slide), `slide ${i + 1} has cells too narrow for their text`).toEqual([]);
      expect(await wordsBrokenNeedlessly(slide), `slide ${i + 1} breaks a heading inside a word`).toEqual([]);
      await slides.keyboard.press('ArrowRight');
    }
  });

  test('scrolls sideways on no page at 360 px', () => {
    expect(board.pages.size).toBeGreaterThan(30);
    expect(pagesScrollingSideways(board.pages)).toEqual([]);
  });

  test('shows no console error on any page', () => {
    expect(pageProblems(board.pages)).toEqual([]);
  });
});
