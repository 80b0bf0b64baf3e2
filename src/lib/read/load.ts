/**
 * The one module that reads the data folder: every file under it, each read strictly
 * (read-yaml.ts). What the files mean is the next stages' business (model/load.ts joins them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Issue } from './issue.ts';
import { readYaml, type ReadOptions, type SourceFile } from './read-yaml.ts';

const IGNORED = /(^|\/)(README\.md|\.gitkeep|\.DS_Store)$/;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

export interface TreeOptions extends ReadOptions {
  /** Project root; file names in messages are relative to it. */
  root: string;
  /** Data folder relative to root. */
  dataDir: string;
}

export interface ReadTree {
  /** Every file that could be read. */
  sources: SourceFile[];
  /** What was wrong with the others (and with any file's text). */
  issues: Issue[];
  /** Files that exist but could not be read: their problems are already in `issues`. */
  unreadable: Set<string>;
}

export function readTree({ root, dataDir, ...options }: TreeOptions): ReadTree {
  const issues: Issue[] = [];
  const sources: SourceFile[] = [];
  const unreadable = new Set<string>();
  for (const path of listFiles(join(root, dataDir))) {
    const file = relative(root, path).split(sep).join('/');
    if (IGNORED.test(file)) continue;
    const read = readYaml(file, readFileSync(path), options);
    issues.push(...read.issues);
    if (read.source) sources.push(read.source);
    else unreadable.add(file);
  }
  return { sources, issues, unreadable };
}
