/** data/indicators.yaml: every indicator any year tracks. */
import { z } from 'zod';
import { type IndicatorId, indicatorIdSchema, nameSchema } from './common.ts';

const indicatorSchema = z.strictObject({
  /** Stable id, used as the field name in plans and reports, e.g. `contracted`. */
  id: indicatorIdSchema,
  /** Display name, e.g. 合同利用外资. */
  name: nameSchema,
  /** Short name for narrow columns, e.g. 合同外资. Defaults to `name`. */
  shortName: nameSchema.optional(),
  /** Unit of every amount of this indicator, e.g. 万美元. */
  unit: nameSchema,
  /** Decimal places shown for amounts. */
  decimals: z.number().int().min(0).max(4).default(0),
  /** Warn (not fail) when this indicator's 累计 exceeds another's, e.g. 实际 above 合同 for the year. */
  warnAbove: indicatorIdSchema.optional(),
});

export const indicatorsFileSchema = z.strictObject({
  /** Every indicator any year tracks; a year's plan picks its own list. */
  indicators: z.array(indicatorSchema).min(1),
});

export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorsFile = z.infer<typeof indicatorsFileSchema>;

/** An indicator's registry entry by id (a bare stand-in if it is not on file). */
export function indicatorOf(model: { indicators: Indicator[] }, id: string): Indicator {
  return model.indicators.find((i) => i.id === id) ?? { id: id as IndicatorId, name: id, unit: '', decimals: 0 }; // the stand-in keeps the id asked for
}
