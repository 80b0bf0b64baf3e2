/**
 * The fonts for build-time images, from npm, so the same commit draws the same pixels on any
 * machine: Noto Sans SC for the text, then Noto Sans Symbols 2 for the signs a plan may choose as a
 * band's symbol (✕ ✗ ● …) that the Chinese font does not draw. Each package splits its font into
 * woff subsets; each is loaded under its own family name (one shared name would make satori use one
 * file and draw boxes), and only the subsets a text needs are read.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const WEIGHTS = [400, 700] as const;

/** In fallback order; `weights` are the files the package has (a missing weight is drawn with the nearest). */
const PACKAGES = [
  { name: '@fontsource/noto-sans-sc', files: 'noto-sans-sc', family: 'noto-sc', weights: [400, 700] },
  { name: '@fontsource/noto-sans-symbols-2', files: 'noto-sans-symbols-2', family: 'noto-sym', weights: [400] },
] as const;
type FontPackage = (typeof PACKAGES)[number];
const require = createRequire(import.meta.url);
const dirOf = (pkg: FontPackage) => dirname(require.resolve(`${pkg.name}/package.json`));

export interface FontFace {
  name: string;
  data: Buffer;
  weight: (typeof WEIGHTS)[number];
  style: 'normal';
}

interface Subset {
  pkg: FontPackage;
  key: string;
  name: string;
  ranges: Array<[number, number]>;
}

const parseRanges = (text: string): Array<[number, number]> =>
  text.split(',').map((part) => {
    const [from = '', to] = part.trim().slice(2).split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });

let subsets: Subset[] | undefined;
/** Every package's subsets and the code points each covers (unicode.json), in fallback order. */
function allSubsets(): Subset[] {
  subsets ??= PACKAGES.flatMap((pkg) =>
    Object.entries(JSON.parse(readFileSync(join(dirOf(pkg), 'unicode.json'), 'utf8')) as Record<string, string>).map(
      ([key, ranges]) => {
        const id = key.replace(/[[\]]/g, '');
        return { pkg, key: id, name: `${pkg.family}-${id}`, ranges: parseRanges(ranges) };
      },
    ),
  );
  return subsets;
}

const covers = (subset: Subset, cp: number) => subset.ranges.some(([a, b]) => cp >= a && cp <= b);

/** The subsets that draw a code point, looked up once per code point (every picture asks for the same few thousand). */
const covering = new Map<number, Subset[]>();
function subsetsFor(cp: number): Subset[] {
  let found = covering.get(cp);
  if (!found) covering.set(cp, (found = allSubsets().filter((s) => covers(s, cp))));
  return found;
}

const codePoints = (text: string) => [...new Set([...text].map((c) => c.codePointAt(0)!))].filter((cp) => cp > 0x20);

/** Characters of `text` that no subset of the font covers (they would draw as boxes). */
export function uncoveredCharacters(text: string): string[] {
  return codePoints(text)
    .filter((cp) => subsetsFor(cp).length === 0)
    .map((cp) => String.fromCodePoint(cp));
}

const fileCache = new Map<string, Buffer>();
const read = (subset: Subset, weight: number) => {
  const available = (subset.pkg.weights as readonly number[]).includes(weight) ? weight : subset.pkg.weights[0];
  const file = join(dirOf(subset.pkg), 'files', `${subset.pkg.files}-${subset.key}-${available}-normal.woff`);
  let data = fileCache.get(file);
  if (!data) fileCache.set(file, (data = readFileSync(file)));
  return data;
};

/** The faces (both weights) of every subset `text` needs, and their family names in order. */
export function fontsFor(text: string): { faces: FontFace[]; families: string[] } {
  const used = new Set(codePoints(text).flatMap(subsetsFor));
  const needed = allSubsets().filter((s) => used.has(s));
  return {
    faces: needed.flatMap((s) =>
      WEIGHTS.map((weight) => ({ name: s.name, data: read(s, weight), weight, style: 'normal' as const })),
    ),
    families: needed.map((s) => s.name),
  };
}

/** What the drawn pixels depend on besides the picture itself: the font packages' versions. */
export const fontVersion = () =>
  PACKAGES.map(
    (pkg) =>
      `${pkg.name}@${(JSON.parse(readFileSync(join(dirOf(pkg), 'package.json'), 'utf8')) as { version: string }).version}`,
  ).join(',');
