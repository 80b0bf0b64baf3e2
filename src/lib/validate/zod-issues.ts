/**
 * Turns zod's issues into clerk-readable ones: the place in the file, what was expected in plain
 * words, what was found, and a hint (nearest field name, how to write a number).
 */
import type { z } from 'zod';
import { describeValue, fieldPath, type Issue, type Path } from './issues.ts';
import type { SourceFile } from '../read/read-yaml.ts';
import { booleanHint, dateHint, didYouMean, numberHint } from './suggest.ts';

type ZodIssue = z.core.$ZodIssue;

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  object: 'a mapping (key: value lines)',
  array: 'a list (lines starting with -)',
};

/** Characters a clerk cannot see in an editor, written as \\uXXXX so the message shows them. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g;
const showInvisible = (text: string) => text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/** The field names a schema accepts at a path, to suggest the nearest to a misspelt one. */
function fieldsAt(schema: z.ZodType, path: Path): string[] {
  let node: any = schema;
  const unwrap = () => {
    while (node?.def?.innerType) node = node.def.innerType; // optional, default …
  };
  unwrap();
  for (const part of path) {
    if (typeof part === 'number' && node?.def?.type === 'array') node = node.def.element;
    else if (node?.def?.type === 'object') node = node.shape[part];
    else if (node?.def?.type === 'union') node = node.def.options.find((o: any) => o.def.type === 'object')?.shape[part];
    unwrap();
  }
  if (node?.def?.type === 'union') node = node.def.options.find((o: any) => o.def.type === 'object');
  return node?.def?.type === 'object' ? Object.keys(node.shape) : [];
}

function bound(issue: { minimum?: unknown; maximum?: unknown; inclusive?: boolean; origin?: string }, small: boolean): string {
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'array') return small ? `at least ${limit} item${limit === 1 ? '' : 's'}` : `at most ${limit} items`;
  if (issue.origin === 'string') return small ? 'non-empty text' : `text of at most ${limit} characters`;
  const op = small ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
  return `a number ${op} ${limit}`;
}

/** The value found, as the clerk wrote it: YAML's .nan and .inf rather than JavaScript's names. */
function describeFound(value: unknown): string {
  if (typeof value === 'number' && Number.isNaN(value)) return '.nan (not a number)';
  if (value === Infinity || value === -Infinity) return `${value < 0 ? '-' : ''}.inf (infinity)`;
  return describeValue(value);
}

/** expected / suggestion for one zod issue, given the value found. */
function describeExpectation(issue: ZodIssue, value: unknown, unit?: string): { expected: string; suggestion?: string } {
  const path = issue.path as Path;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (value === undefined) {
        const key = issue.path.at(-1);
        return { expected, suggestion: typeof key === 'string' ? `this field is required: add a line "${key}: …"` : 'this item is required' };
      }
      if ((issue.expected === 'number' || issue.expected === 'int') && typeof value === 'string') return { expected, suggestion: numberHint(value, unit) };
      if (issue.expected === 'number' && typeof value === 'number') return { expected: 'a finite number', suggestion: 'write the figure in digits, e.g. 0 if there was none' };
      if (issue.expected === 'boolean' && typeof value === 'string') return { expected, suggestion: booleanHint(value) };
      return { expected };
    }
    case 'too_small': {
      const noTarget = path[0] === 'targets' && value === 0;
      return { expected: bound(issue as any, true), suggestion: noTarget ? 'leave the indicator out if the unit has no target (the page shows —)' : undefined };
    }
    case 'too_big':
      return { expected: bound(issue as any, false) };
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(' or ');
      const suggestion = typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : undefined;
      return { expected: `one of ${values}`, suggestion };
    }
    case 'invalid_format':
      return { expected: issue.message, suggestion: typeof value === 'string' && issue.message.includes('date') ? dateHint(value) : undefined };
    default:
      return { expected: issue.message, suggestion: typeof value === 'string' ? numberHint(value, unit) : undefined };
  }
}

/**
 * A union failed (a target is `400` or `{base, stretch}`): report the branch that fits the kind of
 * value written — the mapping branch's own field errors when a mapping was written.
 */
function flattenUnions(issues: readonly ZodIssue[]): ZodIssue[] {
  return issues.flatMap((issue): ZodIssue[] => {
    if (issue.code !== 'invalid_union') return [issue];
    const fits = issue.errors.find((branch) => !branch.some((b) => b.path.length === 0 && b.code === 'invalid_type'));
    if (!fits) return [{ ...issue, code: 'custom', message: 'a number > 0 or a mapping {base, stretch}' } as ZodIssue];
    return flattenUnions(fits.map((b) => ({ ...b, path: [...issue.path, ...b.path] }) as ZodIssue));
  });
}

/** One bound per field: `-5` for a positive amount breaks both ≥ 0 and > 0; only the stricter (later) one is told. */
function oneBoundPerField(issues: ZodIssue[]): ZodIssue[] {
  const key = (issue: ZodIssue) => `${issue.code} ${JSON.stringify(issue.path)}`;
  const last = new Map(issues.map((issue, i) => [key(issue), i]));
  return issues.filter((issue, i) => !(issue.code === 'too_small' || issue.code === 'too_big') || last.get(key(issue)) === i);
}

/** `unitOf` names the unit of measure of a figure's field (an indicator id), for hints like "already in 万美元". */
export function issuesFromZod(source: SourceFile, schema: z.ZodType, error: z.ZodError, unitOf: (field: string) => string | undefined = () => undefined): Issue[] {
  const issues: Issue[] = [];
  for (const issue of oneBoundPerField(flattenUnions(error.issues))) {
    const path = issue.path as Path;
    if (issue.code === 'unrecognized_keys') {
      const fields = fieldsAt(schema, path);
      for (const key of issue.keys) {
        const at = source.locate([...path, key], { key: true });
        const shown = showInvisible(key);
        issues.push({
          severity: 'error', file: source.file, ...at, field: fieldPath([...path, shown]),
          expected: fields.length > 0 ? `one of the fields ${fields.join(', ')}` : 'no such field',
          got: `the unknown field "${shown}"`,
          suggestion: shown !== key ? 'the name holds an invisible character (shown as \\uXXXX); delete the name and type it again' : didYouMean(key, fields),
        });
      }
      continue;
    }
    const value = valueAt(source.data, path);
    const { expected, suggestion } = describeExpectation(issue, value, unitOf(String(path.at(-1))));
    // A missing field points at its parent; an empty one (`units:` and nothing) at its key.
    const at = value === undefined ? source.locate(path.slice(0, -1)) : source.locate(path, { key: value === null });
    issues.push({ severity: 'error', file: source.file, ...at, field: fieldPath(path), expected, got: describeFound(value), suggestion });
  }
  return issues;
}
