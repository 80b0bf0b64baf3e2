/** data/site.yaml: who publishes the board and what it ranks. */
import { z } from 'zod';
import { freeTextSchema, textSchema } from './common.ts';

export const siteSchema = z.strictObject({
  /** City that publishes the board, e.g. 大丰市. */
  city: textSchema,
  /** Site title shown in every page head, e.g. 大丰市利用外资排行榜. */
  title: textSchema,
  /** What is ranked, as it reads in headings: 利用外资 → "2005年1—3月利用外资排行榜". */
  subject: textSchema,
  /** Who publishes: printed in the footer and in every bulletin. */
  publisher: textSchema,
  /** One sentence for search engines and link previews. */
  description: freeTextSchema,
  /** True while the figures are the shipped sample: every page then says so. */
  illustrative: z.boolean(),
  /** The notice printed on every page while the figures are illustrative. */
  illustrativeNotice: freeTextSchema.optional(),
});

export type Site = z.infer<typeof siteSchema>;
