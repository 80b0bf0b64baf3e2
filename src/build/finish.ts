/**
 * What the build does once the pages are written: the pictures under /images/ (pictures.ts: linked
 * from the image cache, only the missing ones drawn), the 督查通报 PDFs (bulletin-pdf.ts), the
 * SHA256SUMS of /data/ and of each release folder (checksums.ts), then a .gz and a .br beside every text file
 * (precompress.ts). `npm run build` (scripts/build.sh) runs it in a process of its own once
 * `astro build` has ended (scripts/finish-build.ts), so the drawings' memory never adds to what the
 * pages left behind (10 years × 300 units: 0.95–1.05 GB in one process, below 0.9 GB apart). A plain
 * `astro build` runs it inside, from the integration below: the same output either way.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getBoard } from '../data/board.ts';
import { boardConfig } from '../lib/config.ts';
import { t } from '../lib/messages/index.ts';
import type { Board } from '../lib/score/board.ts';
import { writeBulletinPdfs } from './bulletin-pdf.ts';
import { CHROMIUM } from './browser.ts';
import { precompress } from './precompress.ts';
import { writePictures } from './pictures.ts';
import { writeChecksums } from './checksums.ts';

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const since = (started: number) => ((Date.now() - started) / 1000).toFixed(1);

/**
 * The pictures, then the compressed copies, into `dist`; a line of figures for each. `drawing`: how the
 * pictures are drawn (scripts/finish-build.ts: threads on every core, closed once the pictures are
 * done, before Chromium starts for the PDFs); by default in this thread.
 */
export async function finishBuild(
  dist: string,
  board: Board,
  log: (step: string, line: string) => void,
  drawing?: Parameters<typeof writePictures>[3] & { close?: () => Promise<void> },
) {
  const cache = boardConfig().imageCache;
  let started = Date.now();
  const pictures = await writePictures(dist, board, cache, drawing);
  await drawing?.close?.();
  const cached = pictures.files - pictures.drawn;
  log('board-pictures', t('deploy.pictures', { ...pictures, cached, seconds: since(started) }));
  started = Date.now();
  const pdfs = await writeBulletinPdfs(dist, board, join(cache, 'bulletins'));
  log(
    'bulletin-pdf',
    pdfs
      ? t('deploy.bulletinPdf', { ...pdfs, seconds: since(started) })
      : t('deploy.bulletinPdf.noChromium', { path: CHROMIUM }),
  );
  // After the PDFs (downloads of /data/ too), before the compressed copies: the sums are of every download as served.
  writeChecksums(join(dist, 'data'));
  started = Date.now();
  const done = await precompress(dist, join(cache, 'compressed'));
  const [size, gz, br] = [kb(done.bytes), kb(done.gz), kb(done.br)];
  log('precompressed', t('deploy.precompressed', { files: done.files, size, gz, br, seconds: since(started) }));
}

/** Last in the config: the sitemap's files get their compressed copies too. */
export const finish = (): AstroIntegration => ({
  name: 'board-finish',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      if (boardConfig().finishApart) return;
      await finishBuild(fileURLToPath(dir), getBoard(), (step, line) => logger.fork(step).info(line));
    },
  },
});
