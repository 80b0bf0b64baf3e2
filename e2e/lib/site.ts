/**
 * Facts about the built site that several e2e tests and scripts share: where dist/ is, which
 * pages it holds and which URL each one answers to, and what data/site.yaml says.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/**
 * The built site the tests read. The e2e global setup copies dist/ to a private snapshot and
 * points E2E_SNAPSHOT at it, so a build started meanwhile (by a person or another run) cannot
 * change pages under a running suite. E2E_DIST=some/dir tests another build instead of dist/
 * (never rebuilt).
 */
export const DIST = resolve(ROOT, process.env.E2E_SNAPSHOT ?? process.env.E2E_DIST ?? 'dist');

export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** URL path it is served at: `/`, `/rankings/2005-03/`, `/404.html`. */
  path: string;
}

function walk(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Every file in dist/, absolute paths, sorted. */
export function distFiles(): string[] {
  return walk(DIST).sort();
}

export function urlPathOf(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** Every built HTML page (dist/**\/*.html), home first, then alphabetical by URL. */
export function builtPages(): BuiltPage[] {
  return distFiles()
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, path: urlPathOf(file) }))
    .sort((a, b) => (a.path === '/' ? -1 : b.path === '/' ? 1 : a.path.localeCompare(b.path)));
}

/** `/rankings/2005-03/` → `2005-03`; anything else → undefined. */
export function rankingPeriod(path: string): string | undefined {
  return /^\/rankings\/(\d{4}-\d{2})\/$/.exec(path)?.[1];
}

/**
 * The month a page is about when its address names one (/rankings/2005-03/, /bulletins/2005-03/,
 * /embed/2005-03/towns/ …).
 */
export function pagePeriod(path: string): string | undefined {
  return /\/(\d{4}-\d{2})\//.exec(path)?.[1];
}

export interface SiteSettings {
  title: string;
  illustrative?: boolean;
  illustrativeNotice?: string;
  [key: string]: unknown;
}

export function siteSettings(): SiteSettings {
  return parse(readFileSync(join(ROOT, 'data', 'site.yaml'), 'utf8')) as SiteSettings;
}

/** The notices a page may show: a year's plan's own (plans/YYYY.yaml illustrativeNotice), else site.yaml's. */
export function illustrativeNotices(): string[] {
  const plans = readdirSync(join(ROOT, 'data', 'plans')).filter((f) => /^\d{4}\.ya?ml$/.test(f));
  const own = plans.map(
    (f) =>
      (parse(readFileSync(join(ROOT, 'data', 'plans', f), 'utf8')) as { illustrativeNotice?: string })
        .illustrativeNotice,
  );
  return [siteSettings().illustrativeNotice, ...own].filter((n): n is string => typeof n === 'string');
}

/**
 * The ways a page may write a month's figures: `2005-03`, `2005年3月`, `2005年03月`,
 * `2005年1—3月` / `2005年1-3月` / `2005年1至3月` (cumulative), `2005.03`.
 */
export function periodPattern(period: string): RegExp {
  const [year, mm] = period.split('-');
  const m = String(Number(mm));
  const month = `0?${m}`;
  return new RegExp(
    [`${year}-${mm}`, `${year}\\.${mm}`, `${year}\\s*年\\s*(?:0?1\\s*[-–—~～至到]\\s*)?${month}\\s*月`].join('|'),
  );
}

/** Removes all whitespace: innerText wraps and indents, the notice in YAML does not. */
export const squash = (text: string) => text.replace(/\s+/g, '');

/** A page path as given on a command line, with its leading slash: 'units/dazhong/' → '/units/dazhong/'. */
export const rootedPath = (path: string) => (path.startsWith('/') ? path : `/${path}`);

/** A page path as a file name: '/units/dazhong/' → 'units-dazhong', '/' → 'home'. */
export const pathSlug = (path: string) => path.replace(/^\/|\/$/g, '').replace(/[^\w.-]+/g, '-') || 'home';
