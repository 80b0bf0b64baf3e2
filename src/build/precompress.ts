/**
 * After `astro build` (finish.ts): a gzip (`.gz`) and a brotli (`.br`) copy beside every text file in the output,
 * for a server that sends them as they are (nginx `gzip_static`, `brotli_static`; deploy/nginx/). The
 * files themselves are not touched, and a copy is written only when it is smaller than the file.
 *
 * Both come from Node's own zlib. Measured on the sample board (5.8 MB of text in 289 files, this
 * machine, one core): gzip level 9 ≈ 0.5 s → 1.41 MB; brotli quality 6 ≈ 0.9 s → 1.26 MB; brotli
 * quality 11 ≈ 28 s → 1.04 MB. So quality 11 only for the hashed assets in /_astro/ (≈ 0.8 s: kept
 * by browsers a year and fetched by every visitor) and 6 for the rest (rewritten every month).
 *
 * The copies are kept by content in the build cache (`compressed/` in BOARD_IMAGE_CACHE) and linked
 * into dist/: a month's build compresses only the files that changed (at 2 years × 100 units, 155 MB
 * of text, mostly past months' SVG slides, took 12–14 s to compress on every build).
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync, utimesSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { placeFromCache, writeToCache } from './link.ts';

/** Part of a cached copy's key: a change of compressor or level makes new copies. */
const ENGINE = `zlib ${process.versions.zlib} brotli ${process.versions.brotli} gzip 9`;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** The files worth compressing: text. PNG, fonts, PDF, ZIP and XLSX are compressed already. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|csv|txt|xml|svg|md|webmanifest)$/i;

export interface Precompressed {
  files: number;
  bytes: number;
  gz: number;
  br: number;
}

/** The gzip and brotli makers for a file's bytes (`hashed`: an /_astro/ asset, compressed harder). */
export const compressors = (body: Buffer, hashed: boolean) => ({
  gz: () => gzipAsync(body, { level: 9 }),
  br: () =>
    brotliAsync(body, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: hashed ? 11 : 6,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
});

/** The copies of `body` kept in `cacheDir` by its content (made and kept first if missing): their files. */
async function fromCache(body: Buffer, hashed: boolean, cacheDir: string): Promise<{ gz: string; br: string }> {
  const key = createHash('sha256')
    .update(`${ENGINE},${hashed ? 11 : 6}\0`)
    .update(body)
    .digest('hex')
    .slice(0, 32);
  const files = { gz: join(cacheDir, `${key}.gz`), br: join(cacheDir, `${key}.br`) };
  const make = compressors(body, hashed);
  for (const kind of ['gz', 'br'] as const) {
    if (existsSync(files[kind])) {
      const now = new Date();
      utimesSync(files[kind], now, now); // marked used (the CI drops cached files no build used)
    } else writeToCache(files[kind], await make[kind]());
  }
  return files;
}

async function compressOne(
  file: string,
  hashed: boolean,
  cacheDir?: string,
): Promise<{ bytes: number; gz: number; br: number }> {
  const body = await readFile(file);
  const sizes = { bytes: body.length, gz: body.length, br: body.length };
  if (cacheDir) {
    // A file unchanged since an earlier build (a past month's slide, a download) is not compressed again.
    const cached = await fromCache(body, hashed, cacheDir);
    for (const kind of ['gz', 'br'] as const) {
      const size = statSync(cached[kind]).size;
      if (size >= body.length) continue;
      placeFromCache(cached[kind], `${file}.${kind}`);
      sizes[kind] = size;
    }
    return sizes;
  }
  const make = compressors(body, hashed);
  const [gz, br] = await Promise.all([make.gz(), make.br()]);
  for (const [kind, copy] of [
    ['gz', gz],
    ['br', br],
  ] as const) {
    if (copy.length >= body.length) continue;
    await writeFile(`${file}.${kind}`, copy);
    sizes[kind] = copy.length;
  }
  return sizes;
}

/** Writes `.gz` and `.br` beside every text file under `dir`; returns what it wrote. */
export async function precompress(dir: string, cacheDir?: string): Promise<Precompressed> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const names = new Set(entries.map((d) => join(d.parentPath, d.name)));
  // A file with both copies beside it already has them from an earlier step (the pictures' SVGs).
  const files = entries
    .filter((d) => d.isFile() && COMPRESSIBLE.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .filter((file) => !(names.has(`${file}.gz`) && names.has(`${file}.br`)));
  const total: Precompressed = { files: 0, bytes: 0, gz: 0, br: 0 };
  // A few at a time: zlib's work runs on libuv's thread pool, and a build machine may be shared.
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const hashed = relative(dir, file).split(sep)[0] === '_astro';
      const one = await compressOne(file, hashed, cacheDir);
      total.files++;
      total.bytes += one.bytes;
      total.gz += one.gz;
      total.br += one.br;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return total;
}
