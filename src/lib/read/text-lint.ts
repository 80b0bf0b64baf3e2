/**
 * Mistakes YAML itself accepts but that change what the clerk meant, found in the raw lines:
 * a " #" inside free text silently cuts it (the rest becomes a comment), and full-width spaces
 * used as indentation.
 */
import { FREE_TEXT_FIELDS } from '../data-kinds.ts';
import { t } from '../messages/index.ts';

export interface LineProblem {
  offset: number;
  expected: string;
  got: string;
  suggestion: string;
}

/** Fields whose values are free text (from the table of data-file kinds), where a clerk may well type a # (项目 #2). */
const CUT_TEXT = new RegExp(
  `^([ \\t]*(?:-[ \\t]+)?(?:${FREE_TEXT_FIELDS.join('|')}):[ \\t]+)([^'"\\s#][^#\\n]*?)[ \\t]+#`,
  'gm',
);

export function lintLines(text: string): LineProblem[] {
  const problems: LineProblem[] = [];
  for (const match of text.matchAll(CUT_TEXT)) {
    const hash = match.index + match[0].length - 1;
    problems.push({
      offset: hash,
      expected: t('read.lint.cut'),
      got: t('read.lint.cut.got', { text: match[2].trim() }),
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
