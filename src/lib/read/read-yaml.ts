/**
 * Strict reading of one data file: YAML 1.2 core schema and nothing clever.
 * Anchors, aliases, tags, directives, merge keys, several documents, bad bytes
 * and oversized files are refused, because a clerk's file should mean exactly what it shows.
 */
import {
  LineCounter,
  parseAllDocuments,
  visit,
  isScalar,
  isMap,
  isSeq,
  isPair,
  type Document,
  type EmptyStream,
  type Node,
} from 'yaml';
import type { Issue, Path } from './issue.ts';
import { badBytes, decodeUtf8 } from './text-encoding.ts';
import { explainSyntaxError, keyAt } from './yaml-syntax.ts';
import { lintLines } from './text-lint.ts';
import { CONTROL } from './invisible.ts';
import { quickLoad } from './fast-yaml.ts';
import { t } from '../messages/index.ts';

/** Characters without which no anchor, alias, tag, merge key or complex key can be written. */
const MAYBE_FORBIDDEN = /[&*!?]|<<|[}\]]\s*:/;

/** A line starting with % (a directive): only `yaml` reports it. */
const DIRECTIVE = /^%/m;

/** Files larger than this are refused: a month of 300 units is about 30 KB. */
export const MAX_FILE_BYTES = 2_000_000;

export interface SourceFile {
  file: string;
  /** The parsed value, plain JavaScript (objects, arrays, strings, numbers, booleans, null). */
  data: unknown;
  /** Line and column of the value at a path (or of the nearest parent that exists). */
  locate(path: Path, options?: { key?: boolean }): { line: number; col: number };
}

/** A file read and checked against its kind's schema: where it came from, and its value. */
export interface Parsed<T> {
  source: SourceFile;
  value: T;
}

export interface ReadOptions {
  /** The fields holding free text (marked in the schemas), where an unquoted " #" would cut the text. */
  freeText: readonly string[];
}

export interface ReadResult {
  source?: SourceFile;
  issues: Issue[];
}

/** An issue found while reading; `rule` names the check, e.g. `utf-8` or `plain-yaml`. */
function readIssue(
  rule: string,
  file: string,
  pos: { line: number; col: number },
  expected: string,
  got: string,
  suggestion?: string,
): Issue {
  return { severity: 'error', file, line: pos.line, col: pos.col, field: '', expected, got, suggestion, rule };
}

