/**
 * The texts of a data file that name a year (`npm run new-year` lists them): a sentence written for last
 * year — "本站 2004—2005 年…", "取自 2005 年 1 月 21 日讲话" — is easily carried into the next one unseen.
 * Only values are read (comments are the form's own help), each with its line.
 */
import { isPair, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { yearsNamed } from '../schema/common.ts';

export interface YearText {
  file: string;
  line: number;
  /** The field, as a path: illustrativeNotice, assessments.consequences.fail … */
  field: string;
  text: string;
  years: number[];
}

/** Every text value of a YAML file that names a year other than `year` (any year when none is given). */
export function textsNamingYears(file: string, source: string, year?: number): YearText[] {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  const found: YearText[] = [];
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const years = yearsNamed(node.value);
      if (years.length === 0 || (year !== undefined && years.every((y) => y === year))) return;
      const field = keysOf(path);
      found.push({ file, line: lines.linePos(node.range[0]).line, field, text: node.value, years });
    },
  });
  return found;
}

/** The keys a value sits under, outermost first: assessments.consequences.fail. */
function keysOf(path: readonly unknown[]): string {
  return path
    .filter(isPair)
    .map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''))
    .filter(Boolean)
    .join('.');
}
