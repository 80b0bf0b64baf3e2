/**
 * Draws a picture without a browser: satori lays it out to SVG (text as paths, font from npm),
 * resvg rasterises it to PNG with no system fonts — the same pixels on every machine. The last few
 * pictures stay in memory (a slide's SVG and PNG are asked for one after the other; keeping them
 * all held ≈ 300 MB on a 300-unit board) and every picture on disk under node_modules/.cache,
 * keyed by its content, so an unchanged month is not drawn again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { fontsFor, fontVersion, uncoveredCharacters } from '../read/fonts.ts';
import { textOf, type Element } from './element.ts';

export interface Picture {
  element: Element;
  width: number;
  /** Leave out to take the height the content needs (the long image). */
  height?: number;
}

export interface Drawn {
  svg: string;
  png: Buffer;
}

const ENGINE = ['satori@0.63.2', 'resvg@2.6.2', 'v2'].join(',');
const memory = new Map<string, Promise<Drawn>>();
/** How many drawn pictures stay in memory (oldest out first). */
const IN_MEMORY = 8;

async function draw({ element, width, height }: Picture): Promise<Drawn> {
  const text = textOf(element);
  const missing = uncoveredCharacters(text);
  if (missing.length)
    throw new Error(`the image font has no glyph for: ${missing.join(' ')} (in "${text.slice(0, 80)}…")`);
  const { faces, families } = fontsFor(text);
  // A word with no place to break (a long Latin name, an address) wraps rather than running off the picture.
  const root: Element = {
    ...element,
    props: {
      ...element.props,
      style: { wordBreak: 'break-word', ...element.props.style, fontFamily: families.join(', ') },
    },
  };
  // satori asks for more fonts when a glyph is missing from the ones given: a unicode-range can claim
  // a character its file does not draw (✗ in Noto Sans SC), so this is the check that cannot be fooled.
  const refuse = (_code: string, segment: string): Promise<never> =>
    Promise.reject(new Error(`the image font has no glyph for "${segment}" (in "${text.slice(0, 80)}…")`));
  const options = { width, ...(height ? { height } : {}), fonts: faces, loadAdditionalAsset: refuse } as Parameters<
    typeof satori
  >[1];
  const svg = await satori(root as Parameters<typeof satori>[0], options);
  const png = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render().asPng();
  return { svg, png };
}

/**
 * A picture drawn by an earlier build. Its files' times are set to now: a picture no build uses any more
 * (a card whose figures changed) is then the one older than the build, and CI drops those before
 * saving the cache (.github/workflows/board.yml).
 */
function fromDisk(dir: string | undefined, key: string): Drawn | null {
  if (!dir) return null;
  try {
    const drawn = { svg: readFileSync(join(dir, `${key}.svg`), 'utf8'), png: readFileSync(join(dir, `${key}.png`)) };
    const now = new Date();
    for (const ext of ['svg', 'png']) utimesSync(join(dir, `${key}.${ext}`), now, now);
    return drawn;
  } catch {
    return null;
  }
}

function toDisk(dir: string | undefined, key: string, drawn: Drawn) {
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  // Write then rename: a stopped build never leaves half a file in the cache.
  for (const [ext, body] of [
    ['svg', drawn.svg],
    ['png', drawn.png],
  ] as const) {
    const tmp = join(dir, `${key}.${ext}.${process.pid}.tmp`);
    writeFileSync(tmp, body);
    renameSync(tmp, join(dir, `${key}.${ext}`));
  }
}

/** The picture's cache key: what it shows and what draws it (satori, resvg, the fonts). */
export function pictureKey(picture: Picture): string {
  return createHash('sha256')
    .update(JSON.stringify([ENGINE, fontVersion(), picture]))
    .digest('hex')
    .slice(0, 32);
}

/** The picture as SVG and PNG. `cacheDir`: where drawn pictures are kept between builds (none: draw every time). */
export function drawPicture(picture: Picture, cacheDir?: string): Promise<Drawn> {
  const key = pictureKey(picture);
  let drawn = memory.get(key);
  if (!drawn) {
    drawn = (async () => {
      const cached = fromDisk(cacheDir, key);
      if (cached) return cached;
      const fresh = await draw(picture);
      toDisk(cacheDir, key, fresh);
      return fresh;
    })();
    memory.set(key, drawn);
    if (memory.size > IN_MEMORY) memory.delete(memory.keys().next().value!);
  }
  return drawn;
}

/** The picture's files in the cache, named by its key: `<key>.svg` and `<key>.png`. */
export const cacheFiles = (cacheDir: string, key: string) => ({
  svg: join(cacheDir, `${key}.svg`),
  png: join(cacheDir, `${key}.png`),
});

/**
 * Whether an earlier build drew the picture (both files are in the cache): a build links them into
 * dist/ without reading them. Files found are marked used (see fromDisk).
 */
export function inCache(files: { svg: string; png: string }): boolean {
  if (!existsSync(files.svg) || !existsSync(files.png)) return false;
  const now = new Date();
  for (const file of Object.values(files)) utimesSync(file, now, now);
  return true;
}

/** Draws the picture into the cache (cacheFiles), whatever is there. */
export async function drawIntoCache(picture: Picture, cacheDir: string): Promise<void> {
  toDisk(cacheDir, pictureKey(picture), await draw(picture));
}