export function readYaml(file: string, bytes: Uint8Array, { freeText }: ReadOptions): ReadResult {
  const start = { line: 1, col: 1 };
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
    return {
      issues: [
        readIssue(
          'file-size',
          file,
          start,
          t('read.file.size', { mb: mb(MAX_FILE_BYTES) }),
          mb(bytes.length),
          t('read.file.size.suggestion'),
        ),
      ],
    };
  }
  const decoded = decodeUtf8(bytes);
  if (decoded === undefined) {
    const { pos: at, got } = badBytes(bytes);
    return {
      issues: [readIssue('utf-8', file, at, t('read.file.utf8'), got, t('read.file.utf8.suggestion'))],
    };
  }
  // TextDecoder drops a leading BOM by default: harmless, so accepted.
  const text = decoded;
  if (text.trim() === '')
    return {
      issues: [
        readIssue(
          'yaml-mapping',
          file,
          start,
          t('read.file.mapping'),
          t('read.file.empty.got'),
          t('read.file.empty.suggestion'),
        ),
      ],
    };

  // `yaml` parses when a position or a message is wanted, or when the quick reader cannot be trusted with the file.
  let full: { lines: LineCounter; docs: Document.Parsed[] | EmptyStream } | undefined;
  const parsed = () => {
    if (!full) {
      const lines = new LineCounter();
      const docs = parseAllDocuments(text, {
        lineCounter: lines,
        version: '1.2',
        schema: 'core',
        merge: false,
        uniqueKeys: true,
        prettyErrors: false,
      }) as Document.Parsed[] | EmptyStream;
      full = { lines, docs };
    }
    return full;
  };
  const pos = (offset: number) => parsed().lines.linePos(offset);
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return {
      issues: [
        readIssue(
          'control-characters',
          file,
          pos(control.index),
          t('read.file.control'),
          t('read.file.control.got', { code }),
          t('read.file.control.suggestion'),
        ),
      ],
    };
  }
  // Checked before the parser's own errors: a full-width space makes it complain a line later.
  const lint = lintLines(text, freeText);
  if (lint.length > 0)
    return { issues: lint.map((p) => readIssue('free-text', file, pos(p.offset), p.expected, p.got, p.suggestion)) };
  // A file that cannot hold an anchor, alias, tag, merge key or directive: read quickly (fast-yaml.ts).
  if (!MAYBE_FORBIDDEN.test(text) && !DIRECTIVE.test(text)) {
    const data = quickLoad(text);
    if (data !== undefined) {
      const locate: SourceFile['locate'] = (path, options) => {
        const { docs } = parsed();
        return pos(Array.isArray(docs) && docs[0] ? offsetOf(docs[0], path, options?.key ?? false) : 0);
      };
      return { issues: [], source: { file, data, locate } };
    }
  }
  const { docs } = parsed();
  const onlyComments = readIssue('yaml-mapping', file, start, t('read.file.mapping'), t('read.file.onlyComments.got'));
  if (!Array.isArray(docs) || docs.length === 0) return { issues: [onlyComments] };
  if (docs.length > 1) {
    return {
      issues: [
        readIssue(
          'one-document',
          file,
          pos(docs[1]!.range[0]),
          t('read.file.documents'),
          t('read.file.documents.got'),
          t('read.file.documents.suggestion'),
        ),
      ],
    };
  }
  const doc = docs[0]!;
  const issues: Issue[] = [];
  // Duplicate keys are each their own mistake; after any other syntax error the rest of the parse
  // is guesswork, so only the first is reported.
  for (const error of doc.errors.filter((e) => e.code === 'DUPLICATE_KEY')) {
    const key = keyAt(text, error.pos[0]);
    issues.push(
      readIssue(
        'duplicate-key',
        file,
        pos(error.pos[0]),
        t('read.file.duplicateKey'),
        t('read.file.duplicateKey.got', { key }),
        t('read.file.duplicateKey.suggestion'),
      ),
    );
  }
  const syntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  if (syntax) {
    const { offset, expected, got, suggestion } = explainSyntaxError(text, syntax);
    issues.push(readIssue('yaml-syntax', file, pos(offset), expected, got, suggestion));
  }
  if (issues.length > 0) return { issues };

  const directive = /^%\S*/m.exec(text.slice(0, text.search(/^---/m) >= 0 ? text.search(/^---/m) : 0));
  if (directive) {
    issues.push(
      readIssue(
        'plain-yaml',
        file,
        pos(directive.index),
        t('read.file.directive'),
        t('read.file.directive.got', { value: directive[0] }),
        t('read.file.directive.suggestion'),
      ),
    );
  }
  // Node ranges start at the value; step back to the & or ! the clerk actually typed.
  const markBefore = (offset: number, mark: string) => {
    const at = text.lastIndexOf(mark, offset);
    return at >= 0 ? at : offset;
  };
  // The tree walk is the slow part of reading; skip it when no forbidden feature can be present.
  if (MAYBE_FORBIDDEN.test(text))
    visit(doc, {
      Alias(_, node) {
        issues.push(
          readIssue(
            'plain-yaml',
            file,
            pos(node.range?.[0] ?? 0),
            t('read.file.plainValue'),
            t('read.file.alias.got', { source: node.source }),
            t('read.file.alias.suggestion'),
          ),
        );
      },
      Node(_, node) {
        const offset = node.range?.[0] ?? 0;
        if (node.anchor) {
          issues.push(
            readIssue(
              'plain-yaml',
              file,
              pos(markBefore(offset, `&${node.anchor}`)),
              t('read.file.plainValue'),
              t('read.file.anchor.got', { anchor: node.anchor }),
              t('read.file.anchor.suggestion', { anchor: node.anchor }),
            ),
          );
        }
        if (node.tag) {
          let at = markBefore(offset, '!');
          while (at > 0 && text[at - 1] === '!') at--; // !!str has two
          const written = /^!\S*/.exec(text.slice(at))?.[0] ?? node.tag;
          issues.push(
            readIssue(
              'plain-yaml',
              file,
              pos(at),
              t('read.file.plainValue'),
              t('read.file.tag.got', { written }),
              t('read.file.tag.suggestion', { written }),
            ),
          );
        }
      },
      Pair(_, pair) {
        if (isScalar(pair.key) && pair.key.value === '<<') {
          issues.push(
            readIssue(
              'plain-yaml',
              file,
              pos(pair.key.range?.[0] ?? 0),
              t('read.file.mergeKey'),
              t('read.file.mergeKey.got'),
              t('read.file.mergeKey.suggestion'),
            ),
          );
        } else if (isMap(pair.key) || isSeq(pair.key)) {
          const kind = isMap(pair.key) ? '{…}' : '[…]';
          issues.push(
            readIssue(
              'plain-yaml',
              file,
              pos(pair.key.range?.[0] ?? 0),
              t('read.file.complexKey'),
              isMap(pair.key) ? t('read.file.mappingKey', { kind }) : t('read.file.listKey', { kind }),
              t('read.file.complexKey.suggestion'),
            ),
          );
        }
      },
    });
  if (issues.length > 0) return { issues };
  if (doc.contents === null) return { issues: [onlyComments] };

  return {
    issues,
    source: { file, data: doc.toJS(), locate: (path, options) => pos(offsetOf(doc, path, options?.key ?? false)) },
  };
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
