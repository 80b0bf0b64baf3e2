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
import type { Issue, Path } from '../validate/issues.ts';
import { say } from '../messages/lang.ts';
import { badBytes, decodeUtf8 } from './text-encoding.ts';
import { explainSyntaxError, keyAt } from './yaml-syntax.ts';
import { lintLines } from './text-lint.ts';
import { quickLoad } from './fast-yaml.ts';

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

export interface ReadResult {
  source?: SourceFile;
  issues: Issue[];
}

/** Control characters have no place in a data file (YAML forbids them too); tab, LF and CR are fine. */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

/** An issue found while reading; `rule` names the check, e.g. `utf-8` or `plain-yaml`. */
function issueAt(
  rule: string,
  file: string,
  pos: { line: number; col: number },
  expected: string,
  got: string,
  suggestion?: string,
): Issue {
  return { severity: 'error', file, line: pos.line, col: pos.col, field: '', expected, got, suggestion, rule };
}

export function readYaml(file: string, bytes: Uint8Array): ReadResult {
  const start = { line: 1, col: 1 };
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
    return {
      issues: [
        issueAt(
          'file-size',
          file,
          start,
          say(`不超过 ${mb(MAX_FILE_BYTES)} 的文件`, `a file of at most ${mb(MAX_FILE_BYTES)}`),
          mb(bytes.length),
          say(
            '文件太大，可能存错了文件：请确认保存的是这个月的报表',
            'split the data or check that the right file was saved',
          ),
        ),
      ],
    };
  }
  const decoded = decodeUtf8(bytes);
  if (decoded === undefined) {
    const { pos: at, got } = badBytes(bytes);
    return {
      issues: [
        issueAt(
          'utf-8',
          file,
          at,
          say('UTF-8 编码的文字', 'text encoded as UTF-8'),
          got,
          say(
            '在编辑器里“另存为”，编码选 UTF-8（不要选 GBK/GB2312/ANSI）',
            'save the file as "UTF-8" (not GBK/GB2312) in your editor',
          ),
        ),
      ],
    };
  }
  // TextDecoder drops a leading BOM by default: harmless, so accepted.
  const text = decoded;
  if (text.trim() === '')
    return {
      issues: [
        issueAt(
          'yaml-mapping',
          file,
          start,
          say('“字段: 值”形式的内容', 'a YAML mapping'),
          say('空文件', 'an empty file'),
          say('文件是空的：运行 npm run new-month 生成表格，或从上个月的文件复制内容', '') || undefined,
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
        issueAt(
          'control-characters',
          file,
          pos(control.index),
          say('可见的文字', 'printable text'),
          say(`看不见的控制字符 U+${code}`, `the control character U+${code}`),
          say(
            '文件可能损坏或不是文本文件：删掉这个字符，或把文件另存为 UTF-8 文本',
            'the file may be damaged or not a text file; delete the character or re-save the file as UTF-8 text',
          ),
        ),
      ],
    };
  }
  // Checked before the parser's own errors: a full-width space makes it complain a line later.
  const lint = lintLines(text);
  if (lint.length > 0)
    return { issues: lint.map((p) => issueAt('free-text', file, pos(p.offset), p.expected, p.got, p.suggestion)) };
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
  const onlyComments = issueAt(
    'yaml-mapping',
    file,
    start,
    say('“字段: 值”形式的内容', 'a YAML mapping'),
    say('只有 # 注释，没有数据', 'only comments, no data'),
  );
  if (!Array.isArray(docs) || docs.length === 0) return { issues: [onlyComments] };
  if (docs.length > 1) {
    return {
      issues: [
        issueAt(
          'one-document',
          file,
          pos(docs[1].range[0]),
          say('一个文件只放一份内容', 'one document per file'),
          say('--- 后面又开始了第二份', 'a second document (after ---)'),
          say(
            '一个文件只放一个月：删掉多出来的 --- 行（和它后面的内容）',
            'keep one month per file; remove the extra ---',
          ),
        ),
      ],
    };
  }
  const doc = docs[0];
  const issues: Issue[] = [];
  // Duplicate keys are each their own mistake; after any other syntax error the rest of the parse
  // is guesswork, so only the first is reported.
  for (const error of doc.errors.filter((e) => e.code === 'DUPLICATE_KEY')) {
    const key = keyAt(text, error.pos[0]);
    issues.push(
      issueAt(
        'duplicate-key',
        file,
        pos(error.pos[0]),
        say('同一处每个字段只写一次', 'each key once in a mapping'),
        say(`第二次出现的“${key}”`, `"${key}" a second time`),
        say('删掉其中一行，或改正写错的字段名', 'delete or rename one of the two'),
      ),
    );
  }
  const syntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  if (syntax) {
    const { offset, expected, got, suggestion } = explainSyntaxError(text, syntax);
    issues.push(issueAt('yaml-syntax', file, pos(offset), expected, got, suggestion));
  }
  if (issues.length > 0) return { issues };

  const directive = /^%\S*/m.exec(text.slice(0, text.search(/^---/m) >= 0 ? text.search(/^---/m) : 0));
  if (directive) {
    issues.push(
      issueAt(
        'plain-yaml',
        file,
        pos(directive.index),
        say('不写指令行', 'no directives'),
        say(`指令 ${directive[0]}`, `the directive ${directive[0]}`),
        say('删掉以 % 开头的那一行', 'delete the line starting with %'),
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
          issueAt(
            'plain-yaml',
            file,
            pos(node.range?.[0] ?? 0),
            say('直接写出的值', 'a plain value'),
            say(`引用 *${node.source}`, `an alias (*${node.source})`),
            say('把值完整写出来；不能用 * 引用别处', 'write the value out in full; aliases are not allowed'),
          ),
        );
      },
      Node(_, node) {
        const offset = node.range?.[0] ?? 0;
        if (node.anchor) {
          issues.push(
            issueAt(
              'plain-yaml',
              file,
              pos(markBefore(offset, `&${node.anchor}`)),
              say('直接写出的值', 'a plain value'),
              say(`锚点 &${node.anchor}`, `an anchor (&${node.anchor})`),
              say(`删掉 &${node.anchor}；不能用锚点`, 'remove the &name; anchors are not allowed'),
            ),
          );
        }
        if (node.tag) {
          let at = markBefore(offset, '!');
          while (at > 0 && text[at - 1] === '!') at--; // !!str has two
          const written = /^!\S*/.exec(text.slice(at))?.[0] ?? node.tag;
          issues.push(
            issueAt(
              'plain-yaml',
              file,
              pos(at),
              say('直接写出的值', 'a plain value'),
              say(`标签 ${written}`, `the tag ${written}`),
              say(`删掉 ${written}（以 ! 开头的词）`, 'remove the tag (the word starting with !)'),
            ),
          );
        }
      },
      Pair(_, pair) {
        if (isScalar(pair.key) && pair.key.value === '<<') {
          issues.push(
            issueAt(
              'plain-yaml',
              file,
              pos(pair.key.range?.[0] ?? 0),
              say('普通的字段名', 'an ordinary key'),
              say('合并键 <<', 'a merge key (<<)'),
              say('把各个字段完整写出来；不能用 <<', 'write the fields out in full; merge keys are not allowed'),
            ),
          );
        } else if (isMap(pair.key) || isSeq(pair.key)) {
          const kind = isMap(pair.key) ? '{…}' : '[…]';
          issues.push(
            issueAt(
              'plain-yaml',
              file,
              pos(pair.key.range?.[0] ?? 0),
              say('字段名', 'a field name as key'),
              say(`用 ${kind} 当作字段名`, `${isMap(pair.key) ? 'a mapping' : 'a list'} ${kind} used as a key`),
              say('删掉括号后面的“:”或前面的“?”', 'remove the ":" after the closing bracket, or the "?" before it'),
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
