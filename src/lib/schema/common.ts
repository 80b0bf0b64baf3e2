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
