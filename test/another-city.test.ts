/**
 * Nothing of the first city is written in code: with data/ replaced by another city's board —
 * other ids, names, groups, indicators, subject and unit of measure (test/golden/other-city) —
 * `npm run validate` and `astro build` pass, and no built file names the first city, its groups,
 * its indicators, its subject or its unit of measure. The first city's words come from the
 * minimal fixture, which is a small copy of its board.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { PROGRAM_MS, runNode } from './support/setup.ts';

const root = join(import.meta.dirname, '..');
const otherCity = join(import.meta.dirname, 'golden', 'other-city');
const firstCity = join(import.meta.dirname, 'fixtures', 'minimal', 'data');
const outDir = mkdtempSync(join(tmpdir(), 'another-city-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const yaml = (file: string) => parse(readFileSync(join(firstCity, file), 'utf8'));
const site = yaml('site.yaml');
const units = yaml('units.yaml');
const indicators = yaml('indicators.yaml').indicators as Array<{ name: string; shortName?: string; unit: string }>;
/** Words that belong to the first city alone (the shipped board's city, offices and indicators among them). */
const firstCityWords = [
  '大丰',
  '督查室',
  '外经局',
  '利用外资',
  '万美元',
  site.city,
  site.subject,
  site.publisher,
  ...units.groups.map((g: { name: string }) => g.name).filter((n: string) => n.length > 1),
  ...indicators.flatMap((i) => [i.name, i.unit]),
];

const node = (args: string[], cwd: string, env: Record<string, string> = {}) =>
  runNode(args, { cwd, env, timeoutMs: 180_000 });

describe('a board of another city', () => {
  it(
    'passes npm run validate',
    () => {
      const run = node([join(root, 'scripts/board.ts'), 'validate'], otherCity, { BOARD_CURRENT_PERIOD: '2026-11' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    },
    PROGRAM_MS,
  );

  it('builds, and no built file names the first city, its groups, indicators, subject or unit of measure', () => {
    const run = node([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], root, {
      BOARD_ROOT: otherCity,
      BOARD_CURRENT_PERIOD: '2026-11',
    });
    expect(run.status, run.stderr).toBe(0);
    const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.(html|csv|json|txt|xml)$/.test(d.name))
      .map((d) => join(d.parentPath, d.name));
    expect(files.length).toBeGreaterThan(30);
    const leaks = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return firstCityWords.filter((word) => text.includes(word)).map((word) => `${relative(outDir, file)}: ${word}`);
    });
    expect(leaks).toEqual([]);
    // And the other city is there.
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('青禾县外贸出口排行榜');
    // A county's board speaks of the whole county (全县), not of a city.
    const pages = files
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('');
    expect(pages).toContain('全县');
    expect(pages).not.toContain('全市');
    // Its revision is marked on the figure and listed, with the unit's place before and after.
    expect(readFileSync(join(outDir, 'rankings/2024-03/index.html'), 'utf8')).toContain(
      'href="/corrections/#r-2024-03-gaoxinyuan-projects">已修订</a>',
    );
    expect(readFileSync(join(outDir, 'corrections/index.html'), 'utf8')).toContain(
      '一个项目 3 月已落地、4 月才报来，补入 1—3 月',
    );
  }, 180_000);

  it('carries no government-site items (its site.yaml has none): no 主办单位, 备案号, 找错 link or Site… meta', () => {
    const pages = readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.html'))
      .map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'));
    expect(pages.length).toBeGreaterThan(10);
    for (const mark of [
      'gov-footer',
      '主办单位',
      'ICP备',
      '公网安备',
      '网站标识码',
      '我为政府网站找错',
      'name="SiteName"',
    ])
      expect(pages.filter((page) => page.includes(mark)).length, mark).toBe(0);
    // …while its /sitemap/ page lists its sections and months.
    expect(readFileSync(join(outDir, 'sitemap/index.html'), 'utf8')).toContain('href="/rankings/2024-03/"');
  });

  it('leaves the ledger sections out when the board has no ledger files (no pages, no links, no downloads)', () => {
    const ledgerPaths = ['projects', 'events', 'cooperation', 'service'];
    expect(ledgerPaths.filter((dir) => existsSync(join(outDir, dir)))).toEqual([]);
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(ledgerPaths.filter((dir) => home.includes(`href="/${dir}/"`))).toEqual([]);
    expect(
      readdirSync(join(outDir, 'data')).filter((f) => /^(projects|events|signings|cooperation|service)/.test(f)),
    ).toEqual([]);
  });
});
