/**
 * Hostile or mangled files never crash the validator: a seeded run of random edits to a valid tree
 * (bytes flipped, lines dropped or doubled, characters inserted) must always end in either a model
 * or a list of issues, each pointing at a real file, line and column.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../src/lib/validate/issues.ts';
import { type SourceFile } from '../src/lib/read/read-yaml.ts';
import { readDataFile, checkTree } from '../src/lib/model/load.ts';
import { seededRandom } from './support/random.ts';

const root = join(import.meta.dirname, 'fixtures', 'minimal');
const files = readdirSync(join(root, 'data'), { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name.endsWith('.yaml'))
  .map((d) => ({ file: relative(root, join(d.parentPath, d.name)), bytes: readFileSync(join(d.parentPath, d.name)) }));

const NASTY = [
  ':',
  '-',
  '&a',
  '*a',
  '!!',
  '<<',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '#',
  '\t',
  '\r',
  '\n',
  '%',
  '---',
  '？',
  '：',
  '１',
  '万',
  '\u0000',
  '\ufeff',
  '.nan',
  '-.inf',
  '1e999',
  '0x1F',
  '~',
  'null',
  '? ',
];

function mutate(bytes: Buffer, next: () => number): Buffer {
  const pick = (n: number) => Math.floor(next() * n);
  const text = bytes.toString('utf8');
  const lines = text.split('\n');
  switch (pick(5)) {
    case 0: {
      // flip a byte
      const copy = Buffer.from(bytes);
      copy[pick(copy.length)] = pick(256);
      return copy;
    }
    case 1:
      lines.splice(pick(lines.length), 1);
      break; // drop a line
    case 2: {
      const i = pick(lines.length);
      lines.splice(i, 0, lines[i]);
      break;
    } // double a line
    case 3: {
      // insert a nasty token
      const i = pick(lines.length);
      const at = pick(lines[i].length + 1);
      lines[i] = lines[i].slice(0, at) + NASTY[pick(NASTY.length)] + lines[i].slice(at);
      break;
    }
    default: {
      const i = pick(lines.length);
      lines[i] = ' '.repeat(pick(4)) + lines[i];
    } // shift indentation
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}

describe('the validator under random damage', () => {
  it('never throws, and every issue points at a real place (600 seeded mutations)', () => {
    const next = seededRandom(20051121);
    let rejected = 0;
    for (let round = 0; round < 600; round++) {
      const victim = Math.floor(next() * files.length);
      const edits = 1 + Math.floor(next() * 3);
      let bytes: Buffer = files[victim].bytes;
      for (let e = 0; e < edits; e++) bytes = mutate(bytes, next);
      const sources: SourceFile[] = [];
      const issues = [];
      const unreadable = new Set<string>();
      for (const [i, f] of files.entries()) {
        const read = readDataFile(f.file, i === victim ? bytes : f.bytes);
        issues.push(...read.issues);
        if (read.source) sources.push(read.source);
        else unreadable.add(f.file);
      }
      let result;
      try {
        result = checkTree(sources, { dataDir: 'data', currentPeriod: '2026-11', unreadable });
      } catch (error) {
        throw new Error(
          `round ${round}: validator threw on ${files[victim].file}:\n${bytes.toString('utf8')}\n${error}`,
          { cause: error },
        );
      }
      const all = [...issues, ...result.issues];
      for (const issue of all) {
        expect(files.some((f) => f.file === issue.file) || issue.file.startsWith('data/'), formatIssue(issue)).toBe(
          true,
        );
        expect(issue.line, formatIssue(issue)).toBeGreaterThanOrEqual(1);
        expect(issue.col, formatIssue(issue)).toBeGreaterThanOrEqual(1);
        expect(formatIssue(issue)).not.toMatch(/undefined|\[object Object\]|NaN:/);
      }
      if (process.env.FUZZ_SHOW && round % 15 === 0) console.log(all.slice(0, 2).map(formatIssue).join('\n'));
      if (all.some((i) => i.severity === 'error')) rejected++;
      else expect(result.model, `round ${round}: no error but no model`).toBeDefined();
    }
    if (process.env.FUZZ_SHOW) console.log(`rejected ${rejected} of 600`);
    expect(rejected).toBeGreaterThan(300); // most random damage must be caught
  }, 60_000);
});
