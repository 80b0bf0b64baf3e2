/**
 * A shared link keeps working: every published month keeps its slide images (PNG and SVG), its WeChat
 * long image and its link preview at their addresses, and no address that an earlier build published
 * disappears. The earlier build is last month's: a copy of data/ without the latest report and its
 * entry in published.yaml, built here, compared with today's (dist/, which the e2e setup builds from
 * data/). Its sitemap and every file outside /_astro/ (pages, downloads, images, feed) must still be
 * there today.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { DIST, ROOT, rankingPeriod } from './lib/site.ts';

/** Every file of a build outside /_astro/ (whose names carry content hashes), as /paths. */
function addresses(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => `/${relative(dist, join(d.parentPath, d.name)).split(sep).join('/')}`)
    .filter((path) => !path.startsWith('/_astro/'))
    .sort();
}

/** The page addresses a build's sitemap lists (paths). */
function sitemap(dist: string): string[] {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap(([, url]) => {
    const part = readFileSync(join(dist, new URL(url).pathname), 'utf8');
    return [...part.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, page]) => new URL(page).pathname);
  });
}

const published = () =>
  Object.keys(
    (parse(readFileSync(join(ROOT, 'data', 'published.yaml'), 'utf8')) as { months: Record<string, unknown> }).months,
  ).sort();

describe('every published month', () => {
  // The months the site publishes: each has its ranking page (earlier years in published.yaml are the base for
  // 同比 and have none).
  const months = sitemap(DIST)
    .map(rankingPeriod)
    .filter((p): p is string => p !== undefined)
    .sort();

  test('the site publishes months, the latest on record among them', () => {
    expect(months.length).toBeGreaterThan(1);
    expect(months).toContain(published().at(-1));
  });

  test.each(months)('%s keeps its slide images (PNG, SVG), its WeChat long image and its link preview', (period) => {
    const slides = join(DIST, 'slides', period, 'index.html');
    expect(existsSync(slides), `/slides/${period}/`).toBe(true);
    const page = parseHtml(readFileSync(slides, 'utf8'));
    const count = page.querySelectorAll('section.slide').length;
    expect(count).toBeGreaterThan(0);
    const images = page.querySelectorAll('.deck-downloads a[href]').map((a) => a.getAttribute('href')!);
    for (const format of ['png', 'svg'])
      expect(
        images.filter((href) => href.startsWith(`/images/slides/${period}-`) && href.endsWith(`.${format}`)),
        `one ${format} per slide`,
      ).toHaveLength(count);
    const wanted = [...images, `/images/long/rankings-${period}.png`, `/images/preview/rankings-${period}.png`];
    expect(wanted.filter((path) => !existsSync(join(DIST, path)))).toEqual([]);
    const ranking = readFileSync(join(DIST, 'rankings', period, 'index.html'), 'utf8');
    expect(ranking).toContain(`href="/images/long/rankings-${period}.png"`);
  });
});

describe("last month's build against today's", () => {
  const work = mkdtempSync(join(tmpdir(), 'permanence-'));
  const earlier = join(work, 'dist');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeAll(() => {
    // data/ as it was before the latest month: its report and its entry in the published record taken out.
    const latest = published().at(-1)!;
    cpSync(join(ROOT, 'data'), join(work, 'data'), { recursive: true });
    rmSync(join(work, 'data', 'reports', latest.slice(0, 4), `${latest}.yaml`));
    const record = join(work, 'data', 'published.yaml');
    const doc = parseDocument(readFileSync(record, 'utf8'));
    doc.deleteIn(['months', latest]);
    writeFileSync(record, doc.toString());
    const build = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', earlier],
      {
        cwd: ROOT,
        encoding: 'utf8',
        // Built in the month it was published; pictures come from the same content-keyed cache.
        env: { ...process.env, BOARD_ROOT: work, BOARD_CURRENT_PERIOD: latest, FORCE_COLOR: '0', NO_COLOR: '1' },
        timeout: 540_000,
      },
    );
    if (build.status !== 0) throw new Error(`the earlier build failed:\n${(build.stdout + build.stderr).slice(-6000)}`);
  }, 600_000);

  test('is a build of one month fewer', () => {
    const months = published();
    expect(existsSync(join(earlier, 'rankings', months.at(-2)!, 'index.html'))).toBe(true);
    expect(existsSync(join(earlier, 'rankings', months.at(-1)!, 'index.html'))).toBe(false);
  });

  test("every page in last month's sitemap is still in today's", () => {
    const today = new Set(sitemap(DIST));
    const before = sitemap(earlier);
    expect(before.length).toBeGreaterThan(0);
    expect(before.filter((path) => !today.has(path))).toEqual([]);
  });

  test("every file last month's build published (pages, images, downloads, feed) is still there today", () => {
    const today = new Set(addresses(DIST));
    const before = addresses(earlier);
    expect(before.filter((path) => path.startsWith('/images/')).length).toBeGreaterThan(0);
    expect(before.filter((path) => !today.has(path))).toEqual([]);
  });
});
