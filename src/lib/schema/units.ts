/** data/units.yaml: the groups ranked separately and every unit that ever reported. */
import { z } from 'zod';
import { freeTextSchema, groupIdSchema, nameSchema, periodSchema, unitIdSchema, yearSchema } from './common.ts';

const groupSchema = z.strictObject({
  /** Group id, e.g. `zones`, `towns`, `departments`. */
  id: groupIdSchema,
  /** Display name, e.g. 两区, 镇, 部门. Groups are ranked separately, never mixed. */
  name: nameSchema,
  /** Whether this group's figures add up to the city total (towns and zones do; departments overlap them). */
  countsTowardCity: z.boolean(),
});

const unitSchema = z.strictObject({
  /** Stable id, e.g. `dazhong`. Never reuse an id for a different unit. */
  id: unitIdSchema,
  /** Full display name, e.g. 大中镇. */
  name: nameSchema,
  /** Short name for narrow tables and TV, e.g. 大中. Defaults to `name`. */
  shortName: nameSchema.optional(),
  /** Group id from `groups`. */
  group: groupIdSchema,
  /** First year (2004: from January) or month (2006-02) the unit reports, inclusive. */
  activeFrom: z.union([yearSchema, periodSchema]),
  /** Last year (to December) or month the unit reports, inclusive; leave out while it still exists. */
  activeUntil: z.union([yearSchema, periodSchema]).optional(),
  /** Why the unit started or stopped (merged, renamed …): shown on its page. */
  note: freeTextSchema.optional(),
  /**
   * Units merged into this one (their ids; each must have ended before this one began). Their
   * figures, added up, stand in for this unit's last year so 同比 carries across the merger.
   * A renamed unit needs none of this: it keeps its id and changes its name.
   */
  mergedFrom: z.array(unitIdSchema).min(1).optional(),
});

export const unitsFileSchema = z.strictObject({
  /** The groups ranked separately, in display order. */
  groups: z.array(groupSchema).min(1),
  /** Every unit that ever reported, in display order; ended units stay (with activeUntil). */
  units: z.array(unitSchema).min(1),
});

export type Group = z.infer<typeof groupSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type UnitsFile = z.infer<typeof unitsFileSchema>;

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
