/**
 * data/revisions/YYYY.yaml: every change to a published figure (更正 an error, 修订 late data) and
 * every 核减 (a real fall in a 1—N月累计: a contract reduced or withdrawn) of the year — as written,
 * and as the model sees them.
 */
import { z } from 'zod';
import { UNIT_STATUS } from './report.ts';
import {
  amountSchema,
  dateSchema,
  freeTextSchema,
  type IndicatorId,
  periodSchema,
  textSchema,
  type UnitId,
} from './common.ts';

export const REVISION_KINDS = { error: '更正', late: '修订' } as const;
/** A figure as published: an amount, or 未报送 (the unit did not report). */
const figureSchema = z.union([amountSchema, z.literal(UNIT_STATUS.missing)]);

const revisionSchema = z.strictObject({
  /** When the change was decided (YYYY-MM-DD). */
  date: dateSchema,
  /** The published month whose figure changes. */
  period: periodSchema,
  unit: textSchema,
  indicator: textSchema,
  /** The figure as published (or as the last revision left it), and the figure now. */
  old: figureSchema,
  new: figureSchema,
  /** 更正: the published figure was wrong; 修订: data that came in late. */
  kind: z.enum([REVISION_KINDS.error, REVISION_KINDS.late]),
  reason: freeTextSchema,
});

const adjustmentSchema = z.strictObject({
  date: dateSchema,
  /** The month whose 累计 is lower than the month before's because of it. */
  period: periodSchema,
  unit: textSchema,
  indicator: textSchema,
  /** How much the 累计 was reduced by (核减额), in the indicator's unit. */
  amount: amountSchema.refine((n) => n > 0, 'a number > 0'),
  reason: freeTextSchema,
});

export const revisionsFileSchema = z.strictObject({
  revisions: z.array(revisionSchema).default([]),
  adjustments: z.array(adjustmentSchema).default([]),
  illustrative: z.boolean().optional(),
});

export type RevisionsFile = z.infer<typeof revisionsFileSchema>;
export type Figure = z.infer<typeof figureSchema>;
/** Unit and indicator are checked against the registry before the model is built (they are text here to get a hint). */
type Named = { unit: UnitId; indicator: IndicatorId };
export type Revision = Omit<z.infer<typeof revisionSchema>, keyof Named> & Named & { file: string };
export type Adjustment = Omit<z.infer<typeof adjustmentSchema>, keyof Named> & Named & { file: string };

const named = (r: { unit: string; indicator: string }): Named => ({
  unit: r.unit as UnitId,
  indicator: r.indicator as IndicatorId,
});

export function toRevisions(files: Array<{ source: { file: string }; value: RevisionsFile }>): {
  revisions: Revision[];
  adjustments: Adjustment[];
} {
  const byDate = <T extends { date: string; period: string }>(a: T, b: T) =>
    a.date.localeCompare(b.date) || a.period.localeCompare(b.period);
  return {
    revisions: files
      .flatMap((f) => f.value.revisions.map((r) => ({ ...r, ...named(r), file: f.source.file })))
      .sort(byDate),
    adjustments: files
      .flatMap((f) => f.value.adjustments.map((a) => ({ ...a, ...named(a), file: f.source.file })))
      .sort(byDate),
  };
}
