/**
 * data/published.yaml: the record of what was published — each published month's figures as they
 * first went out, per unit (an amount per indicator, or 未报送). Written by `npm run
 * record-published`, which only ever appends months; committed with the month it records, so the
 * build can tell a changed published figure from a new one without git history (CI clones shallow).
 */
import { z } from 'zod';
import { UNIT_STATUS } from './report.ts';
import { amountSchema, dateSchema, periodSchema } from './common.ts';

const unitFiguresSchema = z.union([z.literal(UNIT_STATUS.missing), z.record(z.string(), amountSchema)]);

export const publishedRecordSchema = z.strictObject({
  months: z.record(
    periodSchema,
    z.strictObject({
      publishedOn: dateSchema,
      units: z.record(z.string(), unitFiguresSchema),
    }),
  ),
});

export type PublishedRecord = z.infer<typeof publishedRecordSchema>;
export type RecordedUnit = z.infer<typeof unitFiguresSchema>;
