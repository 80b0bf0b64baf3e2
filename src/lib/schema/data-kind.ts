/**
 * What the table of data-file kinds (kinds.ts) knows of each kind. Its own file, so that a ledger
 * kind's folder (src/lib/ledger/<kind>/schema.ts) can describe its kind without importing the table.
 */
import type { z } from 'zod';
import type { SchemaInputs } from './common.ts';
import type { Parsed } from '../read/read-yaml.ts';

export interface DataKind<Input, ModelPart> {
  /** Where such files go inside the data folder, in words for messages: `plans/YYYY.yaml`. */
  location: string;
  /** The exact paths of this kind, relative to the data folder. */
  pattern: RegExp;
  /** A real example path, for data/README.md. */
  example: string;
  /** What the file holds and how often it changes, in the clerk's words (data/README.md). */
  holds: string;
  changes: string;
  /** Exactly one such file must exist (site.yaml …); otherwise any number, or none. */
  required: boolean;
  /** The schema names indicator ids as fields: the file is checked once indicators.yaml is valid. */
  usesIndicators: boolean;
  schema: (inputs: SchemaInputs) => z.ZodType<Input>;
  /** For a file at no known place: the one change that would make it a file of this kind, if any. */
  nearMiss?: (relative: string) => string | undefined;
  /** The part of the model these files become (all files of the kind, already valid). */
  toModel: (files: Array<Parsed<Input>>, inputs: SchemaInputs) => ModelPart;
}

/** One entry of the table, its types checked. */
export const kind = <Input, ModelPart>(k: DataKind<Input, ModelPart>) => k;
