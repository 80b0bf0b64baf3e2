/**
 * The validated data, normalised for scoring and pages: one part per data-file kind, as each kind's
 * `toModel` in ../data-kinds.ts builds it. Built only after every check passed, so nothing
 * downstream re-checks shapes.
 */
import type { KindModelParts } from '../data-kinds.ts';
import type { Indicator } from '../schema/indicators.ts';
import type { Unit } from '../schema/units.ts';

type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void
  ? I
  : never;

/** site, groups, units, indicators, plans (by year), reports (by period), … — one part per kind. */
export type Model = UnionToIntersection<KindModelParts>;

/** An indicator's registry entry by id (a bare stand-in if it is not on file). */
export function indicatorOf(model: { indicators: Indicator[] }, id: string): Indicator {
  return model.indicators.find((i) => i.id === id) ?? { id, name: id, unit: '', decimals: 0 };
}

/** A unit's display name by id (the id itself if it is not on file). */
export const unitNameOf = (model: { units: Unit[] }, id: string) => model.units.find((u) => u.id === id)?.name ?? id;

export const isActive = (unit: Unit, year: number) =>
  unit.activeFrom <= year && (unit.activeUntil === undefined || year <= unit.activeUntil);
