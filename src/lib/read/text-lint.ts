/**
 * Mistakes YAML itself accepts but that change what the clerk meant, found in the raw lines:
 * a " #" inside free text silently cuts it (the rest becomes a comment), and full-width spaces
 * used as indentation.
 */
import { t } from '../messages/index.ts';

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
      expected: t('read.lint.cut'),
      got: t('read.lint.cut.got', { text: match[2]!.trim() }),
      suggestion: t('read.lint.cut.suggestion'),
    });
  }
  for (const match of text.matchAll(/^[ ]*\u3000/gm)) {
    problems.push({
      offset: match.index + match[0].length - 1,
      expected: t('read.lint.fullWidthSpace'),
      got: t('read.lint.fullWidthSpace.got'),
      suggestion: t('read.lint.fullWidthSpace.suggestion'),
    });
  }
  return problems.sort((a, b) => a.offset - b.offset);
}
