/**
 * The board of hostile text (test/fixtures/hostile: `</script>`, `<img onerror>`, `javascript:`,
 * formulas, names of 300 characters with no place to break) built and opened at 360 px: no page
 * scrolls sideways, nothing from the text runs (an injected script or handler would be blocked by
 * the CSP and reported), no console error. test/hostile-text.test.ts scans its files without a browser.
 */
import type { Browser } from 'playwright-core';
import { outsideSafeArea } from './lib/slides.ts';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { connectBrowser } from './lib/browser.ts';
import { openFixtureBoard, pageProblems, pagesScrollingSideways, type FixtureBoard } from './lib/fixture-board.ts';

let browser: Browser;
let board: FixtureBoard;

beforeAll(async () => {
  browser = await connectBrowser(inject('wsEndpoint'));
  board = await openFixtureBoard('hostile', '2026-11', browser);
}, 600_000);

afterAll(async () => {
  await board?.close();
  await browser?.close().catch(() => {});
});

describe('the board of hostile text at 360 px', () => {
  test('has its pages built and opened', () => {
    expect(board.pages.size).toBeGreaterThan(40);
  });

  test('no page scrolls sideways, however long a name with no place to break', () => {
    expect(pagesScrollingSideways(board.pages)).toEqual([]);
  });

  test('a slide keeps even a 300-character name inside the safe area (cut with …)', async () => {
    const deck = [...board.pages.keys()].filter((path) => /^\/slides\/\d{4}-\d{2}\/$/.test(path)).at(-1)!;
    const page = await browser.newPage({ viewport: { width: 1920, height: 1128 } });
    await page.goto(`${board.server.url}${deck}?auto=600`, { waitUntil: 'load' });
    const count = await page.locator('.slide').count();
    for (let i = 0; i < count; i++) {
      const slide = page.locator('.slide.is-current');
      expect(await outsideSafeArea(slide), `slide ${i + 1} draws outside the safe area`).toEqual([]);
      await page.keyboard.press('ArrowRight');
    }
    await page.close();
  });

  test('nothing in the text runs: no CSP violation, no console error', () => {
    expect(pageProblems(board.pages)).toEqual([]);
  });
});
