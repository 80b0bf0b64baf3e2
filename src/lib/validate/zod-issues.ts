/**
 * Turns zod's issues into clerk-readable ones: the place in the file, what was expected in plain
 * words, what was found, and a hint (nearest field name, how to write a number).
 */
import type { z } from 'zod';
import { describeValue } from './issues.ts';
import { fieldPath, type Issue, type Path } from '../read/issue.ts';
import type { SourceFile } from '../read/read-yaml.ts';
import { showInvisible } from '../read/invisible.ts';
import { booleanHint, dateHint, didYouMean, numberHint, requiredFieldHint, valueHint } from './suggest.ts';
import { listOf, quoted, t, type PlainKey } from '../messages/index.ts';

type ZodIssue = z.core.$ZodIssue;

const typeWords = (type: string): string =>
  ({
    number: t('validate.zod.aNumber'),
    int: t('validate.zod.aWholeNumber'),
    string: t('validate.zod.text'),
    boolean: t('validate.zod.trueOrFalse'),
    object: t('validate.zod.mapping'),
    array: t('validate.zod.list'),
  })[type] ?? type;

/** Format messages the shared schemas give (schema/common.ts), in Chinese; others' own messages pass through. */
const FORMATS: Record<string, PlainKey> = {
  'an id of lower-case letters, digits and dashes': 'validate.zod.format.id',
  'a date written YYYY-MM-DD': 'validate.zod.format.date',
  'a period written YYYY-MM': 'validate.zod.format.period',
};
const formatWords = (message: string): string => (FORMATS[message] ? t(FORMATS[message]) : message);

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/** The field names a schema accepts at a path, to suggest the nearest to a misspelt one. */
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access,
   @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-argument
   -- walks zod's internal `def` tree, which zod does not type */
function fieldsAt(schema: z.ZodType, path: Path): string[] {
  let node: any = schema;
  const unwrap = () => {
    while (node?.def?.innerType) node = node.def.innerType; // optional, default …
  };
  unwrap();
  for (const part of path) {
    if (typeof part === 'number' && node?.def?.type === 'array') node = node.def.element;
    else if (node?.def?.type === 'object') node = node.shape[part];
    else if (node?.def?.type === 'union')
      node = node.def.options.find((o: any) => o.def.type === 'object')?.shape[part];
    unwrap();
  }
  if (node?.def?.type === 'union') node = node.def.options.find((o: any) => o.def.type === 'object');
  return node?.def?.type === 'object' ? Object.keys(node.shape) : [];
}
/* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access,
   @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-argument */

function bound(
  issue: { minimum?: unknown; maximum?: unknown; inclusive?: boolean; origin?: string },
  small: boolean,
): string {
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'array')
    return small
      ? limit === 1
        ? t('validate.zod.atLeastOneItem', { limit })
        : t('validate.zod.atLeastItems', { limit })
      : t('validate.zod.atMostItems', { limit });
  if (issue.origin === 'string')
    return small ? t('validate.zod.nonEmptyText') : t('validate.zod.textOfAtMost', { limit });
  const op = small ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
  return t('validate.zod.numberBound', { op, limit });
}

/** The value found, as the clerk wrote it: YAML's .nan and .inf rather than JavaScript's names. */
function describeFound(value: unknown): string {
  if (typeof value === 'number' && Number.isNaN(value)) return t('validate.zod.nan');
  if (value === Infinity || value === -Infinity) return t('validate.zod.infinity', { sign: value < 0 ? '-' : '' });
  return describeValue(typeof value === 'string' ? showInvisible(value) : value);
}

