/**
 * data/cooperation/YYYY.yaml: a cooperation quota with a partner city (接轨上海) — each project of
 * at least `minimum` with its amount and signing date, against a count and a total target. Its
 * amounts are in their own unit (万元, RMB): never added to or compared with other files' figures.
 */
import { z } from 'zod';
import { amountSchema, dateSchema, freeTextSchema, textSchema, yearSchema } from '../common.ts';

const cooperationProjectSchema = z.strictObject({
  name: freeTextSchema,
  /** The responsible unit: a unit id from data/units.yaml. */
  unit: textSchema,
  /** The partner, e.g. the company on the other side. */
  partner: freeTextSchema,
  /** Total investment, in the file's `unit`; at least `minimum`. */
  amount: amountSchema,
  /** Date signed, within the year: pace counts it from that month. */
  signedOn: dateSchema,
});

export const cooperationSchema = z.strictObject({
  year: yearSchema,
  illustrative: z.boolean().optional(),
  /** The tracker's title, e.g. 接轨上海. */
  title: freeTextSchema,
  /** Where the target comes from. */
  source: freeTextSchema,
  /** Unit of measure of every amount here, e.g. 万元. */
  unit: textSchema,
  /** The smallest project that counts, in `unit`. */
  minimum: amountSchema,
  /** Targets for the year: how many projects, and their total in `unit`. */
  targets: z.strictObject({ count: z.number().int().positive(), total: amountSchema.positive() }),
  projects: z.array(cooperationProjectSchema),
});

export type CooperationInput = z.infer<typeof cooperationSchema>;
export type CooperationProject = z.infer<typeof cooperationProjectSchema>;
export type CooperationYear = CooperationInput & { file: string; illustrative: boolean };

export const toCooperationYear = (file: string, value: CooperationInput): CooperationYear => ({
  ...value,
  file,
  illustrative: value.illustrative ?? false,
});
