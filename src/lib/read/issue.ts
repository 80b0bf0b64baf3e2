/** The shape of a problem found in the data: every stage from reading on reports its findings as issues. */

/**
 * One problem found in the data, with everything a clerk needs to fix it:
 * where (file, line, column, field), what was expected, what was found, and a tip.
 */
export interface Issue {
  /** 'error' stops the build; 'warning' is printed and the build goes on. */
  severity: 'error' | 'warning';
  /** Path of the file relative to the project root, e.g. `data/reports/2005/2005-03.yaml`. */
  file: string;
  /** 1-based line and column of the offending value (1:1 when the whole file is meant). */
  line: number;
  col: number;
  /** Dotted field path inside the file, e.g. `units[1].contracted`; '' for the whole file. */
  field: string;
  /** What the rule wanted. */
  expected: string;
  /** What it found instead. */
  got: string;
  /** Optional hint: the nearest id, or how to write the value. */
  suggestion?: string;
  /** The check that raised it (a rule's name, `schema`, `yaml-syntax` …): for developers and CI annotations. */
  rule?: string;
}

export type Path = ReadonlyArray<string | number>;

/** `units[1].contracted` from ['units', 1, 'contracted']. */
export function fieldPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}
