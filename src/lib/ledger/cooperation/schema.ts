/**
 * data/cooperation/YYYY.yaml: a cooperation quota with a partner city (接轨上海) — each project of
 * at least `minimum` with its amount and signing date, against a count and a total target. Its
 * amounts are in their own unit (万元, RMB): never added to or compared with other files' figures.
 */
import { z } from 'zod';
import { amountSchema, dateSchema, freeTextSchema, textSchema, yearSchema } from '../../schema/common.ts';
import { kind } from '../../schema/data-kind.ts';
import type { Parsed } from '../../read/read-yaml.ts';
import { ledgerYears, type LedgerYear } from '../common/schema.ts';

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
export type CooperationYear = LedgerYear<CooperationInput>;

/** The kind's entry in the table of data-file kinds (schema/kinds.ts, through ledger/schema.ts). */
export const cooperationKind = kind({
  location: 'cooperation/YYYY.yaml',
  pattern: /^cooperation\/\d{4}\.yaml$/,
  example: 'cooperation/2005.yaml',
  holds: '合作项目（如接轨上海）：项目、单位、合作方、投资额（人民币）与签约日期',
  changes: '签约一个补一项',
  required: false,
  usesIndicators: false,
  schema: () => cooperationSchema,
  toModel: (files: Array<Parsed<CooperationInput>>) => ({
    cooperationYears: ledgerYears(files),
  }),
});
