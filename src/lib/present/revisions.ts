/**
 * Which published figures were revised, and where their history is: the 已修订 marks and the corrections page read this.
 */
import type { Model } from '../model/model.ts';
import type { IndicatorId, Period, UnitId } from '../schema/common.ts';
import type { Revision } from '../schema/revisions.ts';
import { correctionsUrl } from './urls.ts';

/** The anchor of a figure's history on the corrections page: #r-2005-03-dazhong-contracted. */
export const revisionAnchor = (r: Pick<Revision, 'period' | 'unit' | 'indicator'>) =>
  `r-${r.period}-${r.unit}-${r.indicator}`;

const byFigure = new WeakMap<Revision[], Map<string, Revision[]>>();

/**
 * Every change to one published figure (更正 or 修订), oldest first; empty when it was never revised.
 * Looked up through a map kept per model, so a year's download asks cheaply for every figure.
 */
export function revisionsOf(
  model: Pick<Model, 'revisions'>,
  period: Period,
  unit: UnitId,
  indicator: IndicatorId,
): Revision[] {
  let index = byFigure.get(model.revisions);
  if (!index) {
    index = new Map();
    for (const r of model.revisions) {
      const key = revisionAnchor(r);
      index.set(key, [...(index.get(key) ?? []), r]);
    }
    byFigure.set(model.revisions, index);
  }
  return index.get(revisionAnchor({ period, unit, indicator })) ?? [];
}

/** The link to a figure's history if it was ever revised, else undefined. */
export function revisedHref(
  model: Pick<Model, 'revisions'>,
  period: Period,
  unit: UnitId,
  indicator: IndicatorId,
): string | undefined {
  const revised = revisionsOf(model, period, unit, indicator).length > 0;
  return revised ? `${correctionsUrl()}#${revisionAnchor({ period, unit, indicator })}` : undefined;
}
