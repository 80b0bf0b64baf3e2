/**
 * The board of hostile text (test/fixtures/hostile: `</script>`, `<img onerror>`, `javascript:`,
 * formulas, names of 300 characters with no place to break) built and opened at 360 px: no page
 * scrolls sideways, nothing from the text runs (an injected script or handler would be blocked by
 * the CSP and reported), no console error. test/hostile-text.test.ts scans its files without a browser.
 */
import type { Browser } from 'playwright-core';
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

  test('nothing in the text runs: no CSP violation, no console error', () => {
    expect(pageProblems(board.pages)).toEqual([]);
  });
});
