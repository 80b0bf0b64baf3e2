/**
 * SHA256SUMS beside the downloads: one in /data/ for the current set (its own files, not the release folders)
 * and one in each /data/releases/YYYY-MM/, in the format `sha256sum -c` reads, so a reader can prove a file is
 * the one published. Hashes the bytes on disk, after the pages are written and before the compressed copies.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SUMS_FILE = 'SHA256SUMS';

/** Writes SHA256SUMS for the files directly in `dir` (compressed copies and the sums file left out). */
function sumsOf(dir: string): number {
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name !== SUMS_FILE && !/\.(gz|br)$/.test(d.name))
    .map((d) => d.name)
    .sort();
  const lines = files.map(
    (name) =>
      `${createHash('sha256')
        .update(readFileSync(join(dir, name)))
        .digest('hex')}  ${name}\n`,
  );
  writeFileSync(join(dir, SUMS_FILE), lines.join(''));
  return files.length;
}

/** SHA256SUMS in `dataDir` and in every release folder under it; returns the number of folders. */
export function writeChecksums(dataDir: string): number {
  if (!existsSync(dataDir)) return 0;
  sumsOf(dataDir);
  const releases = join(dataDir, 'releases');
  const folders = existsSync(releases)
    ? readdirSync(releases, { withFileTypes: true }).filter((d) => d.isDirectory())
    : [];
  for (const folder of folders) sumsOf(join(releases, folder.name));
  return folders.length + 1;
}
