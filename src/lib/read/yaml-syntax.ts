/** YAML syntax errors from the parser, explained in the clerk's terms and pointing at what they typed. */
import type { YAMLError } from 'yaml';
import { say } from '../messages/lang.ts';
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
  const message = error.message.split('\n')[0];
  if (error.code === 'TAB_AS_INDENT') {
    return {
      offset,
      expected: say('行首用空格缩进', 'spaces for indentation'),
      got: say('Tab 键（制表符）', 'a tab'),
      suggestion: say(
        '把行首的 Tab 换成空格（行首不能用 Tab）',
        'replace the tab with spaces (YAML does not allow tabs at the start of a line)',
      ),
    };
  }
  const quote = /Missing closing (["'])quote/.exec(message);
  if (quote) {
    const q = quote[1];
    return {
      offset: text.lastIndexOf(q, offset - 1),
      expected: say(`这里开头的 ${q} 在文字末尾配一个 ${q}`, `a closing ${q} for the text opened here`),
      got: say(`没有配对的 ${q}`, `no closing ${q}`),
      suggestion: say(
        `在文字末尾补上 ${q}，或删掉开头的 ${q}`,
        `add ${q} at the end of the text, or remove the opening ${q}`,
      ),
    };
  }
  const flow = /Flow (map|sequence) .* end with a ([}\]])/.exec(message);
  if (flow) {
    const [open, close] = flow[2] === '}' ? ['{', '}'] : ['[', ']'];
    const line = text.slice(0, offset).split('\n').length;
    return {
      offset: unclosedOpener(text, offset, open, close),
      expected: say(`同一行里有 ${close} 与这个 ${open} 配对`, `a ${close} closing this ${open} on the same line`),
      got: say(`到第 ${line} 行还没有 ${close}`, `no ${close} before line ${line}`),
      suggestion: say(`补上缺少的 ${close}`, `add the missing ${close}`),
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
      expected: say('半角冒号加一个空格（字段: 值）', 'a half-width colon and a space (key: value)'),
      got: say('全角冒号“：”', 'a full-width colon "："'),
      suggestion: say(
        '把输入法切换到半角标点，重新输入冒号',
        'switch the input method to half-width punctuation for the colon',
      ),
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
        expected: say(
          `这一项的“-”在第 ${want} 列，和上面各项对齐`,
          `this entry's "-" in column ${want}, like the entries above`,
        ),
        got: say(`第 ${col} 列`, `column ${col}`),
        suggestion: say(
          '用空格把“-”和上面各项对齐（不要用 Tab）',
          'line the "-" up with the other entries (spaces only)',
        ),
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
        expected: say(
          `这一行从第 ${want} 列开始，和上一行对齐`,
          `this line to start in column ${want}, like the line above`,
        ),
        got: say(`第 ${got} 列`, `column ${got}`),
        suggestion: say(
          '同一项的各个字段上下对齐：改正行首的空格',
          'fields of one entry line up under each other; fix the spaces at the start of the line',
        ),
      };
  }
  // remark: 签约: 韩资项目 — a second ": " inside a plain value.
  if (message.startsWith('Nested mappings are not allowed in compact mappings')) {
    return {
      offset,
      expected: say('每行一个“字段: 值”', 'one "key: value" per line'),
      got: say('值里面又有一个“: ”（半角冒号加空格）', 'a second ": " inside the value'),
      suggestion: say(
        "文字里的冒号改用全角“：”，或把整段文字用单引号括起来：'…'",
        "use the full-width colon ：, or put the whole text in single quotes: '…'",
      ),
    };
  }
  // remark: "韩资"项目 — a value that starts with a quote must end with it.
  if (message.startsWith('Unexpected scalar at node end') && /:\s+["']/.test(lineText)) {
    return {
      offset,
      expected: say('值在配对的引号处结束', 'the value to end at its closing quote'),
      got: say(
        `引号后面还有文字（“${lineText.slice(offset - lineStart, offset - lineStart + 12)}”）`,
        `more text after the quote (${JSON.stringify(lineText.slice(offset - lineStart, offset - lineStart + 12))})`,
      ),
      suggestion: say(
        "把整段文字用单引号括起来 '…'，文字里的引号改用“”或「」",
        "put the whole text in single quotes '…', or use “” or 「」 inside it",
      ),
    };
  }
  if (message.startsWith('All mapping items must start at the same column')) {
    const col = contentColumn(text, lineStart);
    return {
      offset: lineStart + col - 1,
      expected: say('同一项的各个字段从同一列开始', 'every field of one entry to start in the same column'),
      got: say(`这一行从第 ${col} 列开始`, `this line starting in column ${col}`),
      suggestion: say(
        '用空格把这个字段和上面的字段对齐（不要用 Tab）',
        'line the field up with the fields above it (spaces only)',
      ),
    };
  }
  // contracted:411 — the colon is there, the space after it is not: YAML reads one word, not a field and its value.
  const noSpace = /^([ \t]*(?:-[ \t]+)?[A-Za-z_][\w-]*):(?=[^\s])(.*)$/.exec(lineText);
  if (noSpace && (error.code === 'MULTILINE_IMPLICIT_KEY' || message.startsWith('Implicit map keys need'))) {
    const key = noSpace[1].replace(/^[ \t]*(?:-[ \t]+)?/, '');
    const vars = { key, value: noSpace[2].trim(), written: `${key}:${noSpace[2].trim()}` };
    return {
      offset: lineStart + noSpace[1].length,
      expected: t('clerk.colonSpaceExpected', vars),
      got: t('clerk.colonSpaceGot', vars),
      suggestion: t('clerk.colonSpaceHint', vars),
    };
  }
  if (error.code === 'MULTILINE_IMPLICIT_KEY' || message.startsWith('Implicit map keys need to be followed')) {
    return {
      offset,
      expected: say('写成“字段: 值”的一行', 'a line written "key: value"'),
      got: say(
        `没有“: ”的一行（“${lineText.trim().slice(0, 30)}”）`,
        `a line without ": " (${JSON.stringify(lineText.trim().slice(0, 30))})`,
      ),
      suggestion: say('在字段名后面加半角冒号和一个空格', 'put a colon and a space after the field name'),
    };
  }
  return {
    offset,
    expected: say('正确的 YAML 写法', 'valid YAML'),
    got: say(`无法读懂（解析器的原话：${message}）`, message),
    suggestion: say('核对这一行的缩进、冒号和引号', 'check indentation, colons and quotes on this line'),
  };
}

/** The key written at `offset` (where the parser reports a duplicate). */
export function keyAt(text: string, offset: number): string {
  const key = /^("[^"\n]*"|'[^'\n]*'|[^:,{}\n]*?)\s*:/.exec(text.slice(offset))?.[1] ?? '';
  return key.replace(/^["']|["']$/g, '');
}
