/** What each year's file of a ledger kind (projects, events, cooperation, service) becomes in the model. */
import type { Parsed } from '../../read/read-yaml.ts';

/** A year's ledger file as the model keeps it: as written, with its file name and whether it is illustrative. */
export type LedgerYear<T> = T & { file: string; illustrative: boolean };

/** Each file of a yearly ledger kind, as the model keeps it, the oldest year first. */
export const ledgerYears = <T extends { year: number; illustrative?: boolean | undefined }>(
  files: Array<Parsed<T>>,
): Array<LedgerYear<T>> =>
  files
    .map((f) => ({ ...f.value, file: f.source.file, illustrative: f.value.illustrative ?? false }))
    .sort((a, b) => a.year - b.year);
