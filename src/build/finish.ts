/**
 * What the build does once the pages are written: the 督查通报 PDFs (bulletin-pdf.ts), the pictures under
 * /images/ (pictures.ts: linked from the image cache, only the missing ones drawn), the SHA256SUMS of
 * /data/ and of each release folder (checksums.ts), then a .gz and a .br beside every text file
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
 * The PDFs, the pictures, then the compressed copies, into `dist`; a line of figures for each. The PDFs come
 * first, from the built pages alone, and only then are the board (`board`) loaded and the drawing threads
 * (`drawing`: scripts/finish-build.ts, one per core; by default pictures are drawn in this thread) started:
 * Chromium's ≈ 0.8 GB never adds to theirs (at 10 years × 300 units, 1.1 GB together).
 */
export async function finishBuild(
  dist: string,
  board: () => Board,
  log: (step: string, line: string) => void,
  drawing?: () => Parameters<typeof writePictures>[3] & { close?: () => Promise<void> },
) {
  const cache = boardConfig().imageCache;
  let started = Date.now();
  const pdfs = await writeBulletinPdfs(dist, join(cache, 'bulletins'));
  log(
    'bulletin-pdf',
    pdfs
      ? t('deploy.bulletinPdf', { ...pdfs, seconds: since(started) })
      : t('deploy.bulletinPdf.noChromium', { path: CHROMIUM }),
  );
  started = Date.now();
  const threads = drawing?.();
  let pictures;
  try {
    pictures = await writePictures(dist, board(), cache, threads);
  } finally {
    await threads?.close?.();
  }
  const cached = pictures.files - pictures.drawn;
  log('board-pictures', t('deploy.pictures', { ...pictures, cached, seconds: since(started) }));
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
      await finishBuild(fileURLToPath(dir), getBoard, (step, line) => logger.fork(step).info(line));
    },
  },
});
