/**
 * Strict reading of one data file: YAML 1.2 core schema and nothing clever.
 * Anchors, aliases, tags, directives, merge keys, several documents, bad bytes
 * and oversized files are refused, because a clerk's file should mean exactly what it shows.
 */
import { LineCounter, parseAllDocuments, visit, isScalar, isMap, isSeq, isPair, type Document, type Node } from 'yaml';
import type { Issue, Path } from './issues.ts';

/** Files larger than this are refused: a month of 300 units is about 30 KB. */
export const MAX_FILE_BYTES = 2_000_000;

export interface SourceFile {
  file: string;
  /** The parsed value, plain JavaScript (objects, arrays, strings, numbers, booleans, null). */
  data: unknown;
  /** Line and column of the value at a path (or of the nearest parent that exists). */
  locate(path: Path, options?: { key?: boolean }): { line: number; col: number };
}

export interface ReadResult {
  source?: SourceFile;
  issues: Issue[];
}

/** Offset of the first byte that breaks UTF-8 (called only after a strict decode failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0 || i + extra >= bytes.length) return i;
    for (let k = 1; k <= extra; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return 0;
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function lineColAtByte(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
  return { line, col: offset - lineStart + 1 };
}

function issueAt(file: string, pos: { line: number; col: number }, expected: string, got: string, suggestion?: string, field = ''): Issue {
  return { severity: 'error', file, line: pos.line, col: pos.col, field, expected, got, suggestion };
}

export function readYaml(file: string, bytes: Uint8Array): ReadResult {
  const start = { line: 1, col: 1 };
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
    return { issues: [issueAt(file, start, `a file of at most ${mb(MAX_FILE_BYTES)}`, mb(bytes.length), 'split the data or check that the right file was saved')] };
  }
  const decoded = decodeUtf8(bytes);
  if (decoded === undefined) {
    const bad = firstInvalidUtf8(bytes);
    const hex = Array.from(bytes.slice(bad, bad + 2), (b) => b.toString(16).padStart(2, '0')).join(' ');
    return { issues: [issueAt(file, lineColAtByte(bytes, bad), 'text encoded as UTF-8', `the bytes ${hex}`, 'save the file as "UTF-8" (not GBK/GB2312) in your editor')] };
  }
  // TextDecoder drops a leading BOM by default: harmless, so accepted.
  const text = decoded;

  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, version: '1.2', schema: 'core', merge: false, uniqueKeys: true, prettyErrors: false });
  const pos = (offset: number) => lines.linePos(offset);
  if (!Array.isArray(docs) || docs.length === 0) {
    return { issues: [issueAt(file, start, 'a YAML mapping', 'an empty file')] };
  }
  if (docs.length > 1) {
    return { issues: [issueAt(file, pos(docs[1].range[0]), 'one document per file', 'a second document (after ---)', 'keep one month per file; remove the extra ---')] };
  }
  const doc = docs[0];
  const issues: Issue[] = [];
  for (const error of doc.errors) {
    const at = pos(error.pos[0]);
    if (error.code === 'DUPLICATE_KEY') {
      issues.push(issueAt(file, at, 'each key once in a mapping', 'a key written twice', 'delete or rename one of the two'));
    } else {
      issues.push(issueAt(file, at, 'valid YAML', error.message.split('\n')[0], 'check indentation, colons and quotes on this line'));
    }
  }
  if (issues.length > 0) return { issues };

  const directive = /^%\S*/m.exec(text.slice(0, text.search(/^---/m) >= 0 ? text.search(/^---/m) : 0));
  if (directive) {
    issues.push(issueAt(file, pos(directive.index), 'no directives', `the directive ${directive[0]}`, 'delete the line starting with %'));
  }
  // Node ranges start at the value; step back to the & or ! the clerk actually typed.
  const markBefore = (offset: number, mark: string) => {
    const at = text.lastIndexOf(mark, offset);
    return at >= 0 ? at : offset;
  };
  visit(doc, {
    Alias(_, node) {
      issues.push(issueAt(file, pos(node.range?.[0] ?? 0), 'a plain value', `an alias (*${node.source})`, 'write the value out in full; aliases are not allowed'));
    },
    Node(_, node) {
      const offset = node.range?.[0] ?? 0;
      if (node.anchor) {
        issues.push(issueAt(file, pos(markBefore(offset, `&${node.anchor}`)), 'a plain value', `an anchor (&${node.anchor})`, 'remove the &name; anchors are not allowed'));
      }
      if (node.tag) {
        let at = markBefore(offset, '!');
        while (at > 0 && text[at - 1] === '!') at--; // !!str has two
        const written = /^!\S*/.exec(text.slice(at))?.[0] ?? node.tag;
        issues.push(issueAt(file, pos(at), 'a plain value', `the tag ${written}`, 'remove the tag (the word starting with !)'));
      }
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<') {
        issues.push(issueAt(file, pos(pair.key.range?.[0] ?? 0), 'an ordinary key', 'a merge key (<<)', 'write the fields out in full; merge keys are not allowed'));
      }
    },
  });
  if (issues.length > 0) return { issues };
  if (doc.contents === null) return { issues: [issueAt(file, start, 'a YAML mapping', 'an empty file')] };

  return { issues, source: { file, data: doc.toJS(), locate: (path, options) => pos(offsetOf(doc, path, options?.key ?? false)) } };
}

/** Source offset of the node at `path`, or of its nearest existing parent. */
function offsetOf(doc: Document.Parsed, path: Path, wantKey: boolean): number {
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return offset;
      const keyOffset = (pair.key as Node).range?.[0] ?? offset;
      if (last && wantKey) return keyOffset;
      node = pair.value;
      offset = (node as Node | null)?.range?.[0] ?? keyOffset;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      node = node.items[segment];
      offset = (node as Node | null)?.range?.[0] ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}
