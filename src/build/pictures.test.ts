import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { h } from '../lib/images/element.ts';
import { sharedSetup } from '../../test/support/setup.ts';
import { imageFiles } from '../lib/images/catalogue.ts';
import { loadData } from '../lib/model/load.ts';
import { scoreBoard } from '../lib/score/board.ts';
import { drawThreads } from './draw-threads.ts';
import { placeFromCache } from './link.ts';
import { pictureRequests, writePictures } from './pictures.ts';

const { model } = loadData({
  root: join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'minimal'),
  currentPeriod: '2026-11',
});
const board = scoreBoard(model!);
const work = mkdtempSync(join(tmpdir(), 'pictures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const cache = join(work, 'cache');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
/** Drawing takes seconds, more on a busy machine: every test that draws says how long it may take. */
const DRAWING_MS = 180_000;

describe('the pictures a build puts under /images/', () => {
  // The first build into an empty cache, which the tests below look at (each reads, none writes it).
  let done: Awaited<ReturnType<typeof writePictures>>;
  sharedSetup(async () => {
    done = await writePictures(join(work, 'first'), board, cache);
  }, DRAWING_MS);

  it('writes every picture of the catalogue, drawing each once into the image cache', () => {
    const files = imageFiles(board);
    expect(done.files).toBe(files.length);
    // A slide's PNG and SVG are one drawing, and so are a slide and its earlier addresses.
    expect(done.drawn).toBe(files.filter((f) => f.format === 'png' && !f.aliasOf).length);
    for (const image of files) {
      const body = readFileSync(join(work, 'first', 'images', image.file));
      if (image.format === 'png') expect(body.subarray(0, 4).equals(PNG), image.file).toBe(true);
      else expect(body.toString('utf8', 0, 4), image.file).toBe('<svg');
    }
  }, 120_000);

  it('puts a .gz and a .br of each SVG beside it, kept in the cache with the picture', () => {
    for (const image of imageFiles(board).filter((f) => f.format === 'svg')) {
      const svg = readFileSync(join(work, 'first', 'images', image.file));
      expect(gunzipSync(readFileSync(join(work, 'first', 'images', `${image.file}.gz`))).equals(svg)).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(work, 'first', 'images', `${image.file}.br`))).equals(svg)).toBe(
        true,
      );
    }
  });

  it(
    'draws nothing again on the next build: each file is a link to the cached picture, not a copy',
    async () => {
      const cachedBefore = readdirSync(cache).length;
      const done = await writePictures(join(work, 'second'), board, cache);
      expect(done.drawn).toBe(0);
      expect(readdirSync(cache).length).toBe(cachedBefore);
      for (const image of imageFiles(board))
        for (const file of image.format === 'svg' ? [image.file, `${image.file}.gz`] : [image.file]) {
          const [first, second] = ['first', 'second'].map((d) => join(work, d, 'images', file));
          expect(statSync(second).ino, file).toBe(statSync(first).ino);
        }
    },
    DRAWING_MS,
  );

  it(
    'draws the same files on both cores, from an empty cache, as in one thread',
    async () => {
      const threads = drawThreads(join(work, 'threads-cache'));
      try {
        expect(threads.atOnce).toBeGreaterThanOrEqual(1);
        const done2 = await writePictures(join(work, 'threads'), board, join(work, 'threads-cache'), threads);
        expect(done2).toEqual(done);
      } finally {
        await threads.close();
      }
      for (const image of imageFiles(board)) {
        const [one, both] = ['first', 'threads'].map((d) => readFileSync(join(work, d, 'images', image.file)));
        expect(both.equals(one!), image.file).toBe(true);
      }
    },
    DRAWING_MS,
  );

  it(
    "stops with the drawing's own message when a thread cannot draw a picture",
    async () => {
      const threads = drawThreads(join(work, 'threads-fail'));
      try {
        const unknown = { element: h('div', { display: 'flex' }, '\u{10FFFD}'), width: 100, height: 100 };
        await expect(threads.draw(unknown)).rejects.toThrow(/no glyph/);
        // The thread goes on with the next picture.
        await threads.draw({ element: h('div', { display: 'flex' }, '排行榜'), width: 100, height: 40 });
      } finally {
        await threads.close();
      }
    },
    DRAWING_MS,
  );

  it('never writes into a file already at the address (it may be a link to a cached picture)', () => {
    const kept = join(work, 'kept.png');
    const other = join(work, 'other.png');
    const published = join(work, 'dist', 'images', 'a.png');
    writeFileSync(kept, 'the cached picture');
    writeFileSync(other, 'another picture');
    placeFromCache(kept, published);
    expect(statSync(published).ino).toBe(statSync(kept).ino);
    placeFromCache(other, published);
    expect(readFileSync(published, 'utf8')).toBe('another picture');
    expect(readFileSync(kept, 'utf8')).toBe('the cached picture');
  });

  it(
    'draws a picture when astro dev is asked for it, and passes on an address that is not a picture',
    async () => {
      const handle = pictureRequests(() => board, cache);
      const slide = imageFiles(board).find((f) => f.format === 'svg')!;
      const sent: { type?: string; body?: string | Uint8Array; next?: boolean } = {};
      const response = {
        setHeader: (_name: string, value: string) => (sent.type = value),
        end: (body: string | Uint8Array) => (sent.body = body),
      };
      await handle({ url: `/${slide.file}?v=1` }, response, () => (sent.next = true));
      expect(sent.type).toBe('image/svg+xml');
      expect(String(sent.body).startsWith('<svg')).toBe(true);
      expect(sent.next).toBeUndefined();
      await handle({ url: '/slides/no-such-month.png' }, response, () => (sent.next = true));
      expect(sent.next).toBe(true);
    },
    DRAWING_MS,
  );
});
