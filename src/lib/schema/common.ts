/** Parts every data-file schema shares: ids, text, years, dates, periods and amounts. */
import { z } from 'zod';

/** A stable ascii id, used in URLs and file names: lower case letters, digits and dashes. */
export const idSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'an id of lower-case letters, digits and dashes');
/*
 * Ids of different things are branded (a type only, nothing at run time), so that a unit id passed
 * where an indicator id is expected, or a period swapped with a unit id, fails to compile. Brands are
 * given here, where the data is read and checked, and by periodOf; nowhere else but the tests' helpers.
 */
export const unitIdSchema = idSchema.brand<'UnitId'>();
export const groupIdSchema = idSchema.brand<'GroupId'>();
export const indicatorIdSchema = idSchema.brand<'IndicatorId'>();
/** Whether a text read from a file is one of the ids on file: if so, it is that kind of id. */
export const isOneOf = <Id extends string>(ids: readonly Id[], text: string): text is Id =>
  (ids as readonly string[]).includes(text);
/** A unit's id, e.g. `dazhong`. */
export type UnitId = z.infer<typeof unitIdSchema>;
/** A group's id, e.g. `towns`. */
export type GroupId = z.infer<typeof groupIdSchema>;
/** An indicator's id, e.g. `contracted`. */
export type IndicatorId = z.infer<typeof indicatorIdSchema>;
/**
 * The longest texts a clerk writes, in characters. The 报送表 says 备注 ≤ 200 and the import enforces
 * the same limits; a name longer than 400 is a paste gone wrong (a 100,000-character unit name would
 * repeat on every page of the site); test/fixtures/hostile keeps a 368-character name that must still build.
 */
export const TEXT_LIMITS = { name: 400, person: 50, remark: 200, fileName: 200, text: 2000 } as const;
/** Text a clerk writes: trimmed, never empty, at most TEXT_LIMITS.text characters. */
export const textSchema = z.string().trim().min(1).max(TEXT_LIMITS.text);
/** A name or title (unit, group, indicator, publisher): at most TEXT_LIMITS.name (400) characters. */
export const nameSchema = z.string().trim().min(1).max(TEXT_LIMITS.name);
export const yearSchema = z.number().int().min(1949).max(2100);
/** The years a text names, in order, once each: "本站 2004—2005 年…2005 年 1 月 21 日" → [2004, 2005]. */
export const yearsNamed = (text: string): number[] => [
  ...new Set(
    [...text.matchAll(/(?<![0-9０-９])(19[4-9][0-9]|20[0-9]{2}|2100)(?![0-9０-９])/g)].map((m) => Number(m[1])),
  ),
];
/** A calendar date written YYYY-MM-DD. */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date written YYYY-MM-DD');
/** A reporting period written YYYY-MM. */
export const periodSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a period written YYYY-MM')
  .brand<'Period'>();
/** A reporting month, YYYY-MM (from a checked file, or periodOf). */
export type Period = z.infer<typeof periodSchema>;
/** An amount in the indicator's unit of measure: a finite number, never negative. */
export const amountSchema = z.number().finite().min(0);

/** What a schema is built from: the indicator ids on file (plans and reports name them as fields). */
export interface SchemaInputs {
  indicatorIds: readonly string[];
}

/** Schemas of free text: fields where a clerk may well type a # (项目 #2), which an unquoted " #" would cut. */
const FREE_TEXT = z.registry<{ freeText: true }>();
/** Free text of at most `max` characters, marked for the " #" check. */
const freeText = (max: number) => z.string().trim().min(1).max(max).register(FREE_TEXT, { freeText: true });
/** Free text a clerk writes (names, notes, reasons): like textSchema, and marked for the " #" check. */
export const freeTextSchema = freeText(TEXT_LIMITS.text);
/** A unit's 备注 in a month's report: at most 200 characters, as the 报送表 says. */
export const remarkSchema = freeText(TEXT_LIMITS.remark);
/** A person's name or a file's name, written freely (填表人, the file a form came in). */
export const freeNameSchema = freeText(TEXT_LIMITS.person);
export const fileNameSchema = freeText(TEXT_LIMITS.fileName);

/** The names of the fields a schema marks as free text, at any depth. */
export function freeTextFields(schema: z.ZodType): string[] {
  const found = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (node: z.core.$ZodType, key?: string) => {
    if (key !== undefined && FREE_TEXT.has(node)) found.add(key);
    if (seen.has(node)) return;
    seen.add(node);
    const def = node._zod.def as unknown as Record<string, unknown>;
    const inner = (name: string) => def[name] as z.core.$ZodType;
    switch (def.type) {
      case 'object':
        for (const [field, value] of Object.entries(def.shape as Record<string, z.core.$ZodType>)) visit(value, field);
        break;
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'catch':
      case 'readonly':
      case 'nonoptional':
        visit(inner('innerType'), key);
        break;
      case 'pipe':
        visit(inner('in'), key);
        visit(inner('out'), key);
        break;
      case 'array':
        visit(inner('element'), key);
        break;
      case 'record':
        visit(inner('valueType'));
        break;
      case 'union':
        for (const option of def.options as z.core.$ZodType[]) visit(option, key);
        break;
      case 'intersection':
        visit(inner('left'), key);
        visit(inner('right'), key);
        break;
    }
  };
  visit(schema);
  return [...found];
}
