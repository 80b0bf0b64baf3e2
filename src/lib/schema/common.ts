/** Parts every data-file schema shares: ids, text, years, dates, periods and amounts. */
import { z } from 'zod';

/** A stable ascii id, used in URLs and file names: lower case letters, digits and dashes. */
export const idSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'an id of lower-case letters, digits and dashes');
/** Text a clerk writes: trimmed, never empty. */
export const textSchema = z.string().trim().min(1);
export const yearSchema = z.number().int().min(1949).max(2100);
/** A calendar date written YYYY-MM-DD. */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date written YYYY-MM-DD');
/** A reporting period written YYYY-MM. */
export const periodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a period written YYYY-MM');
/** An amount in the indicator's unit of measure: a finite number, never negative. */
export const amountSchema = z.number().finite().min(0);

/** What a schema is built from: the indicator ids on file (plans and reports name them as fields). */
export interface SchemaInputs {
  indicatorIds: readonly string[];
}

/** Schemas of free text: fields where a clerk may well type a # (项目 #2), which an unquoted " #" would cut. */
const FREE_TEXT = z.registry<{ freeText: true }>();
/** Free text a clerk writes (names, notes, reasons): like textSchema, and marked for the " #" check. */
export const freeTextSchema = z.string().trim().min(1).register(FREE_TEXT, { freeText: true });

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
