/**
 * The pictures under /images/ (src/lib/images/catalogue.ts: every month's slides and long image, the
 * link-preview cards), put into dist/ once Astro has written the pages (finish.ts). They are not Astro routes: a
 * picture an earlier build drew is hard-linked from the image cache (BOARD_IMAGE_CACHE) without being
 * read, and only a picture the cache lacks is drawn — a month's build draws the new month and the
 * cards whose figures changed. `astro dev` draws a picture when it is asked for.
 */
import { existsSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { getBoard } from '../data/board.ts';
import { boardConfig } from '../lib/config.ts';
import { imageFiles } from '../lib/images/catalogue.ts';
import { drawPicture, pictureInCache } from '../lib/images/render.ts';
import type { Board } from '../lib/score/board.ts';
import { placeFromCache, writeToCache } from './link.ts';
import { compressors } from './precompress.ts';

export interface PicturesWritten {
  files: number;
  drawn: number;
}

/**
 * How far the build's memory may grow from drawings before it collects them. resvg frees a drawing's
 * bitmap (8 MB for a slide) only after a garbage collection and a turn of the event loop
 * (thx/resvg-js#216), and V8 does not count that memory, so it rarely collects on its own: a cold
 * build at 10 years × 300 units held 1.2–1.4 GB. A collection takes ≈ 150 ms there (a heap of
 * ≈ 200 MB is left from the pages), hence one per 64 MB of drawings, not one per drawing.
 * scripts/build.sh starts Node with --expose-gc.
 */
const DRAWINGS_HELD = 64 * 1024 * 1024;
const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** Every picture of the board into `dist/images/`, from the cache or drawn into it first. */
export async function writePictures(dist: string, board: Board, cacheDir: string): Promise<PicturesWritten> {
  const written = { files: 0, drawn: 0 };
  const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
  let collected = process.memoryUsage.rss();
  for (const image of imageFiles(board)) {
    const cached = await pictureInCache(image.picture(), cacheDir);
    if (cached.drawn) {
      written.drawn++;
      await nextTurn();
      if (collectGarbage && process.memoryUsage.rss() > collected + DRAWINGS_HELD) {
        collectGarbage();
        await nextTurn(); // the bitmaps go on this turn: only then is the memory measured
        collected = process.memoryUsage.rss();
      }
    }
    const published = join(dist, 'images', ...image.file.split('/'));
    placeFromCache(cached[image.format], published);
    if (image.format === 'svg') await placeCompressed(cached.svg, published);
    written.files++;
  }
  return written;
}

/**
 * An SVG's .gz and .br, kept beside it in the cache (made when first needed) and linked beside the
 * published file: the compression step then leaves it alone, so a month's build does not read and hash
 * every past slide again (≈ 1.8 GB of SVG at 10 years × 300 units).
 */
async function placeCompressed(svg: string, published: string): Promise<void> {
  const copies = { gz: `${svg}.gz`, br: `${svg}.br` };
  if (!existsSync(copies.gz) || !existsSync(copies.br)) {
    const make = compressors(readFileSync(svg), false);
    for (const kind of ['gz', 'br'] as const) writeToCache(copies[kind], await make[kind]());
  }
  const size = statSync(svg).size;
  const now = new Date();
  for (const kind of ['gz', 'br'] as const) {
    utimesSync(copies[kind], now, now); // marked used, as the picture is
    if (statSync(copies[kind]).size < size) placeFromCache(copies[kind], `${published}.${kind}`);
  }
}

const TYPES = { png: 'image/png', svg: 'image/svg+xml' } as const;

interface Request {
  url?: string;
}
interface Response {
  setHeader(name: string, value: string): unknown;
  end(body: string | Uint8Array): unknown;
}

/** `astro dev`'s /images/ (a connect middleware mounted there): a picture drawn when it is asked for. */
export const pictureRequests =
  (board: () => Board, cacheDir: string) =>
  async (request: Request, response: Response, next: (error?: unknown) => void): Promise<void> => {
    const file = decodeURIComponent((request.url ?? '').split('?')[0].replace(/^\//, ''));
    const image = imageFiles(board()).find((candidate) => candidate.file === file);
    if (!image) return next();
    try {
      const drawn = await drawPicture(image.picture(), cacheDir);
      response.setHeader('Content-Type', TYPES[image.format]);
      response.end(image.format === 'png' ? drawn.png : drawn.svg);
    } catch (error) {
      next(error);
    }
  };

/** `astro dev` only: the build's pictures are made by finish.ts. */
export const picturesInDev = (): AstroIntegration => ({
  name: 'board-pictures',
  hooks: {
    'astro:server:setup': ({ server }) => {
      const pictures = pictureRequests(getBoard, boardConfig().imageCache);
      // connect does not wait for a promise: a failure goes to next(), which shows it, instead of nowhere.
      server.middlewares.use('/images/', (request, response, next) => {
        pictures(request, response, next).catch(next);
      });
    },
  },
});
