/**
 * data/events/YYYY.yaml: the year's promotion events (大活动) — date, place, organiser, the
 * projects signed there with the person following each up, and how far each signing has come
 * (the file's own `steps`, e.g. 意向 → 协议 → 开工 → 到资), linked to the ledger where it became a project.
 */
import { z } from 'zod';
import { amountSchema, dateSchema, freeTextSchema, idSchema, textSchema, yearSchema } from '../../schema/common.ts';
import { kind } from '../../schema/data-kind.ts';
import type { Parsed } from '../../read/read-yaml.ts';
import { ledgerYears, type LedgerYear } from '../common/schema.ts';

const signingSchema = z.strictObject({
  /** The project signed, as named at the event. */
  name: freeTextSchema,
  /** The unit that follows it up: a unit id from data/units.yaml. */
  unit: textSchema,
  /** 跟踪责任人: the person following the signing up. */
  follower: freeTextSchema.optional(),
  /** How far it has come: one of the file's `steps`. */
  step: textSchema,
  /** The amount signed, in the file's `unit`, if one was. */
  amount: amountSchema.optional(),
  /** The ledger project (data/projects/YYYY.yaml, same year) it became, by id. */
  project: idSchema.optional(),
});

const eventSchema = z.strictObject({
  /** A stable id for the event's page (/events/<id>/). */
  id: idSchema,
  name: freeTextSchema,
  date: dateSchema,
  place: freeTextSchema,
  organiser: freeTextSchema,
  signings: z.array(signingSchema),
});

export const eventsSchema = z.strictObject({
  year: yearSchema,
  illustrative: z.boolean().optional(),
  /** Unit of measure of the signed amounts, e.g. 万美元. */
  unit: textSchema,
  /** The conversion steps in order, e.g. [意向, 协议, 开工, 到资]. */
  steps: z.array(textSchema).min(2),
  events: z.array(eventSchema).min(1),
});

export type EventsInput = z.infer<typeof eventsSchema>;
export type PromotionEvent = z.infer<typeof eventSchema>;
export type Signing = z.infer<typeof signingSchema>;
export type EventYear = LedgerYear<EventsInput>;

/** The kind's entry in the table of data-file kinds (schema/kinds.ts, through ledger/schema.ts). */
export const eventsKind = kind({
  location: 'events/YYYY.yaml',
  pattern: /^events\/\d{4}\.yaml$/,
  example: 'events/2005.yaml',
  holds: '大活动：时间、地点、主办，签约项目、跟踪责任人与进展',
  changes: '每次活动后、项目有进展时',
  required: false,
  usesIndicators: false,
  schema: () => eventsSchema,
  toModel: (files: Array<Parsed<EventsInput>>) => ({
    eventYears: ledgerYears(files),
  }),
});
