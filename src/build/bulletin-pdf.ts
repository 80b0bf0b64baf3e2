/**
 * The month's 督查通报 as a PDF download (/data/bulletin-YYYY-MM.pdf), printed from the built page by the
 * same Chromium the tests use (playwright-core, A4 from the page's own @page rules, page numbers in its
 * margin boxes). Each PDF is kept in the build cache by the bytes it is printed from (the page and its
 * stylesheets), so a month's build prints only the months whose 通报 changed. Without Chromium (or
 * playwright-core, a development package) the build goes on and says so: the pages do not link a PDF then
 * (bulletinPdfAvailable), so no link is broken.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPeriod } from '../lib/schema/period.ts';
import { bulletinPdfUrl, bulletinUrl } from '../lib/present/urls.ts';
import { placeFromCache, writeToCache } from './link.ts';
import { CHROMIUM, launchOptions } from './browser.ts';

/** Whether this machine can print the PDFs: the pages link them only then. */
export const bulletinPdfAvailable = (): boolean => existsSync(CHROMIUM);

/** A made-up origin the page is loaded from: every request under it is answered from dist/. */
const ORIGIN = 'http://board.invalid';
const TYPES: Record<string, string> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
};

export interface PdfsWritten {
  files: number;
  printed: number;
}

/** The page's bytes and its stylesheets': what the PDF is printed from, as a cache key. */
function printKey(dist: string, html: string): string {
  const hash = createHash('sha256').update('bulletin-pdf-v1').update(html);
  for (const [, href = ''] of html.matchAll(/<link[^>]+href="(\/[^"]+\.css)"/g)) {
    const file = join(dist, href);
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 32);
}

/** The built page at `path` as a PDF. Only dist/ answers: the page prints as built, and nothing reaches the network. */
async function printPage(browser: import('playwright-core').Browser, dist: string, path: string): Promise<Buffer> {
  const page = await browser.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  try {
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      let file = join(dist, decodeURIComponent(url.pathname));
      if (url.pathname.endsWith('/')) file = join(file, 'index.html');
      if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
      const ext = file.split('.').at(-1) ?? '';
      return route.fulfill({
        status: 200,
        contentType: TYPES[ext] ?? 'application/octet-stream',
        body: readFileSync(file),
      });
    });
    await page.goto(ORIGIN + path, { waitUntil: 'load' });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await page.close();
  }
}

/** The months whose 通报 page was built (dist/bulletins/YYYY-MM/index.html), oldest first. */
function bulletinPeriods(dist: string): string[] {
  const folder = join(dist, 'bulletins'); // bulletinUrl(period): /bulletins/<period>/
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => isPeriod(name) && existsSync(join(folder, name, 'index.html')))
    .sort();
}

/**
 * Every built month's 通报 as a PDF into dist/data/; null when Chromium or playwright-core is missing. It needs
 * the built pages only, not the board: the finish step prints before it loads the board (finish.ts).
 */
export async function writeBulletinPdfs(dist: string, cacheDir: string): Promise<PdfsWritten | null> {
  if (!bulletinPdfAvailable()) return null;
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return null;
  }
  const written: PdfsWritten = { files: 0, printed: 0 };
  let browser: Promise<import('playwright-core').Browser> | undefined;
  /** One month's PDF: from the cache, or printed into it first. */
  const place = async (period: string) => {
    const path = bulletinUrl(period);
    const htmlFile = join(dist, path, 'index.html');
    const cached = join(cacheDir, `${printKey(dist, readFileSync(htmlFile, 'utf8'))}.pdf`);
    if (!existsSync(cached)) {
      browser ??= chromium.launch(launchOptions);
      writeToCache(cached, await printPage(await browser, dist, path));
      written.printed++;
    }
    placeFromCache(cached, join(dist, bulletinPdfUrl(period)));
    written.files++;
  };
  try {
    // One page at a time: two at once were no faster here (Chromium embeds the CJK font in one process).
    for (const period of bulletinPeriods(dist)) await place(period);
  } finally {
    await (await browser?.catch(() => undefined))?.close();
  }
  return written;
}
