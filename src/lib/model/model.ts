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

/** The first month a unit reports (YYYY-MM): `activeFrom: 2006-02`, or January of `activeFrom: 2006`. */
export const startPeriod = (unit: Pick<Unit, 'activeFrom'>) =>
  typeof unit.activeFrom === 'number' ? `${unit.activeFrom}-01` : unit.activeFrom;

/** The last month a unit reports (YYYY-MM), if it stopped: `activeUntil: 2006-06`, or December of a year. */
export const endPeriod = (unit: Pick<Unit, 'activeUntil'>) =>
  typeof unit.activeUntil === 'number' ? `${unit.activeUntil}-12` : unit.activeUntil;

/** The year a unit starts reporting. */
export const startYear = (unit: Pick<Unit, 'activeFrom'>) => Number(startPeriod(unit).slice(0, 4));

/** Whether a unit reports in any month of a year (it then has targets for that year). */
export const isActive = (unit: Unit, year: number) =>
  startYear(unit) <= year && (unit.activeUntil === undefined || year <= Number(endPeriod(unit)!.slice(0, 4)));

/** Whether a unit reports in a month (YYYY-MM): a unit that starts in February is not in January's report. */
export const isActiveIn = (unit: Unit, period: string) => {
  const end = endPeriod(unit);
  return startPeriod(unit) <= period && (end === undefined || period <= end);
};
