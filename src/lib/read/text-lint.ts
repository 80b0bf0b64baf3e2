/**
 * Mistakes YAML itself accepts but that change what the clerk meant, found in the raw lines:
 * a " #" inside free text silently cuts it (the rest becomes a comment), and full-width spaces
 * used as indentation.
 */
import { say } from '../messages/lang.ts';

export interface LineProblem {
  offset: number;
  expected: string;
  got: string;
  suggestion: string;
}

/**
 * A line `field: text #…` for any of the free-text fields (the schemas mark them; the caller passes
 * the list), where a clerk may well type a # (项目 #2). Built once per list.
 */
const cutTextPatterns = new WeakMap<readonly string[], RegExp>();
function cutText(freeText: readonly string[]): RegExp {
  let pattern = cutTextPatterns.get(freeText);
  if (!pattern) {
    const fields = freeText.length > 0 ? freeText.join('|') : '(?!)';
    pattern = new RegExp(`^([ \\t]*(?:-[ \\t]+)?(?:${fields}):[ \\t]+)([^'"\\s#][^#\\n]*?)[ \\t]+#`, 'gm');
    cutTextPatterns.set(freeText, pattern);
  }
  return pattern;
}

export function lintLines(text: string, freeText: readonly string[]): LineProblem[] {
  const problems: LineProblem[] = [];
  for (const match of text.matchAll(cutText(freeText))) {
    const hash = match.index + match[0].length - 1;
    problems.push({
      offset: hash,
      expected: say(
        '完整的文字（“空格 + #”会开始一段注释，文字在这里就被截断了）',
        'the whole text (a space then # starts a comment, which cuts the text here)',
      ),
      got: say(`文字会被截成“${match[2].trim()}”`, `text that would be cut to ${JSON.stringify(match[2].trim())}`),
      suggestion: say(
        "改用全角＃，或把整段文字用单引号括起来：'…'",
        "write the full-width ＃, or put the whole text in quotes: '…'",
      ),
    });
  }
  for (const match of text.matchAll(/^[ ]*\u3000/gm)) {
    problems.push({
      offset: match.index + match[0].length - 1,
      expected: say('行首用半角空格缩进', 'half-width spaces for indentation'),
      got: say('全角空格（　）', 'a full-width space (　)'),
      suggestion: say(
        '把输入法切换到半角，重新输入行首的空格',
        'switch the input method to half-width and retype the spaces at the start of the line',
      ),
    });
  }
  return problems.sort((a, b) => a.offset - b.offset);
}
