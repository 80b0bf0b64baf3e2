/**
 * The board of hostile text (test/fixtures/hostile: `</script>`, `<img onerror>`, `javascript:`,
 * formulas, names of 300 characters with no place to break) built and opened at 360 px: no page
 * scrolls sideways, nothing from the text runs (an injected script or handler would be blocked by
 * the CSP and reported), no console error. test/hostile-text.test.ts scans its files without a browser.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { serveDist, type RunningServer } from '../scripts/serve-dist.ts';
import { connectBrowser } from './lib/browser.ts';
import { newInspectionContext, PageInspector, type PageInspection } from './lib/inspect.ts';
import { ROOT } from './lib/site.ts';

const WIDTH = 360;
const cache = join(ROOT, 'node_modules', '.cache', 'paihangbang-e2e');
mkdirSync(cache, { recursive: true });
const outDir = mkdtempSync(join(cache, 'hostile-'));

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
const results = new Map<string, PageInspection>();

beforeAll(async () => {
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT, encoding: 'utf8', timeout: 240_000,
    env: { ...process.env, BOARD_ROOT: join(ROOT, 'test', 'fixtures', 'hostile'), BOARD_CURRENT_PERIOD: '2026-11' },
  });
  if (build.status !== 0) throw new Error(`the hostile board did not build:\n${build.stdout}\n${build.stderr}`);
  server = await serveDist({ dir: outDir });
  browser = await connectBrowser(inject('wsEndpoint'));
  context = await newInspectionContext(browser, WIDTH);
  const paths = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name === 'index.html')
    .map((d) => `/${relative(outDir, d.parentPath)}/`.replace('//', '/'))
    .sort();
  const tab = await PageInspector.open(context);
  for (const path of paths) results.set(path, await tab.inspect(server.url + path, { width: WIDTH, axe: false }));
  await tab.close();
}, 600_000);

afterAll(async () => {
  await context?.close().catch(() => {});
  await browser?.close().catch(() => {});
  await server?.close().catch(() => {});
  rmSync(outDir, { recursive: true, force: true });
});

describe('the board of hostile text at 360 px', () => {
  test('has its pages built and opened', () => {
    expect(results.size).toBeGreaterThan(40);
  });

  test('no page scrolls sideways, however long a name with no place to break', () => {
    const wide = [...results].filter(([, r]) => r.scrollWidth > r.innerWidth).map(([path, r]) => `${path}: ${r.scrollWidth} px; ${r.overflowing.join('; ')}`);
    expect(wide).toEqual([]);
  });

  test('nothing in the text runs: no CSP violation, no console error', () => {
    const problems = [...results].flatMap(([path, r]) => [...r.cspViolations, ...r.consoleErrors, ...r.failedRequests].map((e) => `${path}: ${e}`));
    expect(problems).toEqual([]);
  });
});
