/**
 * The bad-input corpus: every file in test/bad-inputs/ is one broken (or deliberately odd) data file.
 * Each is dropped into a copy of test/fixtures/minimal/data/ on disk, the tree is loaded the way
 * `npm run validate` loads data/, and the messages must be exactly the ones the file lists.
 *
 * A corpus file starts with a header of `# key: value` comment lines, then the data file itself.
 * The header stays in the file that is written, so a message's line:column points at the corpus
 * file as you read it.
 *
 *   # rule: rejects a negative figure           what is checked (the test name)
 *   # target: reports/2005/2005-02.yaml         where the file goes in data/ (replaces or adds)
 *   # delete: reports/2005/2005-03.yaml         a fixture file to remove first (repeatable)
 *   # bytes: bom, crlf                          how to turn the text into bytes (see toBytes)
 *   # expect: data/…:15:17 units[1]…            every issue, in order (repeatable)
 *   # expect: nothing                           for a tree that must pass with no issue at all
 *
 * Messages name files as `data/<target>`: the tree is loaded with root = the temp folder.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../src/lib/validate/issues.ts';
import { loadData } from '../src/lib/model/load.ts';
import { MAX_FILE_BYTES } from '../src/lib/read/read-yaml.ts';

const here = import.meta.dirname;
const corpusDir = join(here, 'bad-inputs');
const fixture = join(here, 'fixtures', 'minimal', 'data');
/** Fixed, so "in the future" means the same thing every day the tests run. */
const CURRENT_PERIOD = '2026-11';
const HEADER_KEYS = new Set(['rule', 'target', 'delete', 'bytes', 'expect']);

interface Case {
  name: string;
  rule: string;
  target?: string;
  delete: string[];
  bytes: string[];
  expect: string[];
  text: string;
}

function parseCase(name: string): Case {
  const text = readFileSync(join(corpusDir, name), 'utf8');
  const header: Record<string, string[]> = {};
  for (const line of text.split('\n')) {
    const m = /^# (\w+): (.*)$/.exec(line);
    if (!m || !HEADER_KEYS.has(m[1])) break;
    (header[m[1]] ??= []).push(m[2]);
  }
  const one = (key: string) => (header[key]?.length === 1 ? header[key][0] : undefined);
  const rule = one('rule');
  if (!rule || !header.expect)
    throw new Error(`${name}: a corpus file needs one "# rule:" and at least one "# expect:" line`);
  const expectLines = header.expect.filter((e) => e !== 'nothing');
  if (expectLines.length > 0 && expectLines.length !== header.expect.length)
    throw new Error(`${name}: "# expect: nothing" cannot be mixed with messages`);
  return {
    name: name.replace(/\.yaml$/, ''),
    rule,
    target: one('target'),
    delete: header.delete ?? [],
    bytes: (one('bytes') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    expect: expectLines,
    text,
  };
}

/**
 * The bytes written for a case. Transforms, applied in this order:
 * `empty` zero bytes; `crlf` Windows line ends; `escapes` each \xNN becomes that raw byte (for
 * GBK text or a NUL); `bom` a UTF-8 byte order mark in front; `pad N` comment lines appended up to N bytes.
 */
function toBytes(text: string, transforms: string[]): Uint8Array {
  if (transforms.includes('empty')) return new Uint8Array();
  const body = transforms.includes('crlf') ? text.replace(/\n/g, '\r\n') : text;
  const pieces = transforms.includes('escapes') ? body.split(/(\\x[0-9a-fA-F]{2})/) : [body];
  const parts = pieces.map((piece) =>
    /^\\x[0-9a-fA-F]{2}$/.test(piece) ? Uint8Array.of(parseInt(piece.slice(2), 16)) : Buffer.from(piece, 'utf8'),
  );
  if (transforms.includes('bom')) parts.unshift(Uint8Array.of(0xef, 0xbb, 0xbf));
  const padTo = Number(/^pad (\d+)$/.exec(transforms.find((t) => t.startsWith('pad ')) ?? '')?.[1] ?? 0);
  const written = parts.reduce((n, p) => n + p.length, 0);
  if (padTo > written)
    parts.push(Buffer.from(`${'#'.repeat(99)}\n`.repeat(Math.ceil((padTo - written) / 100)).slice(0, padTo - written)));
  return Buffer.concat(parts);
}

/**
 * UPDATE_CORPUS=1: writes the messages found into the case's `# expect:` lines (review the diff as a clerk would read
 * it).
 */
function rewriteExpectations(c: Case, lines: string[]) {
  const path = join(corpusDir, `${c.name}.yaml`);
  const text = readFileSync(path, 'utf8');
  const header = text.split('\n');
  const first = header.findIndex((l) => l.startsWith('# expect: '));
  let end = first;
  while (header[end]?.startsWith('# expect: ')) end++;
  const expect = (lines.length > 0 ? lines : ['nothing']).map((l) => `# expect: ${l}`);
  writeFileSync(path, [...header.slice(0, first), ...expect, ...header.slice(end)].join('\n'));
  c.expect = lines;
}

/** Builds the tree in a fresh temp folder, loads it exactly as the CLI does, and cleans up. */
function runCase(c: Case) {
  const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
  try {
    cpSync(fixture, join(root, 'data'), { recursive: true });
    for (const file of c.delete) rmSync(join(root, 'data', file));
    if (c.target) {
      const path = join(root, 'data', c.target);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, toBytes(c.text, c.bytes));
    }
    const result = loadData({ root, currentPeriod: CURRENT_PERIOD });
    if (process.env.UPDATE_CORPUS) rewriteExpectations(c, result.issues.map(formatIssue));
    return result;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const cases = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map(parseCase);
const isError = (c: Case) => c.expect.some((line) => !line.includes(' 【提醒】应为：'));
const errorCases = cases.filter(isError);
const passingCases = cases.filter((c) => !isError(c));

describe('the minimal fixture', () => {
  it('is a valid data tree with no issues', () => {
    const result = loadData({ root: join(here, 'fixtures', 'minimal'), currentPeriod: CURRENT_PERIOD });
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.model?.reports.map((r) => r.period)).toEqual([
      '2004-01',
      '2004-02',
      '2004-03',
      '2005-01',
      '2005-02',
      '2005-03',
    ]);
  });
});

describe('the bad-input corpus', () => {
  it('holds at least 40 error cases and a few that must pass', () => {
    expect(errorCases.length).toBeGreaterThanOrEqual(40);
    expect(passingCases.length).toBeGreaterThanOrEqual(2);
  });

  it('generates an oversized file past the size cap', () => {
    const oversized = cases.find((c) => c.bytes.some((b) => b.startsWith('pad ')))!;
    expect(toBytes(oversized.text, oversized.bytes).length).toBeGreaterThan(MAX_FILE_BYTES);
  });

  describe('errors: nothing is published', () => {
    it.each(errorCases.map((c) => [`${c.rule} (${c.name})`, c] as const))('%s', (_, c) => {
      const result = runCase(c);
      expect(result.issues.map(formatIssue)).toEqual(c.expect);
      expect(result.model).toBeUndefined();
      expect(
        result.issues.filter((i) => !i.rule).map(formatIssue),
        'issues without the check that raised them',
      ).toEqual([]);
    });
  });

  describe('warnings and valid files: the data is published', () => {
    it.each(passingCases.map((c) => [`${c.rule} (${c.name})`, c] as const))('%s', (_, c) => {
      const result = runCase(c);
      expect(result.issues.map(formatIssue)).toEqual(c.expect);
      expect(result.model).toBeDefined();
    });
  });
});
