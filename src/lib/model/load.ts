/**
 * The data folder to a model, as `npm run validate`, the build and the tests all do it: read every
 * file (read/), check the tree (validate/), then build the model (model.ts). Every issue of every
 * stage is returned; the model only when there is no error.
 */
import { boardConfig } from '../config.ts';
import { beijingPeriod } from '../schema/period.ts';
import { FREE_TEXT_FIELDS } from '../schema/kinds.ts';
import type { Issue } from '../read/issue.ts';
import { treeReader, type Overrides } from '../read/load.ts';
import { readYaml, type ReadResult, type SourceFile } from '../read/read-yaml.ts';
import { sortIssues } from '../validate/issues.ts';
import { validateTree, type ValidateOptions } from '../validate/validate.ts';
import { buildModel, type Model } from './model.ts';

export interface LoadResult {
  model?: Model;
  issues: Issue[];
}

/** Reads one data file as loadData does (with the free-text fields of the table of kinds). */
export const readDataFile = (file: string, bytes: Uint8Array): ReadResult =>
  readYaml(file, bytes, { freeText: FREE_TEXT_FIELDS });

/** Checks files already read and builds their model when nothing is wrong. */
export function checkTree(sources: SourceFile[], options: ValidateOptions): LoadResult {
  const { files, issues } = validateTree(sources, options);
  return { issues, model: files && buildModel(files) };
}

export interface LoadOptions {
  /** Project root; file names in messages are relative to it. */
  root: string;
  /** Data folder relative to root. */
  dataDir?: string;
  /** Override the current month (tests, reproducible builds); else BOARD_CURRENT_PERIOD, else this month in Beijing. */
  currentPeriod?: string;
  /** Rules not to run, by name. */
  skipRules?: readonly string[];
  /**
   * Files read as if they held these bytes (path relative to root, e.g. `data/reports/2006/2006-02.yaml`),
   * whether or not they exist: npm run import validates the draft it would write before writing it.
   */
  overrides?: Overrides;
}

export function loadData(options: LoadOptions): LoadResult {
  return dataLoader(options)(options.overrides);
}

/** A loader that reads the files on disk once and checks the tree again on each call, some files replaced. */
export function dataLoader({
  root,
  dataDir = 'data',
  currentPeriod,
  skipRules,
}: Omit<LoadOptions, 'overrides'>): (overrides?: Overrides) => LoadResult {
  const readFiles = treeReader({ root, dataDir, freeText: FREE_TEXT_FIELDS });
  return (overrides) => {
    const read = readFiles(overrides);
    const result = checkTree(read.sources, {
      dataDir,
      currentPeriod: currentPeriod ?? boardConfig().currentPeriod ?? beijingPeriod(),
      unreadable: read.unreadable,
      skipRules,
    });
    const issues = sortIssues([...read.issues, ...result.issues]);
    return { model: read.issues.some((i) => i.severity === 'error') ? undefined : result.model, issues };
  };
}
