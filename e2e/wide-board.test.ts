/**
 * A board with five indicators and six groups (test/fixtures/wide), built and opened: its slides
 * stay inside the graphics-safe area with every cell wide enough for its text (the summary's
 * figures go in rows of three, the group sentences on a slide of their own, the tables show 完成率
 * only), and no page scrolls sideways at 360 px.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { serveDist, type RunningServer } from '../scripts/serve-dist.ts';
import { connectBrowser } from './lib/browser.ts';
import { newInspectionContext, PageInspector, type PageInspection } from './lib/inspect.ts';
import { ROOT } from './lib/site.ts';
import { cellsTooNarrow, outsideSafeArea } from './lib/slides.ts';

const cache = join(ROOT, 'node_modules', '.cache', 'paihangbang-e2e');
mkdirSync(cache, { recursive: true });
const outDir = mkdtempSync(join(cache, 'wide-'));

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let slides: Page;
const phone = new Map<string, PageInspection>();

beforeAll(async () => {
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT, encoding: 'utf8', timeout: 240_000,
    env: { ...process.env, BOARD_ROOT: join(ROOT, 'test', 'fixtures', 'wide'), BOARD_CURRENT_PERIOD: '2024-04' },
  });
  if (build.status !== 0) throw new Error(`the wide board did not build:\n${build.stdout}\n${build.stderr}`);
  server = await serveDist({ dir: outDir });
  browser = await connectBrowser(inject('wsEndpoint'));
  slides = await browser.newPage({ viewport: { width: 1920, height: 1128 } });
  context = await newInspectionContext(browser, 360);
  const paths = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name === 'index.html')
    .map((d) => `/${relative(outDir, d.parentPath)}/`.replace('//', '/'))
    .sort();
  const tab = await PageInspector.open(context);
  for (const path of paths) phone.set(path, await tab.inspect(server.url + path, { width: 360, axe: false }));
  await tab.close();
}, 600_000);

afterAll(async () => {
  await context?.close().catch(() => {});
  await browser?.close().catch(() => {});
  await server?.close().catch(() => {});
  rmSync(outDir, { recursive: true, force: true });
});

describe('a board of five indicators and six groups', () => {
  test('has every slide inside the graphics-safe area, every cell wide enough for its text', async () => {
    await slides.goto(`${server.url}/slides/2024-03/?auto=600`, { waitUntil: 'load' });
    const count = await slides.locator('.slide').count();
    expect(count).toBe(1 + 1 + 6); // the figures, the group sentences, one slide a group
    for (let i = 0; i < count; i++) {
      const slide = slides.locator('.slide.is-current');
      expect(await outsideSafeArea(slide), `slide ${i + 1} draws outside the safe area`).toEqual([]);
      expect(await cellsTooNarrow(slide), `slide ${i + 1} has cells too narrow for their text`).toEqual([]);
      await slides.keyboard.press('ArrowRight');
    }
  });

  test('scrolls sideways on no page at 360 px', () => {
    expect(phone.size).toBeGreaterThan(30);
    const wide = [...phone].filter(([, r]) => r.scrollWidth > r.innerWidth).map(([path, r]) => `${path}: ${r.scrollWidth} px; ${r.overflowing.join('; ')}`);
    expect(wide).toEqual([]);
  });

  test('shows no console error on any page', () => {
    const problems = [...phone].flatMap(([path, r]) => [...r.cspViolations, ...r.consoleErrors, ...r.failedRequests].map((e) => `${path}: ${e}`));
    expect(problems).toEqual([]);
  });
});
