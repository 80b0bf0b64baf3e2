/**
 * `npm run screenshots [-- /path/ …]`: full-page screenshots of the built site at 360 px and
 * 1440 px wide, into test-results/screenshots/ (git-ignored). Defaults to the home page, a ranking
 * page and a unit page; any paths given are taken as well. Reads dist/ as it is: run
 * `npm run build` first. Exits 1 if a page could not be loaded.
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchBrowser } from '../e2e/lib/browser.ts';
import { staleReason } from '../e2e/lib/build.ts';
import { DIST, pathSlug, ROOT, rootedPath } from '../e2e/lib/site.ts';
import { serveDist } from './serve-dist.ts';
import { t } from '../src/lib/messages/index.ts';
import { defineCommand, EXIT } from './cli.ts';

const WIDTHS = [360, 1440];
const DEFAULTS = ['/', '/rankings/2005-03/', '/units/dazhong/'];
const OUT = join(ROOT, 'test-results', 'screenshots');

export const screenshots = defineCommand({
  name: 'screenshots',
  audience: 'developer',
  help: 'cli.screenshots.help',
  positionals: true,
  async run({ positionals }) {
    const paths = [...new Set([...DEFAULTS, ...positionals])].map(rootedPath);

    const stale = staleReason();
    if (stale) console.warn(t('scripts.staleDist', { reason: stale }));

    mkdirSync(OUT, { recursive: true });
    const server = await serveDist({ dir: DIST });
    const browser = await launchBrowser();
    let failures = 0;
    try {
      for (const width of WIDTHS) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          deviceScaleFactor: 1,
          locale: 'zh-CN',
          timezoneId: 'Asia/Shanghai',
        });
        const page = await context.newPage();
        for (const path of paths) {
          const file = join(OUT, `${pathSlug(path)}-${width}.png`);
          try {
            const response = await page.goto(server.url + path, { waitUntil: 'load', timeout: 30_000 });
            if (!response || response.status() >= 400) throw new Error(`HTTP ${response?.status() ?? 'no response'}`);
            await page.evaluate(async () => {
              await document.fonts.ready;
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            });
            // Charts load when they near the viewport (src/client/chart-loader.ts): bring each one
            // into view and wait until it is drawn, so the picture shows them.
            const charts = page.locator('[data-chart]');
            for (const chart of await charts.all()) {
              await chart.scrollIntoViewIfNeeded();
              await page.waitForFunction((box) => !(box as HTMLElement | null)?.hidden, await chart.elementHandle(), {
                timeout: 10_000,
              });
            }
            if (await charts.count()) await page.evaluate(() => window.scrollTo(0, 0));
            await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
            console.log(`${relative(ROOT, file)}  ← ${path} at ${width} px`);
          } catch (error) {
            failures++;
            console.error(`✗ ${path} at ${width} px: ${(error as Error).message.split('\n')[0]}`);
          }
        }
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return failures ? EXIT.data : EXIT.ok;
  },
});
