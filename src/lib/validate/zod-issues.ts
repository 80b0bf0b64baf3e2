/**
 * Turns zod's issues into clerk-readable ones: the place in the file, what was expected in plain
 * words, what was found, and a hint (nearest field name, how to write a number).
 */
import type { z } from 'zod';
import { describeValue } from './issues.ts';
import { fieldPath, type Issue, type Path } from '../read/issue.ts';
import type { SourceFile } from '../read/read-yaml.ts';
import { showInvisible } from '../read/invisible.ts';
import { messageLang, say } from '../messages/lang.ts';
import { booleanHint, dateHint, didYouMean, numberHint, requiredFieldHint, valueHint } from './suggest.ts';

type ZodIssue = z.core.$ZodIssue;

const typeWords = (type: string): string =>
  ({
    number: say('数字', 'a number'),
    int: say('整数', 'a whole number'),
    string: say('文字', 'text'),
    boolean: say('true 或 false', 'true or false'),
    object: say('几行“字段: 值”', 'a mapping (key: value lines)'),
    array: say('一个列表（以 - 开头的几行）', 'a list (lines starting with -)'),
  })[type] ?? type;

/** Format messages the shared schemas give (schema/common.ts), in Chinese; others' own messages pass through. */
const formatWords = (message: string): string =>
  messageLang() === 'en'
    ? message
    : ({
        'an id of lower-case letters, digits and dashes': '由小写字母、数字和短横线组成的代码（如 dazhong）',
        'a date written YYYY-MM-DD': '写成 YYYY-MM-DD 的日期（如 2005-05-05）',
        'a period written YYYY-MM': '写成 YYYY-MM 的月份（如 2005-04，月份写两位）',
      }[message] ?? message);

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/** The field names a schema accepts at a path, to suggest the nearest to a misspelt one. */
/* eslint-disable @typescript-eslint/no-explicit-any -- walks zod's internal `def` tree, which zod does not type */
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
/* eslint-enable @typescript-eslint/no-explicit-any */

function bound(
  issue: { minimum?: unknown; maximum?: unknown; inclusive?: boolean; origin?: string },
  small: boolean,
): string {
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'array')
    return small
      ? say(`至少 ${limit} 项`, `at least ${limit} item${limit === 1 ? '' : 's'}`)
      : say(`至多 ${limit} 项`, `at most ${limit} items`);
  if (issue.origin === 'string')
    return small
      ? say('不能空着的文字', 'non-empty text')
      : say(`不超过 ${limit} 个字的文字`, `text of at most ${limit} characters`);
  const op = small ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
  return say(`${op} ${limit} 的数`, `a number ${op} ${limit}`);
}

/** The value found, as the clerk wrote it: YAML's .nan and .inf rather than JavaScript's names. */
function describeFound(value: unknown): string {
  if (typeof value === 'number' && Number.isNaN(value)) return say('.nan（不是数字）', '.nan (not a number)');
  if (value === Infinity || value === -Infinity)
    return say(`${value < 0 ? '-' : ''}.inf（无穷大）`, `${value < 0 ? '-' : ''}.inf (infinity)`);
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
              ? (requiredFieldHint(key) ??
                say(`这个字段必须写：加一行“${key}: …”`, `this field is required: add a line "${key}: …"`))
              : say('这一项必须写', 'this item is required'),
        };
      }
      if ((issue.expected === 'number' || issue.expected === 'int') && typeof value === 'string')
        return { expected, suggestion: numberHint(value, unit) };
      if (issue.expected === 'number' && typeof value === 'number')
        return {
          expected: say('一个具体的数', 'a finite number'),
          suggestion: say('用数字写出金额；没有就写 0', 'write the figure in digits, e.g. 0 if there was none'),
        };
      if (issue.expected === 'boolean' && typeof value === 'string')
        return { expected, suggestion: booleanHint(value) };
      return { expected };
    }
    case 'too_small': {
      const noTarget = path[0] === 'targets' && value === 0;
      const negative = typeof value === 'number' && value < 0;
      const hint = noTarget
        ? say(
            '这个单位没有这项目标的话，删掉这一行（网页上显示 —）',
            'leave the indicator out if the unit has no target (the page shows —)',
          )
        : negative
          ? say(
              '金额不能是负数：核对正负号；累计数确实减少（核减）时，数字仍写减少后的累计数',
              'amounts are never negative: check the sign',
            )
          : undefined;
      return { expected: bound(issue as Parameters<typeof bound>[0], true), suggestion: hint };
    }
    case 'too_big':
      return { expected: bound(issue as Parameters<typeof bound>[0], false) };
    case 'invalid_value': {
      const values = issue.values
        .map((v) => (messageLang() === 'en' ? JSON.stringify(v) : `“${String(v)}”`))
        .join(say('或', ' or '));
      const suggestion = typeof value === 'string' ? valueHint(value, issue.values.map(String)) : undefined;
      return { expected: say(`${values}之一`, `one of ${values}`), suggestion };
    }
    case 'invalid_format':
      return {
        expected: formatWords(issue.message),
        suggestion: typeof value === 'string' && issue.message.includes('date') ? dateHint(value) : undefined,
      };
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
          message: say(
            '大于 0 的数，或“base: 确保目标”和“stretch: 力争目标”两行',
            'a number > 0 or a mapping {base, stretch}',
          ),
        } as ZodIssue,
      ];
    return flattenUnions(fits.map((b) => ({ ...b, path: [...issue.path, ...b.path] }) as ZodIssue));
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
              ? say(`这些字段之一：${fields.join('、')}`, `one of the fields ${fields.join(', ')}`)
              : say('这里不能有字段', 'no such field'),
          got: say(`不认识的字段“${shown}”`, `the unknown field "${shown}"`),
          suggestion:
            shown !== key
              ? say(
                  '字段名里有看不见的字符（显示为 \\uXXXX）：删掉字段名重新输入',
                  'the name holds an invisible character (shown as \\uXXXX); delete the name and type it again',
                )
              : didYouMean(key, fields),
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
