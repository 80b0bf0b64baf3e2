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
import { cacheFiles, drawPicture, inCache, pictureKey } from '../lib/images/render.ts';
import { drawHere, type Draw } from './drawing.ts';
import type { Board } from '../lib/score/board.ts';
import { placeFromCache, writeToCache } from './link.ts';
import { compressors } from './precompress.ts';

export interface PicturesWritten {
  files: number;
  drawn: number;
}

/**
 * Every picture of the board into `dist/images/`, from the cache or drawn into it first. `drawing`:
 * how to draw and how many pictures at once (draw-threads.ts draws on every core); by default one at
 * a time in this thread.
 */
export async function writePictures(
  dist: string,
  board: Board,
  cacheDir: string,
  drawing: { draw: Draw; atOnce: number } = { draw: drawHere(cacheDir), atOnce: 1 },
): Promise<PicturesWritten> {
  const written = { files: 0, drawn: 0 };
  /** Each picture once: a slide's PNG and SVG are one drawing (and an earlier address shows the same). */
  const ready = new Map<string, Promise<void>>();
  const placing = new Set<Promise<void>>();
  const compressing = new Map<string, Promise<void>>();
  for (const image of imageFiles(board)) {
    const picture = image.picture();
    const key = pictureKey(picture);
    const files = cacheFiles(cacheDir, key);
    let drawn = ready.get(key);
    if (!drawn) {
      drawn = inCache(files) ? Promise.resolve() : drawing.draw(picture).then(() => void written.drawn++);
      ready.set(key, drawn);
    }
    const placed = drawn.then(async () => {
      const published = join(dist, 'images', ...image.file.split('/'));
      placeFromCache(files[image.format], published);
      if (image.format === 'svg') await placeCompressed(files.svg, published, compressing);
      written.files++;
    });
    placing.add(placed);
    void placed.then(
      () => placing.delete(placed),
      () => {},
    );
    // A few drawings ahead of the drawers, no more: each picture's elements wait in memory until drawn.
    while (placing.size >= drawing.atOnce * 2) await Promise.race(placing);
  }
  await Promise.all(placing);
  return written;
}

/**
 * An SVG's .gz and .br, kept beside it in the cache (made when first needed) and linked beside the
 * published file: the compression step then leaves it alone, so a month's build does not read and hash
 * every past slide again (≈ 1.8 GB of SVG at 10 years × 300 units).
 */
async function placeCompressed(svg: string, published: string, compressing: Map<string, Promise<void>>): Promise<void> {
  const copies = { gz: `${svg}.gz`, br: `${svg}.br` };
  // Made once per build: a slide and its earlier address are placed at the same time.
  let made = compressing.get(svg);
  if (!made) {
    made = (async () => {
      if (existsSync(copies.gz) && existsSync(copies.br)) return;
      const make = compressors(readFileSync(svg), false);
      for (const kind of ['gz', 'br'] as const) writeToCache(copies[kind], await make[kind]());
    })();
    compressing.set(svg, made);
  }
  await made;
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
    const [path = ''] = (request.url ?? '').split('?');
    const file = decodeURIComponent(path.replace(/^\//, ''));
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
