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
}

export function loadData({ root, dataDir = 'data', currentPeriod: period, skipRules }: LoadOptions): ValidationResult {
  const issues: Issue[] = [];
  const sources: SourceFile[] = [];
  const unreadable = new Set<string>();
  for (const path of listFiles(join(root, dataDir))) {
    const file = relative(root, path).split(sep).join('/');
    if (IGNORED.test(file)) continue;
    const read = readYaml(file, readFileSync(path));
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
}
