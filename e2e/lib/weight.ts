/**
 * What a page costs to download, gzipped (level 9): its HTML, the stylesheets it links and the
 * JavaScript it loads — module scripts plus everything they import statically, followed through
 * the built files. Dynamic import() chunks are loaded on demand and not counted.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse as parseModule } from 'es-module-lexer';
import { parse } from 'node-html-parser';
import { DIST } from './site.ts';

/** Budgets for a /rankings/YYYY-MM/ page, in gzipped bytes. */
export const BUDGETS = { htmlAndCss: 40 * 1024, js: 80 * 1024 } as const;

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  cssFiles: string[];
  jsFiles: string[];
  /** `<script src>` values in the HTML. */
  scriptSrcs: string[];
  hasCanvas: boolean;
  /** A slide deck ([data-deck]): its show mode is a small script of its own. */
  hasDeck: boolean;
}

const gzCache = new Map<string, number>();
export function gzippedSize(file: string): number {
  let size = gzCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzCache.set(file, size);
  }
  return size;
}

/** The dist/ file for a same-site URL seen at `fromPath`, or undefined for other sites. */
function distFile(url: string, fromPath: string): string | undefined {
  const resolved = new URL(url, new URL(fromPath, 'http://site.invalid'));
  if (resolved.origin !== 'http://site.invalid') return undefined;
  return join(DIST, decodeURIComponent(resolved.pathname));
}

const urlPathOfFile = (file: string) => `/${relative(DIST, file).split('\\').join('/')}`;

function readOrThrow(file: string, page: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${page} loads ${urlPathOfFile(file)}, which is not in dist/`);
  }
}

/** Adds `file` and, recursively, every module it imports statically. */
function collectModules(file: string, page: string, into: Set<string>): void {
  if (into.has(file)) return;
  into.add(file);
  const [imports] = parseModule(readOrThrow(file, page));
  for (const imp of imports) {
    // d === -1: a static import/export-from; -2: import.meta; ≥ 0: dynamic import().
    if (imp.d !== -1 || !imp.n) continue;
    const target = distFile(imp.n, urlPathOfFile(file));
    if (target) collectModules(target, page, into);
  }
}

export async function pageWeight(file: string, path: string): Promise<PageWeight> {
  await init;
  const root = parse(readFileSync(file, 'utf8'), { comment: false });
  const cssFiles = new Set<string>();
  for (const link of root.querySelectorAll('link[rel][href]')) {
    if (!/\bstylesheet\b/i.test(link.getAttribute('rel')!)) continue;
    const target = distFile(link.getAttribute('href')!, path);
    if (target) cssFiles.add(target);
  }
  const scriptSrcs = root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
  const entries = [
    ...scriptSrcs,
    ...root
      .querySelectorAll('link[rel][href]')
      .filter((l) => /\bmodulepreload\b/i.test(l.getAttribute('rel')!))
      .map((l) => l.getAttribute('href')!),
  ];
  const jsFiles = new Set<string>();
  for (const src of entries) {
    const target = distFile(src, path);
    if (target) collectModules(target, path, jsFiles);
  }
  const sum = (files: Set<string>) =>
    [...files].reduce((total, f) => {
      readOrThrow(f, path); // a clear message when a linked file is missing
      return total + gzippedSize(f);
    }, 0);
  return {
    html: gzippedSize(file),
    css: sum(cssFiles),
    js: sum(jsFiles),
    cssFiles: [...cssFiles].map(urlPathOfFile),
    jsFiles: [...jsFiles].map(urlPathOfFile),
    scriptSrcs,
    hasCanvas: root.querySelector('canvas') !== null,
    hasDeck: root.querySelector('[data-deck]') !== null,
  };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
