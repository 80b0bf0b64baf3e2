/**
 * Which published figures were revised, and where their history is: the 已修订 marks and the corrections page read this.
 */
import type { Model } from '../model/model.ts';
import type { Revision } from '../schema/revisions.ts';
import { correctionsUrl } from './urls.ts';

/** The anchor of a figure's history on the corrections page: #r-2005-03-dazhong-contracted. */
export const revisionAnchor = (r: Pick<Revision, 'period' | 'unit' | 'indicator'>) =>
  `r-${r.period}-${r.unit}-${r.indicator}`;

/** The link to a figure's history if it was ever revised, else undefined. */
export function revisedHref(
  model: Pick<Model, 'revisions'>,
  period: string,
  unit: string,
  indicator: string,
): string | undefined {
  const revised = model.revisions.some((r) => r.period === period && r.unit === unit && r.indicator === indicator);
  return revised ? `${correctionsUrl()}#${revisionAnchor({ period, unit, indicator })}` : undefined;
}
