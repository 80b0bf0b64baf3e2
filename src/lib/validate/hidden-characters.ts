/**
 * Characters nobody can see in an editor have no place in a published text: a right-to-left
 * override (U+202E) makes a unit's name read backwards on the ranking, a zero-width space makes two
 * equal-looking names differ. One check over every string (and key) of every data file, whatever
 * its kind or field, so no new field can forget it. Raw C0 bytes are refused earlier, when the file
 * is read; this also catches what a quoted "\u202E" escape or a paste from the web puts in a value.
 */
import type { SourceFile } from '../read/read-yaml.ts';
import { fieldPath, type Issue, type Path } from '../read/issue.ts';
import { listOf, t } from '../messages/index.ts';
import { codeOf, HIDDEN } from '../read/invisible.ts';

/** Bidi controls: they reorder the text around them. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** The text with each hidden character written as \uXXXX. */
export const showHidden = (text: string) => text.replace(HIDDEN, codeOf);

export const hasHidden = (text: string) => text.search(HIDDEN) >= 0;

/** What a hidden character is, in the clerk's words. */
function hiddenKindOf(char: string): string {
  if (BIDI.test(char)) return t('validate.hidden.bidi');
  if (/\p{Cc}|[\u2028\u2029]/u.test(char)) return t('validate.hidden.control');
  return t('validate.hidden.zeroWidth');
}

/** A short piece of the text around its first hidden character, with every hidden one shown. */
function excerpt(text: string): string {
  const first = text.search(HIDDEN);
  const from = Math.max(0, first - 12);
  const to = Math.min(text.length, first + 13);
  return `${from > 0 ? '…' : ''}${showHidden(text.slice(from, to))}${to < text.length ? '…' : ''}`;
}

/** `411⇥125`: a row pasted from a spreadsheet, two cells joined by a tab where one number belongs. */
const PASTED_CELLS = /^[ ]*(-?\d[\d,]*(?:\.\d+)?)(?:\t+-?\d[\d,]*(?:\.\d+)?)+[ ]*$/;

function pastedCells(source: SourceFile, path: Path, text: string): Issue | undefined {
  const cells = PASTED_CELLS.exec(text);
  if (!cells) return undefined;
  const vars = {
    shown: text.trim().replace(/\t+/g, '⇥'),
    first: cells[1]!,
    rest: listOf(text.trim().split(/\t+/).slice(1)),
  };
  return {
    severity: 'error',
    rule: 'hidden-characters',
    file: source.file,
    ...source.locate(path),
    field: fieldPath(path),
    expected: t('clerk.pastedCellsExpected'),
    got: t('clerk.pastedCellsGot', vars),
    suggestion: t('clerk.pastedCellsHint', vars),
  };
}

function issueFor(source: SourceFile, path: Path, text: string, isKey: boolean): Issue {
  const pasted = isKey ? undefined : pastedCells(source, path, text);
  if (pasted) return pasted;
  const byKind = new Map<string, string[]>();
  for (const c of new Set(text.match(HIDDEN)))
    byKind.set(hiddenKindOf(c), [...(byKind.get(hiddenKindOf(c)) ?? []), codeOf(c)]);
  const named = [...byKind]
    .map(([kind, codes]) => t('validate.hidden.codes', { codes: listOf(codes), kind }))
    .join(t('validate.hidden.kindSeparator'));
  const shownPath = isKey ? [...path.slice(0, -1), showHidden(String(path.at(-1)))] : path;
  return {
    severity: 'error',
    rule: 'hidden-characters',
    file: source.file,
    ...source.locate(path, { key: isKey }),
    field: fieldPath(shownPath),
    expected: t('validate.hidden.expected'),
    got: t('validate.hidden.got', { excerpt: excerpt(text), named }),
    suggestion: t('validate.hidden.suggestion', {
      what: isKey ? t('validate.hidden.fieldName') : t('validate.hidden.text'),
    }),
  };
}

/** Every string value and key in the file that holds a hidden character: one issue each. */
export function findHiddenCharacters(source: SourceFile): Issue[] {
  const issues: Issue[] = [];
  // One path, pushed and popped: a copy is made only for a hit (the walk visits every value of every file).
  const path: Array<string | number> = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (hasHidden(value)) issues.push(issueFor(source, [...path], value, false));
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      for (const key in value) {
        path.push(key);
        if (hasHidden(key)) issues.push(issueFor(source, [...path], key, true));
        walk((value as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  walk(source.data);
  return issues;
}

/**
 * A value with a hidden character often breaks its schema too (an id, a status, a number): the
 * clerk is told once, by the message that says what to delete. A misspelt-looking key keeps the
 * schema's own message, which already shows the character and lists the fields allowed.
 */
export function withoutDoubles(schemaIssues: Issue[], hidden: Issue[]): Issue[] {
  const place = (i: Issue) => `${i.file}\u0000${showHidden(i.field)}`;
  const hiddenAt = new Set(hidden.map(place));
  // The schema's message for an unknown field name already writes the character as \uXXXX.
  const shownBySchema = new Set(
    schemaIssues.filter((i) => hiddenAt.has(place(i)) && i.field.includes('\\u')).map(place),
  );
  return [
    ...schemaIssues.filter((i) => !hiddenAt.has(place(i)) || shownBySchema.has(place(i))),
    ...hidden.filter((i) => !shownBySchema.has(place(i))),
  ];
}
