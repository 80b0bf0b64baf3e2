/**
 * `npm run print-preview [-- /path/ …]`: prints built pages to PDF in Chromium (A4, as a browser's
 * "Save as PDF" would) and, when poppler's pdftoppm is installed, renders each page of the PDF to
 * PNG — to look at the printed 督查通报. Files go to test-results/print/. Defaults to the latest
 * month's bulletin. Run `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchBrowser } from '../e2e/lib/browser.ts';
import { DIST, pathSlug, ROOT } from '../e2e/lib/site.ts';
import { serveDist } from './serve-dist.ts';
import { t } from '../src/lib/messages/index.ts';
import { defineCommand } from './cli.ts';

const OUT = join(ROOT, 'test-results', 'print');
const latestBulletin = () => `/bulletins/${readdirSync(join(DIST, 'bulletins')).sort().at(-1)}/`;

export const printPreview = defineCommand({
  name: 'print-preview',
  audience: 'developer',
  help: 'cli.printPreview.help',
  positionals: true,
  async run({ positionals }) {
    const paths = positionals.length > 0 ? positionals : [latestBulletin()];
    mkdirSync(OUT, { recursive: true });
    const server = await serveDist({ dir: DIST });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      for (const path of paths) {
        const pdf = join(OUT, `${pathSlug(path)}.pdf`);
        await page.goto(server.url + path, { waitUntil: 'load' });
        await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
        console.log(`${relative(ROOT, pdf)}  ← ${path}`);
        const png = spawnSync('pdftoppm', ['-r', '70', '-png', pdf, join(OUT, pathSlug(path))], { encoding: 'utf8' });
        if (png.error) console.warn(t('scripts.printPreview.noPdftoppm'));
      }
    } finally {
      await browser.close();
      await server.close();
    }
  },
});