/** expected / suggestion for one zod issue, given the value found. */
function describeExpectation(
  issue: ZodIssue,
  value: unknown,
  unit?: string,
): { expected: string; suggestion?: string } {
  const path = issue.path as Path;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeWords(issue.expected);
      if (value === undefined) {
        const key = issue.path.at(-1);
        return {
          expected,
          suggestion:
            typeof key === 'string'
              ? (requiredFieldHint(key) ?? t('validate.zod.requiredField', { key }))
              : t('validate.zod.requiredItem'),
        };
      }
      if ((issue.expected === 'number' || issue.expected === 'int') && typeof value === 'string')
        return { expected, suggestion: numberHint(value, unit) };
      if (issue.expected === 'number' && typeof value === 'number')
        return {
          expected: t('validate.zod.finiteNumber'),
          suggestion: t('validate.zod.finiteNumber.suggestion'),
        };
      if (issue.expected === 'boolean' && typeof value === 'string')
        return { expected, suggestion: booleanHint(value) };
      return { expected };
    }
    case 'too_small': {
      const noTarget = path[0] === 'targets' && value === 0;
      const negative = typeof value === 'number' && value < 0;
      const hint = noTarget ? t('validate.zod.zeroTarget') : negative ? t('validate.zod.negative') : undefined;
      return { expected: bound(issue, true), suggestion: hint };
    }
    case 'too_big':
      // A text too long: how long it is (the value shown is cut), and what to do.
      return typeof value === 'string'
        ? {
            expected: bound(issue, false),
            suggestion: t('validate.zod.tooLong', { length: value.trim().length, limit: Number(issue.maximum) }),
          }
        : { expected: bound(issue, false) };
    case 'invalid_value': {
      const values = issue.values.map((v) => quoted(String(v))).join(t('validate.zod.or'));
      const suggestion = typeof value === 'string' ? valueHint(value, issue.values.map(String)) : undefined;
      return { expected: t('validate.zod.oneOf', { values }), suggestion };
    }
    case 'invalid_format':
      return {
        expected: formatWords(issue.message),
        suggestion: typeof value === 'string' && issue.message.includes('date') ? dateHint(value) : undefined,
      };
    case 'custom': {
      // A schema's own rule carries its advice with it (params.suggestion, from the catalogue).
      const own = (issue.params as { suggestion?: unknown } | undefined)?.suggestion;
      if (typeof own === 'string') return { expected: issue.message, suggestion: own };
      return {
        expected: formatWords(issue.message),
        suggestion: typeof value === 'string' ? numberHint(value, unit) : undefined,
      };
    }
    default:
      return {
        expected: formatWords(issue.message),
        suggestion: typeof value === 'string' ? numberHint(value, unit) : undefined,
      };
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
    if (!fits)
      return [
        {
          ...issue,
          code: 'custom',
          message: t('validate.zod.target'),
        },
      ];
    return flattenUnions(fits.map((b) => ({ ...b, path: [...issue.path, ...b.path] })));
  });
}

/** One bound per field: `-5` for a positive amount breaks both ≥ 0 and > 0; only the stricter (later) one is told. */
function oneBoundPerField(issues: ZodIssue[]): ZodIssue[] {
  const key = (issue: ZodIssue) => `${issue.code} ${JSON.stringify(issue.path)}`;
  const last = new Map(issues.map((issue, i) => [key(issue), i]));
  return issues.filter(
    (issue, i) => !(issue.code === 'too_small' || issue.code === 'too_big') || last.get(key(issue)) === i,
  );
}

/** `unitOf` names the unit of measure of a figure's field (an indicator id), for hints like "already in 万美元". */
export function issuesFromZod(
  source: SourceFile,
  schema: z.ZodType,
  error: z.ZodError,
  unitOf: (field: string) => string | undefined = () => undefined,
): Issue[] {
  const issues: Issue[] = [];
  for (const issue of oneBoundPerField(flattenUnions(error.issues))) {
    const path = issue.path as Path;
    if (issue.code === 'unrecognized_keys') {
      const fields = fieldsAt(schema, path);
      for (const key of issue.keys) {
        const at = source.locate([...path, key], { key: true });
        const shown = showInvisible(key);
        issues.push({
          severity: 'error',
          file: source.file,
          ...at,
          field: fieldPath([...path, shown]),
          expected:
            fields.length > 0
              ? t('validate.zod.oneOfFields', { fields: listOf(fields) })
              : t('validate.zod.noSuchField'),
          got: t('validate.zod.unknownField', { shown }),
          suggestion: shown !== key ? t('validate.zod.invisibleInFieldName') : didYouMean(key, fields),
        });
      }
      continue;
    }
    const value = valueAt(source.data, path);
    const { expected, suggestion } = describeExpectation(issue, value, unitOf(String(path.at(-1))));
    // A missing field points at its parent; an empty one (`units:` and nothing) at its key.
    const at = value === undefined ? source.locate(path.slice(0, -1)) : source.locate(path, { key: value === null });
    issues.push({
      severity: 'error',
      file: source.file,
      ...at,
      field: fieldPath(path),
      expected,
      got: describeFound(value),
      suggestion,
    });
  }
  return issues;
}
