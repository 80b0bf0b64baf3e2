/**
 * The one module that touches the file system: reads every file under the data folder and
 * hands them to the pure validator. Used by the CLI, the build and the tests alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beijingPeriod } from '../model/period.ts';
import { sortIssues, type Issue } from '../validate/issues.ts';
import { validateTree, type ValidationResult } from '../validate/validate.ts';
import { readYaml, type SourceFile } from './read-yaml.ts';

const IGNORED = /(^|\/)(README\.md|\.gitkeep|\.DS_Store)$/;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

export interface LoadOptions {
  /** Project root; file names in messages are relative to it. */
  root: string;
  /** Data folder relative to root. */
  dataDir?: string;
  /** Override the current month (tests, reproducible builds). */
  currentPeriod?: string;
  /** Rules not to run, by name. */
  skipRules?: readonly string[];
  /**
   * Files read as if they held these bytes (path relative to root, e.g. `data/reports/2006/2006-02.yaml`),
   * whether or not they exist: npm run import validates the draft it would write before writing it.
   */
  overrides?: ReadonlyMap<string, Uint8Array>;
}

export function loadData(options: LoadOptions): ValidationResult {
  return dataLoader(options)(options.overrides);
}

/**
 * A loader that reads each file on disk once and validates the tree again on each call, with some
 * files replaced: npm run import validates the draft it would write, as often as it leaves a form out,
 * without parsing a large board's YAML again every time.
 */
export function dataLoader({
  root,
  dataDir = 'data',
  currentPeriod: period,
  skipRules,
}: Omit<LoadOptions, 'overrides'>): (overrides?: ReadonlyMap<string, Uint8Array>) => ValidationResult {
  const onDisk = listFiles(join(root, dataDir))
    .map((path) => relative(root, path).split(sep).join('/'))
    .filter((file) => !IGNORED.test(file));
  const cache = new Map<string, ReturnType<typeof readYaml>>();
  const readOnDisk = (file: string) => {
    let read = cache.get(file);
    if (!read) cache.set(file, (read = readYaml(file, readFileSync(join(root, file)))));
    return read;
  };
  return (overrides) => {
    const issues: Issue[] = [];
    const sources: SourceFile[] = [];
    const unreadable = new Set<string>();
    const files = [...new Set([...onDisk, ...(overrides?.keys() ?? [])])].sort();
    for (const file of files) {
      if (IGNORED.test(file)) continue;
      const bytes = overrides?.get(file);
      const read = bytes ? readYaml(file, bytes) : readOnDisk(file);
      issues.push(...read.issues);
      if (read.source) sources.push(read.source);
      else unreadable.add(file);
    }
    const result = validateTree(sources, {
      dataDir,
      currentPeriod: period ?? process.env.BOARD_CURRENT_PERIOD ?? beijingPeriod(),
      unreadable,
      skipRules,
    });
    const all = sortIssues([...issues, ...result.issues]);
    return { model: issues.some((i) => i.severity === 'error') ? undefined : result.model, issues: all };
  };
}
