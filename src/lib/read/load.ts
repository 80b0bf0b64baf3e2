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

/** Files read as if they held these bytes (path relative to root), whether or not they exist. */
export type Overrides = ReadonlyMap<string, Uint8Array>;

export function readTree(options: TreeOptions): ReadTree {
  return treeReader(options)();
}

/**
 * A reader that reads each file on disk once and can read the tree again with some files replaced:
 * npm run import checks the draft it would write, as often as it leaves a form out, without parsing
 * a large board's YAML again every time.
 */
export function treeReader({ root, dataDir, ...options }: TreeOptions): (overrides?: Overrides) => ReadTree {
  const onDisk = listFiles(join(root, dataDir))
    .map((path) => relative(root, path).split(sep).join('/'))
    .filter((file) => !IGNORED.test(file));
  const cache = new Map<string, ReturnType<typeof readYaml>>();
  const readOnDisk = (file: string) => {
    let read = cache.get(file);
    if (!read) cache.set(file, (read = readYaml(file, readFileSync(join(root, file)), options)));
    return read;
  };
  return (overrides) => {
    const issues: Issue[] = [];
    const sources: SourceFile[] = [];
    const unreadable = new Set<string>();
    const files = overrides ? [...new Set([...onDisk, ...overrides.keys()])].sort() : onDisk;
    for (const file of files) {
      if (IGNORED.test(file)) continue;
      const bytes = overrides?.get(file);
      const read = bytes ? readYaml(file, bytes, options) : readOnDisk(file);
      issues.push(...read.issues);
      if (read.source) sources.push(read.source);
      else unreadable.add(file);
    }
    return { sources, issues, unreadable };
  };
}
