/**
 * The docs name what the code has: every `npm run …` in README.md and docs/*.md is a script of
 * package.json, and the memory settings scripts/build.sh exports are the ones docs/decisions.md
 * lists, as many as docs/commands.md and decisions.md say.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).map((name) => `docs/${name}`)].filter((p) =>
  p.endsWith('.md'),
);
const scripts = Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>);

/** The settings build.sh gives astro: exported variables and the NODE_OPTIONS flags it adds. */
function buildSettings(): string[] {
  const sh = read('scripts/build.sh');
  const variables = [...sh.matchAll(/^export ((?:MI)?MALLOC_\w+)=/gm)].map((m) => m[1]);
  const flags = [...new Set([...sh.matchAll(/\*\) export NODE_OPTIONS=.*?(--[\w-]+)/g)].map((m) => m[1]))];
  return [...variables, ...flags];
}
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

describe('the docs and the code', () => {
  it('name only npm scripts that package.json has', () => {
    const named = pages.flatMap((page) =>
      [...read(page).matchAll(/npm run ([a-z][\w:-]*)/g)].map((m) => ({ page, name: m[1] })),
    );
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter(({ name }) => !scripts.includes(name))).toEqual([]);
  });

  it('list every memory setting build.sh sets in decisions.md, and count them as it does', () => {
    const settings = buildSettings();
    expect(settings).toHaveLength(6);
    const decisions = read('docs/decisions.md');
    expect(settings.filter((s) => !decisions.includes(s))).toEqual([]);
    const word = NUMBERS[settings.length];
    for (const page of ['docs/commands.md', 'docs/decisions.md', 'scripts/build.sh'])
      for (const [, said] of read(page).matchAll(/(\w+) memory settings/g)) expect(said, page).toBe(word);
  });
});
