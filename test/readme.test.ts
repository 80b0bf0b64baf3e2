/**
 * README.md is the front door: short, with the two commands exactly as `.ci/run` and a newcomer use
 * them, and links to docs/ for the rest. Every relative link in README.md and docs/*.md must point
 * at a file that exists (and a `#fragment` at a heading of that file), so no page links to what is
 * not there. Links are read with marked's lexer; heading anchors are made as GitHub makes them
 * (github-slugger).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const README = join(ROOT, 'README.md');
const MAX_README_BYTES = 6.5 * 1024;
const COMMANDS = ['npm install && npm start', 'npm run test:all'];

const docs = readdirSync(join(ROOT, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => join(ROOT, 'docs', name));
const pages = [README, ...docs];

/** Every token of a Markdown text, nested ones (inside lists, tables, emphasis) included. */
function tokensOf(markdown: string): Token[] {
  const all: Token[] = [];
  marked.walkTokens(marked.lexer(markdown), (token) => {
    all.push(token);
  });
  return all;
}

/** The text a heading shows (code spans without their backticks), as GitHub slugs it. */
function shownText(token: Token): string {
  if ('tokens' in token && token.tokens?.length) return token.tokens.map(shownText).join('');
  return 'text' in token ? token.text : '';
}

const anchorsCache = new Map<string, Set<string>>();
/** The `#fragment`s GitHub gives the headings of a Markdown file. */
function anchorsOf(file: string): Set<string> {
  let anchors = anchorsCache.get(file);
  if (!anchors) {
    const slugger = new GithubSlugger();
    anchors = new Set(
      tokensOf(readFileSync(file, 'utf8'))
        .filter((t) => t.type === 'heading')
        .map((t) => slugger.slug(shownText(t))),
    );
    anchorsCache.set(file, anchors);
  }
  return anchors;
}

const isExternal = (href: string) => /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');

/** What is wrong with each relative link of a Markdown file: a missing file, or a missing heading. */
function brokenLinks(file: string): string[] {
  const broken: string[] = [];
  for (const token of tokensOf(readFileSync(file, 'utf8'))) {
    if (token.type !== 'link' && token.type !== 'image') continue;
    const href: string = token.href;
    if (isExternal(href)) continue;
    const [path, fragment] = href.split('#') as [string, string | undefined];
    const target = path === '' ? file : join(dirname(file), decodeURI(path));
    const where = `${relative(ROOT, file)}: ${href}`;
    if (!existsSync(target)) broken.push(`${where} (no such file)`);
    else if (fragment && statSync(target).isFile() && target.endsWith('.md') && !anchorsOf(target).has(fragment))
      broken.push(`${where} (no such heading)`);
  }
  return broken;
}

describe('README.md, the front door', () => {
  const readme = readFileSync(README, 'utf8');

  it(`stays under ${MAX_README_BYTES} bytes: the rest lives in docs/`, () => {
    expect(Buffer.byteLength(readme)).toBeLessThan(MAX_README_BYTES);
  });

  it('keeps both commands verbatim, each on a line of its own in a shell block', () => {
    const shellLines = tokensOf(readme)
      .filter((t): t is Tokens.Code => t.type === 'code' && t.lang === 'sh')
      .flatMap((t) => t.text.split('\n'));
    for (const command of COMMANDS)
      expect(shellLines.some((line) => line === command || line.startsWith(`${command} `))).toBe(true);
  });

  it('keeps the test command that .ci/run calls', () => {
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/^npm run test:all$/m);
  });

  it('links every page in docs/', () => {
    const linked = new Set(
      tokensOf(readme)
        .filter((t): t is Tokens.Link => t.type === 'link' && !isExternal(t.href))
        .map((t) => join(ROOT, t.href.split('#')[0])),
    );
    expect(docs.filter((page) => !linked.has(page)).map((page) => relative(ROOT, page))).toEqual([]);
  });
});

describe('links in README.md and docs/*.md', () => {
  it('finds the links it checks (a page of docs links somewhere)', () => {
    expect(pages.flatMap((file) => tokensOf(readFileSync(file, 'utf8'))).some((t) => t.type === 'link')).toBe(true);
  });

  it.each(pages.map((file) => [relative(ROOT, file), file]))(
    '%s: every relative link points at a file (and heading) that exists',
    (_name, file) => {
      expect(brokenLinks(file)).toEqual([]);
    },
  );
});
