/**
 * The minimal fixture (test/fixtures/minimal/data), edited in memory and validated as `npm run
 * validate` would: for rule tests that need a whole tree with one thing wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { recordText, withNewMonths } from '../../src/lib/drafts/published-record.ts';
import { loadData, readDataFile, checkTree } from '../../src/lib/model/load.ts';
import type { Issue } from '../../src/lib/read/issue.ts';
import type { ValidateOptions } from '../../src/lib/validate/validate.ts';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'minimal', 'data');

/** Per file inside data/: new text, a change to the text, or null to delete the file. */
export type Edits = Record<string, string | ((text: string) => string) | null>;

export function validateMinimal(edits: Edits = {}, options: Partial<ValidateOptions> = {}): Issue[] {
  const texts = new Map<string, string>();
  for (const d of readdirSync(fixture, { recursive: true, withFileTypes: true })) {
    if (d.isFile())
      texts.set(
        relative(fixture, join(d.parentPath, d.name)).split('\\').join('/'),
        readFileSync(join(d.parentPath, d.name), 'utf8'),
      );
  }
  for (const [file, edit] of Object.entries(edits)) {
    if (edit === null) texts.delete(file);
    else texts.set(file, typeof edit === 'string' ? edit : edit(texts.get(file) ?? ''));
  }
  const issues: Issue[] = [];
  const sources = [...texts].flatMap(([file, text]) => {
    const read = readDataFile(`data/${file}`, Buffer.from(text));
    issues.push(...read.issues);
    return read.source ? [read.source] : [];
  });
  return [...issues, ...checkTree(sources, { dataDir: 'data', currentPeriod: '2026-11', ...options }).issues];
}

/** One rule's issues on the minimal tree with one data file changed (and other edits beside it). */
export const ruleOnFile =
  (rule: string, file: string) =>
  (change: (text: string) => string, more: Edits = {}): Issue[] =>
    validateMinimal({ [file]: change, ...more }).filter((i) => i.rule === rule);

/** What a clerk reads of each issue: severity, place, field, expected and found. */
export const located = (issues: Issue[]) =>
  issues.map(({ severity, file, line, field, expected, got }) => ({ severity, file, line, field, expected, got }));

/** located, naming the rule too: for tests where more than one rule speaks. */
export const locatedByRule = (issues: Issue[]) => issues.map((issue) => ({ rule: issue.rule, ...located([issue])[0] }));

/** located, with what the clerk is told to do. */
export const locatedWithSuggestion = (issues: Issue[]) =>
  issues.map((issue) => ({ ...located([issue])[0], suggestion: issue.suggestion }));

/** The issues one rule raised, as `file:line field: expected … / got …` for short assertions. */
export const raisedBy = (issues: Issue[], rule: string) =>
  issues
    .filter((i) => i.rule === rule)
    .map((i) => `${i.severity} ${i.file}:${i.line} ${i.field}: ${i.expected} / ${i.got}`);

/** The record of what the minimal fixture published (data/published.yaml), as npm run record-published writes it. */
export function minimalRecord(): string {
  const { model } = loadData({ root: join(fixture, '..'), currentPeriod: '2026-11' });
  if (!model) throw new Error('the minimal fixture does not validate');
  return recordText(withNewMonths(undefined, model.reports).record);
}
