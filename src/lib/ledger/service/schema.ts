/**
 * data/service/YYYY.yaml: the service environment per quarter — whether the investors' forum
 * (外资企业座谈会) was held, when and its main points; complaints to the hotline and mailbox:
 * received, verified (查实), resolved, and 待岗 decisions taken.
 */
import { z } from 'zod';
import { dateSchema, freeTextSchema, textSchema, yearSchema } from '../../schema/common.ts';
import { kind } from '../../schema/data-kind.ts';
import type { Parsed } from '../../read/read-yaml.ts';
import { ledgerYears, type LedgerYear } from '../common/schema.ts';

const count = z.number().int().min(0);

const quarterSchema = z.strictObject({
  /** 1–4, each once, in order. */
  quarter: z.number().int().min(1).max(4),
  forum: z.strictObject({
    held: z.boolean(),
    /** When it was held (inside the quarter); required when held. */
    date: dateSchema.optional(),
    /** Its main points, one a line. */
    points: z.array(freeTextSchema).optional(),
  }),
  complaints: z.strictObject({
    received: count,
    /** 查实: at most the number received. */
    verified: count,
    /** 已办结: at most the number received. */
    resolved: count,
    /** 待岗 decisions taken (一次投诉查实待岗): at most the number verified. */
    suspensions: count,
  }),
  note: freeTextSchema.optional(),
});

export const serviceSchema = z.strictObject({
  year: yearSchema,
  illustrative: z.boolean().optional(),
  /** What is watched and why, in a sentence for the page (e.g. the speech's rule). */
  about: textSchema.optional(),
  quarters: z.array(quarterSchema).min(1).max(4),
});

export type ServiceInput = z.infer<typeof serviceSchema>;
export type ServiceQuarter = z.infer<typeof quarterSchema>;
export type ServiceYear = LedgerYear<ServiceInput>;

/** The kind's entry in the table of data-file kinds (schema/kinds.ts, through ledger/schema.ts). */
export const serviceKind = kind({
  location: 'service/YYYY.yaml',
  pattern: /^service\/\d{4}\.yaml$/,
  example: 'service/2005.yaml',
  holds: '服务环境：每季度外资企业座谈会与投诉受理、查实、办结、待岗',
  changes: '每季度一次',
  required: false,
  usesIndicators: false,
  schema: () => serviceSchema,
  toModel: (files: Array<Parsed<ServiceInput>>) => ({
    serviceYears: ledgerYears(files),
  }),
});
