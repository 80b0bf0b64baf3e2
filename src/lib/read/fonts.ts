/**
 * The Chinese font for build-time images, from npm (@fontsource/noto-sans-sc), so the same commit
 * draws the same pixels on any machine. The package splits the font into ~100 woff subsets; each
 * is loaded under its own family name (one shared name would make satori use one file and draw
 * boxes), and only the subsets a text needs are read.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FONT_PACKAGE = '@fontsource/noto-sans-sc';
const WEIGHTS = [400, 700] as const;
const dir = dirname(createRequire(import.meta.url).resolve(`${FONT_PACKAGE}/package.json`));

export interface FontFace {
  name: string;
  data: Buffer;
  weight: (typeof WEIGHTS)[number];
  style: 'normal';
}

interface Subset {
  key: string;
  name: string;
  ranges: Array<[number, number]>;
}

const parseRanges = (text: string): Array<[number, number]> =>
  text.split(',').map((part) => {
    const [from, to] = part.trim().slice(2).split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });

let subsets: Subset[] | undefined;
/** The package's subsets and the code points each covers (unicode.json). */
function allSubsets(): Subset[] {
  subsets ??= Object.entries(JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>).map(([key, ranges]) => {
    const id = key.replace(/[[\]]/g, '');
    return { key: id, name: `noto-sc-${id}`, ranges: parseRanges(ranges) };
  });
  return subsets;
}

const covers = (subset: Subset, cp: number) => subset.ranges.some(([a, b]) => cp >= a && cp <= b);
const codePoints = (text: string) => [...new Set([...text].map((c) => c.codePointAt(0)!))].filter((cp) => cp > 0x20);

/** Characters of `text` that no subset of the font covers (they would draw as boxes). */
export function uncoveredCharacters(text: string): string[] {
  const all = allSubsets();
  return codePoints(text).filter((cp) => !all.some((s) => covers(s, cp))).map((cp) => String.fromCodePoint(cp));
}

const fileCache = new Map<string, Buffer>();
const read = (subset: Subset, weight: number) => {
  const file = join(dir, 'files', `noto-sans-sc-${subset.key}-${weight}-normal.woff`);
  let data = fileCache.get(file);
  if (!data) fileCache.set(file, (data = readFileSync(file)));
  return data;
};

/** The faces (both weights) of every subset `text` needs, and their family names in order. */
export function fontsFor(text: string): { faces: FontFace[]; families: string[] } {
  const cps = codePoints(text);
  const needed = allSubsets().filter((s) => cps.some((cp) => covers(s, cp)));
  return {
    faces: needed.flatMap((s) => WEIGHTS.map((weight) => ({ name: s.name, data: read(s, weight), weight, style: 'normal' as const }))),
    families: needed.map((s) => s.name),
  };
}

/** What the drawn pixels depend on besides the picture itself: the font package's version. */
export const fontVersion = () => `${FONT_PACKAGE}@${(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version}`;
