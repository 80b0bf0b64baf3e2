/**
 * Hostile text: a board whose every text reads like HTML, script, a link or a spreadsheet formula
 * (test/fixtures/hostile: `</script>`, quotes of every kind, `javascript:`, `=HYPERLINK(…)`, `+ - @`
 * at the start, `<img onerror>`, entities, CDATA ends, very long names) validates and builds, and
 * every output shows the text as text: no element or attribute it carries reaches a page, a feed or
 * an image; JSON gives it back exactly; no CSV cell starts a formula. Every injected tag carries a
 * `data-pwn` attribute, so an element that escaped is found by that attribute.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { HTML_RULES } from './support/html-rules.ts';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRAM_MS, runNode } from './support/setup.ts';
import { parse as parseYaml } from 'yaml';

const root = join(import.meta.dirname, '..');
const board = join(import.meta.dirname, 'fixtures', 'hostile');
const outDir = mkdtempSync(join(tmpdir(), 'hostile-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const node = (args: string[], cwd: string, env: Record<string, string> = {}) =>
  runNode(args, { cwd, env: { BOARD_CURRENT_PERIOD: '2026-11', ...env }, timeoutMs: 240_000 });

const yaml = (file: string) => parseYaml(readFileSync(join(board, 'data', file), 'utf8'));
const site = yaml('site.yaml') as Record<string, string>;
const units = yaml('units.yaml').units as Array<{ id: string; name: string; shortName?: string }>;
const groups = yaml('units.yaml').groups as Array<{ name: string }>;

const files = (ext: RegExp) =>
  readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && ext.test(d.name))
    .map((d) => join(d.parentPath, d.name));
const at = (file: string) => relative(outDir, file);
const text = (file: string) => readFileSync(file, 'utf8');

let build: ReturnType<typeof node>;
beforeAll(() => {
  build = node([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], root, {
    BOARD_ROOT: board,
  });
}, 240_000);

/** Attributes that would run script or load a link, and what an element may never be. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data'];
function dangers(doc: HTMLElement, where: string): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    const tag = el.rawTagName?.toLowerCase();
    for (const [name, value] of Object.entries(el.attributes)) {
      const key = name.toLowerCase();
      if (key === 'data-pwn' || key.startsWith('on')) found.push(`${where}: <${tag} ${name}>`);
      if (
        URL_ATTRIBUTES.includes(key) &&
        /^\s*(javascript|vbscript|data:text\/html)/i.test(value.replace(/[\s\u0000-\u001f]/g, ''))
      )
        found.push(`${where}: <${tag} ${name}="${value}">`);
    }
    if (tag === 'script' && /alert|data-pwn/.test(el.rawText)) found.push(`${where}: a script holding the text`);
    if (tag === 'style' && /display:none|data-pwn/.test(el.rawText)) found.push(`${where}: a style holding the text`);
    if (['iframe', 'object', 'embed', 'foreignobject'].includes(tag)) found.push(`${where}: <${tag}>`);
  }
  return found;
}
const html = (source: string) =>
  parseHtml(source, { comment: true, blockTextElements: { script: true, style: true, pre: true, noscript: true } });

describe('a board of hostile text', () => {
  it(
    'passes npm run validate: none of it is refused, because none of it is hidden',
    () => {
      const run = node([join(root, 'scripts/board.ts'), 'validate'], board);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    },
    PROGRAM_MS,
  );

  it(
    'is refused once a name holds the one thing it may not: a right-to-left override',
    () => {
      const copy = mkdtempSync(join(tmpdir(), 'hostile-rlo-'));
      try {
        cpSync(join(board, 'data'), join(copy, 'data'), { recursive: true });
        const file = join(copy, 'data', 'units.yaml');
        writeFileSync(file, readFileSync(file, 'utf8').replace('"+裕华镇"', '"+裕华\u202E镇"'));
        const run = node([join(root, 'scripts/board.ts'), 'validate', '--format', 'json'], copy);
        expect(run.status).toBe(1);
        expect(JSON.parse(run.stdout)).toMatchObject([
          { file: 'data/units.yaml', field: 'units[3].name', rule: 'hidden-characters' },
        ]);
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    },
    PROGRAM_MS,
  );

  it('builds the whole site', () => {
    expect(build.status, build.stderr).toBe(0);
    expect(files(/\.html$/).length).toBeGreaterThan(40);
  });

  describe('pages', () => {
    it('carry no element, attribute, script or javascript: link from the text', () => {
      const found = files(/\.html$/).flatMap((file) => dangers(html(text(file)), at(file)));
      expect(found).toEqual([]);
    });

    it("show each unit's name as text, exactly as written, on its page", () => {
      for (const unit of units) {
        const page = html(text(join(outDir, 'units', unit.id, 'index.html')));
        expect(page.querySelector('h1')?.text, unit.id).toContain(unit.name);
        expect(page.querySelector('title')?.text).toContain(unit.name);
      }
    });

    it('keep the text inside attributes: the preview title and description read back exactly', () => {
      const home = html(text(join(outDir, 'index.html')));
      expect(home.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe(site.title);
      expect(home.querySelector('title')?.text).toContain(site.title);
    });

    it('are valid HTML (html-validate:recommended), long names included', async () => {
      // Titles are long on purpose here: a search engine cuts them, nothing breaks.
      const validator = new HtmlValidate(
        new FileSystemConfigLoader({ ...HTML_RULES, rules: { ...HTML_RULES.rules, 'long-title': 'off' } }),
      );
      const errors: string[] = [];
      for (const file of files(/\.html$/)) {
        const report = await validator.validateFile(file);
        for (const m of report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2))
          errors.push(`${at(file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
      expect(errors).toEqual([]);
    }, 60_000);
  });

  describe('downloads', () => {
    it('JSON parses and gives every name back exactly', () => {
      const strings = new Set<string>();
      const collect = (value: unknown): void => {
        if (typeof value === 'string') strings.add(value);
        else if (value && typeof value === 'object') Object.values(value).forEach(collect);
      };
      for (const file of files(/\.json$/)) collect(JSON.parse(text(file)));
      expect(units.map((u) => u.name).filter((name) => !strings.has(name))).toEqual([]);
    });

    it("CSV: no cell starts a formula; text that looks like one is kept, behind a '", () => {
      const formula = /^[=+\-@\t\r]/;
      const number = /^[+-]?\d[\d.,]*%?$/;
      const cells = files(/\.csv$/).flatMap((file) =>
        (parseCsv(text(file), { bom: true, relax_column_count: true }) as string[][])
          .flat()
          .map((cell) => ({ file: at(file), cell })),
      );
      expect(cells.length).toBeGreaterThan(500);
      expect(cells.filter(({ cell }) => formula.test(cell) && !number.test(cell))).toEqual([]);
      const values = new Set(cells.map((c) => c.cell));
      const written = (name: string) => (formula.test(name) ? `'${name}` : name);
      expect(units.map((u) => u.name).filter((name) => !values.has(written(name)))).toEqual([]);
    });
  });

  describe('the RSS feed', () => {
    it('parses, carries the title exactly, and its HTML bodies show the text as text', () => {
      const xml = text(join(outDir, 'feed.xml'));
      const feed = parseFeed(xml);
      // As XML says it (readers then decode entities once more, as in HTML: "&amp;" shows as "&").
      const decodeXml = (s: string) =>
        s.replace(
          /&(lt|gt|quot|apos|amp);/g,
          (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!,
        );
      expect(decodeXml(/<channel><title>([^<]*)<\/title>/.exec(xml)![1])).toBe(site.title);
      expect(feed.title).toBe(site.title.replace('&amp;', '&'));
      // One item per published month, and one per revision of a published figure.
      const months = readdirSync(join(outDir, 'rankings')).filter((d) => /^\d{4}-\d{2}$/.test(d)).length;
      const revisions = feed.items.filter((i) => i.url?.includes('/corrections/'));
      expect(revisions.length).toBeGreaterThan(0);
      expect(feed.items.length).toBe(months + revisions.length);
      // A description is HTML to a reader: as HTML it holds no element from the text, and reads as the text.
      const bodies = [...xml.matchAll(/<item>.*?<description>([^<]*)<\/description>/g)].map((m) => decodeXml(m[1]));
      expect(bodies).toHaveLength(feed.items.length);
      for (const body of bodies) expect(dangers(html(body), body.slice(0, 40))).toEqual([]);
      expect(feed.items.map((i) => i.description).join('')).toContain(groups[0].name);
      for (const item of feed.items.filter((i) => !revisions.includes(i))) expect(item.title).toContain(site.subject);
    });
  });

  describe('images', () => {
    it('are drawn: every slide, preview and long image is a PNG of some size', () => {
      const pngs = files(/\.png$/);
      // Each kind is drawn (src/lib/images/catalogue.ts lists which).
      for (const kind of ['/images/slides/', '/images/preview/', '/images/long/'])
        expect(
          pngs.some((f) => f.includes(kind)),
          kind,
        ).toBe(true);
      for (const file of pngs) {
        const bytes = readFileSync(file);
        expect(bytes.subarray(1, 4).toString(), at(file)).toBe('PNG');
        expect(bytes.length, at(file)).toBeGreaterThan(2_000);
      }
    });

    it('SVG slides hold no script, link or element from the text', () => {
      const svgs = files(/\.svg$/);
      expect(svgs.length).toBeGreaterThan(0);
      for (const file of svgs) expect(dangers(html(text(file)), at(file))).toEqual([]);
    });
  });
});
