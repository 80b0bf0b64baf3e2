/** YAML syntax errors from the parser, explained in the clerk's terms and pointing at what they typed. */
import type { YAMLError } from 'yaml';
import { t } from '../messages/index.ts';

export interface Explained {
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
export function explainSyntaxError(text: string, error: YAMLError): Explained {
  const offset = error.pos[0];
  const lineStart = lineStartOf(text, offset);
  const lineText = lineFrom(text, lineStart);
  const [message = ''] = error.message.split('\n');
  if (error.code === 'TAB_AS_INDENT') {
    return {
      offset,
      expected: t('read.syntax.tab'),
      got: t('read.syntax.tab.got'),
      suggestion: t('read.syntax.tab.suggestion'),
    };
  }
  const quote = /Missing closing (["'])quote/.exec(message);
  if (quote) {
    const q = quote[1]!;
    return {
      offset: text.lastIndexOf(q, offset - 1),
      expected: t('read.syntax.quote', { q }),
      got: t('read.syntax.quote.got', { q }),
      suggestion: t('read.syntax.quote.suggestion', { q }),
    };
  }
  const flow = /Flow (map|sequence) .* end with a ([}\]])/.exec(message);
  if (flow) {
    const [open, close] = flow[2] === '}' ? ['{', '}'] : ['[', ']'];
    const line = text.slice(0, offset).split('\n').length;
    return {
      offset: unclosedOpener(text, offset, open, close),
      expected: t('read.syntax.bracket', { close, open }),
      got: t('read.syntax.bracket.got', { line, close }),
      suggestion: t('read.syntax.bracket.suggestion', { close }),
    };
  }
  // 字段：值 typed with the Chinese input method: the line has no real colon at all.
  const fullWidthColon = lineText.indexOf('：');
  if (
    fullWidthColon >= 0 &&
    /IMPLICIT_KEY|MISSING_CHAR/.test(error.code) &&
    !lineText.slice(0, fullWidthColon).includes(': ')
  ) {
    return {
      offset: lineStart + fullWidthColon,
      expected: t('read.syntax.fullWidthColon'),
      got: t('read.syntax.fullWidthColon.got'),
      suggestion: t('read.syntax.fullWidthColon.suggestion'),
    };
  }
  // An entry ("- unit: …") out of line with the entries above it.
  const entryOutOfLine =
    /^(A block sequence may not be used as an implicit map key|All sequence items must start at the same column)/.test(
      message,
    );
  if (entryOutOfLine && /^[ ]*- /.test(lineText)) {
    const col = lineText.indexOf('-') + 1;
    const above = text
      .slice(0, lineStart)
      .split('\n')
      .reverse()
      .find((l) => /^[ ]*- /.test(l));
    const want = above === undefined ? undefined : above.indexOf('-') + 1;
    if (want !== undefined && want !== col) {
      return {
        offset: lineStart + col - 1,
        expected: t('read.syntax.dash', { want }),
        got: t('read.syntax.column', { col }),
        suggestion: t('read.syntax.dash.suggestion'),
      };
    }
  }
  // A line indented deeper than the one above is read as part of its value; one indented less, as a new item.
  const deeper = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? nextContentLine(text, offset) : undefined;
  if (deeper !== undefined || message.startsWith('Sequence item without -')) {
    const at = deeper ?? lineStart;
    const above = deeper === undefined ? lineStartOf(text, lineStart - 1) : lineStart;
    const want = contentColumn(text, above);
    const got = contentColumn(text, at);
    if (want !== got)
      return {
        offset: at + got - 1,
        expected: t('read.syntax.indent', { want }),
        got: t('read.syntax.indent.got', { got }),
        suggestion: t('read.syntax.indent.suggestion'),
      };
  }
  // remark: 签约: 韩资项目 — a second ": " inside a plain value.
  if (message.startsWith('Nested mappings are not allowed in compact mappings')) {
    return {
      offset,
      expected: t('read.syntax.secondColon'),
      got: t('read.syntax.secondColon.got'),
      suggestion: t('read.syntax.secondColon.suggestion'),
    };
  }
  // remark: "韩资"项目 — a value that starts with a quote must end with it.
  if (message.startsWith('Unexpected scalar at node end') && /:\s+["']/.test(lineText)) {
    return {
      offset,
      expected: t('read.syntax.afterQuote'),
      got: t('read.syntax.afterQuote.got', { text: lineText.slice(offset - lineStart, offset - lineStart + 12) }),
      suggestion: t('read.syntax.afterQuote.suggestion'),
    };
  }
  if (message.startsWith('All mapping items must start at the same column')) {
    const col = contentColumn(text, lineStart);
    return {
      offset: lineStart + col - 1,
      expected: t('read.syntax.column.same'),
      got: t('read.syntax.column.same.got', { col }),
      suggestion: t('read.syntax.column.same.suggestion'),
    };
  }
  // contracted:411 — the colon is there, the space after it is not: YAML reads one word, not a field and its value.
  const noSpace = /^([ \t]*(?:-[ \t]+)?[A-Za-z_][\w-]*):(?=[^\s])(.*)$/.exec(lineText);
  if (noSpace && (error.code === 'MULTILINE_IMPLICIT_KEY' || message.startsWith('Implicit map keys need'))) {
    const [, written = '', rest = ''] = noSpace;
    const key = written.replace(/^[ \t]*(?:-[ \t]+)?/, '');
    const vars = { key, value: rest.trim(), written: `${key}:${rest.trim()}` };
    return {
      offset: lineStart + written.length,
      expected: t('clerk.colonSpaceExpected', vars),
      got: t('clerk.colonSpaceGot', vars),
      suggestion: t('clerk.colonSpaceHint', vars),
    };
  }
  if (error.code === 'MULTILINE_IMPLICIT_KEY' || message.startsWith('Implicit map keys need to be followed')) {
    return {
      offset,
      expected: t('read.syntax.noColon'),
      got: t('read.syntax.noColon.got', { text: lineText.trim().slice(0, 30) }),
      suggestion: t('read.syntax.noColon.suggestion'),
    };
  }
  return {
    offset,
    expected: t('read.syntax.unreadable'),
    got: t('read.syntax.unreadable.got', { message }),
    suggestion: t('read.syntax.unreadable.suggestion'),
  };
}

/** The key written at `offset` (where the parser reports a duplicate). */
export function keyAt(text: string, offset: number): string {
  const key = /^("[^"\n]*"|'[^'\n]*'|[^:,{}\n]*?)\s*:/.exec(text.slice(offset))?.[1] ?? '';
  return key.replace(/^["']|["']$/g, '');
}
