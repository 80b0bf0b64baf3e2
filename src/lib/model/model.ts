/**
 * The validated data, normalised for scoring and pages: one part per data-file kind, as each kind's
 * `toModel` in ../schema/kinds.ts builds it. Built only after every check passed, so nothing
 * downstream re-checks shapes.
 */
import type { SchemaInputs } from '../schema/common.ts';
import { DATA_KINDS, KIND_IDS, type KindModelParts } from '../schema/kinds.ts';
import type { ValidFiles } from '../validate/validate.ts';

type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void
  ? I
  : never;

/** site, groups, units, indicators, plans (by year), reports (by period), … — one part per kind. */
export type Model = UnionToIntersection<KindModelParts>;

/** Every kind's part of the model, merged: from the files of a tree that passed every check. */
export function buildModel(files: ValidFiles): Model {
  const inputs: SchemaInputs = { indicatorIds: (files.indicators[0]?.value.indicators ?? []).map((i) => i.id) };
  const parts = KIND_IDS.map((id) =>
    (DATA_KINDS[id].toModel as (f: unknown, i: SchemaInputs) => object)(files[id], inputs),
  );
  return Object.assign({}, ...parts) as Model;
}
