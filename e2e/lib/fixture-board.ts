/**
 * A test board (test/fixtures/<name>) built into a scratch folder, served, and every page opened at
 * phone width: for the e2e tests of boards other than the shipped one (hostile text, a wide plan).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { serveDist, type RunningServer } from '../../scripts/serve-dist.ts';
import { newInspectionContext, PageInspector, type PageInspection } from './inspect.ts';
import { ROOT } from './site.ts';

export interface FixtureBoard {
  server: RunningServer;
  /** Every page, by path, as inspected at `width`. */
  pages: Map<string, PageInspection>;
  close: () => Promise<void>;
}

export async function openFixtureBoard(
  name: string,
  currentPeriod: string,
  browser: Browser,
  width = 360,
): Promise<FixtureBoard> {
  const cache = join(ROOT, 'node_modules', '.cache', 'paihangbang-e2e');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, `${name}-`));
  const build = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 240_000,
      env: { ...process.env, BOARD_ROOT: join(ROOT, 'test', 'fixtures', name), BOARD_CURRENT_PERIOD: currentPeriod },
    },
  );
  if (build.status !== 0) throw new Error(`the ${name} board did not build:\n${build.stdout}\n${build.stderr}`);
  const server = await serveDist({ dir: outDir });
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close().catch(() => {});
    await server.close().catch(() => {});
    rmSync(outDir, { recursive: true, force: true });
  };
  try {
    context = await newInspectionContext(browser, width);
    const paths = readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name === 'index.html')
      .map((d) => `/${relative(outDir, d.parentPath)}/`.replace('//', '/'))
      .sort();
    const pages = new Map<string, PageInspection>();
    const tab = await PageInspector.open(context);
    for (const path of paths) pages.set(path, await tab.inspect(server.url + path, { width, axe: false }));
    await tab.close();
    return { server, pages, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Pages wider than the screen, with what sticks out. */
export const pagesScrollingSideways = (pages: Map<string, PageInspection>) =>
  [...pages]
    .filter(([, r]) => r.scrollWidth > r.innerWidth)
    .map(([path, r]) => `${path}: ${r.scrollWidth} px; ${r.overflowing.join('; ')}`);

/** CSP violations, console errors and failed requests, by page. */
export const pageProblems = (pages: Map<string, PageInspection>) =>
  [...pages].flatMap(([path, r]) =>
    [...r.cspViolations, ...r.consoleErrors, ...r.failedRequests].map((e) => `${path}: ${e}`),
  );
