/**
 * Strict reading of one data file: YAML 1.2 core schema and nothing clever.
 * Anchors, aliases, tags, directives, merge keys, several documents, bad bytes
 * and oversized files are refused, because a clerk's file should mean exactly what it shows.
 */
import { LineCounter, parseAllDocuments, visit, isScalar, isMap, isSeq, isPair, type Document, type Node, type YAMLError } from 'yaml';
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

/** The text as GBK would read it, when it reads cleanly: tells the clerk what the bytes were. */
function asGbk(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Where text that is not UTF-8 starts: the first non-ASCII byte of the run holding the first bad
 * byte (GBK pairs can pass for UTF-8 by chance), as line and column in characters.
 */
function badBytes(bytes: Uint8Array): { pos: { line: number; col: number }; got: string } {
  const bad = firstInvalidUtf8(bytes);
  let lineStart = bad;
  while (lineStart > 0 && bytes[lineStart - 1] !== 0x0a) lineStart--;
  let start = bad;
  while (start > lineStart && bytes[start - 1] >= 0x80) start--;
  let end = bad;
  while (end < bytes.length && bytes[end] >= 0x80) end++;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  const col = new TextDecoder().decode(bytes.slice(lineStart, start)).length + 1;
  const run = bytes.slice(start, Math.min(end, start + 8));
  const hex = Array.from(run, (b) => b.toString(16).padStart(2, '0')).join(' ');
  const gbk = end - start <= 40 ? asGbk(bytes.slice(start, end)) : undefined;
  return { pos: { line, col }, got: `the bytes ${hex}${end > start + 8 ? ' …' : ''}${gbk ? ` ("${gbk}" in GBK)` : ''}` };
}

/** Control characters have no place in a data file (YAML forbids them too); tab, LF and CR are fine. */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

function issueAt(file: string, pos: { line: number; col: number }, expected: string, got: string, suggestion?: string, field = ''): Issue {
  return { severity: 'error', file, line: pos.line, col: pos.col, field, expected, got, suggestion };
}

interface Explained {
  offset: number;
  expected: string;
  got: string;
  suggestion?: string;
}

/** Column (1-based) where the content of the line starting at `start` begins, after indentation and "- ". */
function contentColumn(text: string, start: number): number {
  return /^[ \t]*(?:-[ \t]+)*/.exec(text.slice(start))![0].length + 1;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The text of the line starting at `start`, without its line end. */
function lineFrom(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
}

/** Start of the first content line after the one holding `offset` (skipping blank and comment lines). */
function nextContentLine(text: string, offset: number): number | undefined {
  for (let at = text.indexOf('\n', offset); at >= 0; at = text.indexOf('\n', at + 1)) {
    const line = lineFrom(text, at + 1).trim();
    if (line !== '' && !line.startsWith('#')) return at + 1;
  }
  return undefined;
}

/** The `{` or `[` left open before `offset`. */
function unclosedOpener(text: string, offset: number, open: string, close: string): number {
  let depth = 0;
  for (let i = offset - 1; i >= 0; i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open && depth-- === 0) return i;
  }
  return offset;
}

/** A YAML syntax error in the clerk's terms, pointing at what they typed. */
function explainSyntaxError(text: string, error: YAMLError): Explained {
  const offset = error.pos[0];
  const lineStart = lineStartOf(text, offset);
  const lineText = lineFrom(text, lineStart);
  const message = error.message.split('\n')[0];
  if (error.code === 'TAB_AS_INDENT') {
    return { offset, expected: 'spaces for indentation', got: 'a tab', suggestion: 'replace the tab with spaces (YAML does not allow tabs at the start of a line)' };
  }
  const quote = /Missing closing (["'])quote/.exec(message);
  if (quote) {
    const q = quote[1];
    return { offset: text.lastIndexOf(q, offset - 1), expected: `a closing ${q} for the text opened here`, got: `no closing ${q}`, suggestion: `add ${q} at the end of the text, or remove the opening ${q}` };
  }
  const flow = /Flow (map|sequence) .* end with a ([}\]])/.exec(message);
  if (flow) {
    const [open, close] = flow[2] === '}' ? ['{', '}'] : ['[', ']'];
    const line = text.slice(0, offset).split('\n').length;
    return { offset: unclosedOpener(text, offset, open, close), expected: `a ${close} closing this ${open} on the same line`, got: `no ${close} before line ${line}`, suggestion: `add the missing ${close}` };
  }
  // 字段：值 typed with the Chinese input method: the line has no real colon at all.
  const fullWidthColon = lineText.indexOf('：');
  if (fullWidthColon >= 0 && /IMPLICIT_KEY|MISSING_CHAR/.test(error.code) && !lineText.slice(0, fullWidthColon).includes(': ')) {
    return { offset: lineStart + fullWidthColon, expected: 'a half-width colon and a space (key: value)', got: 'a full-width colon "："', suggestion: 'switch the input method to half-width punctuation for the colon' };
  }
  // A line indented deeper than the one above is read as part of its value; one indented less, as a new item.
  const deeper = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? nextContentLine(text, offset) : undefined;
  if (deeper !== undefined || message.startsWith('Sequence item without -')) {
    const at = deeper ?? lineStart;
    const above = deeper === undefined ? lineStartOf(text, lineStart - 1) : lineStart;
    const want = contentColumn(text, above);
    const got = contentColumn(text, at);
    return { offset: at + got - 1, expected: `this line to start in column ${want}, like the line above`, got: `column ${got}`, suggestion: 'fields of one entry line up under each other; fix the spaces at the start of the line' };
  }
  if (error.code === 'MULTILINE_IMPLICIT_KEY' || message.startsWith('Implicit map keys need to be followed')) {
    return { offset, expected: 'a line written "key: value"', got: `a line without ": " (${JSON.stringify(lineText.trim().slice(0, 30))})`, suggestion: 'put a colon and a space after the field name' };
  }
  return { offset, expected: 'valid YAML', got: message, suggestion: 'check indentation, colons and quotes on this line' };
}

/** The key written at `offset` (where the parser reports a duplicate). */
function keyAt(text: string, offset: number): string {
  const key = /^("[^"\n]*"|'[^'\n]*'|[^:,{}\n]*?)\s*:/.exec(text.slice(offset))?.[1] ?? '';
  return key.replace(/^["']|["']$/g, '');
}

export function readYaml(file: string, bytes: Uint8Array): ReadResult {
  const start = { line: 1, col: 1 };
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
    return { issues: [issueAt(file, start, `a file of at most ${mb(MAX_FILE_BYTES)}`, mb(bytes.length), 'split the data or check that the right file was saved')] };
  }
  const decoded = decodeUtf8(bytes);
  if (decoded === undefined) {
    const { pos: at, got } = badBytes(bytes);
    return { issues: [issueAt(file, at, 'text encoded as UTF-8', got, 'save the file as "UTF-8" (not GBK/GB2312) in your editor')] };
  }
  // TextDecoder drops a leading BOM by default: harmless, so accepted.
  const text = decoded;
  if (text.trim() === '') return { issues: [issueAt(file, start, 'a YAML mapping', 'an empty file')] };

  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, version: '1.2', schema: 'core', merge: false, uniqueKeys: true, prettyErrors: false });
  const pos = (offset: number) => lines.linePos(offset);
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return { issues: [issueAt(file, pos(control.index), 'printable text', `the control character U+${code}`, 'the file may be damaged or not a text file; delete the character or re-save the file as UTF-8 text')] };
  }
  const onlyComments = issueAt(file, start, 'a YAML mapping', 'only comments, no data');
  if (!Array.isArray(docs) || docs.length === 0) return { issues: [onlyComments] };
  if (docs.length > 1) {
    return { issues: [issueAt(file, pos(docs[1].range[0]), 'one document per file', 'a second document (after ---)', 'keep one month per file; remove the extra ---')] };
  }
  const doc = docs[0];
  const issues: Issue[] = [];
  // Duplicate keys are each their own mistake; after any other syntax error the rest of the parse
  // is guesswork, so only the first is reported.
  for (const error of doc.errors.filter((e) => e.code === 'DUPLICATE_KEY')) {
    const key = keyAt(text, error.pos[0]);
    issues.push(issueAt(file, pos(error.pos[0]), 'each key once in a mapping', `"${key}" a second time`, 'delete or rename one of the two'));
  }
  const syntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  if (syntax) {
    const { offset, expected, got, suggestion } = explainSyntaxError(text, syntax);
    issues.push(issueAt(file, pos(offset), expected, got, suggestion));
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
      } else if (isMap(pair.key) || isSeq(pair.key)) {
        const kind = isMap(pair.key) ? 'a mapping {…}' : 'a list […]';
        issues.push(issueAt(file, pos(pair.key.range?.[0] ?? 0), 'a field name as key', `${kind} used as a key`, 'remove the ":" after the closing bracket, or the "?" before it'));
      }
    },
  });
  if (issues.length > 0) return { issues };
  if (doc.contents === null) return { issues: [onlyComments] };

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
