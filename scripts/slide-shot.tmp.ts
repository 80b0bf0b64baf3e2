import { launchBrowser } from '../e2e/lib/browser.ts';
import { DIST } from '../e2e/lib/site.ts';
import { serveDist } from './serve-dist.ts';
const server = await serveDist({ dir: DIST });
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1920, height: 1128 } });
for (const [i, n] of [[0, 'summary'], [1, 'group'], [3, 'group2']] as const) {
  await page.goto(server.url + process.argv[2] + '?auto=9999', { waitUntil: 'load' });
  for (let k = 0; k < i; k++) await page.keyboard.press('ArrowRight');
  await page.locator('.slide.is-current').screenshot({ path: `test-results/slide-${n}.png` });
}
const p2 = await browser.newPage({ viewport: { width: 360, height: 800 } });
await p2.goto(server.url + process.argv[2], { waitUntil: 'load' });
await p2.screenshot({ path: 'test-results/slides-360.png' });
await browser.close(); await server.close();
