/**
 * Putting a file kept in a build cache into dist/ without copying its bytes: a hard link where the
 * cache and dist/ share a file system (a month's build links ≈ 1 GB of pictures and compressed copies
 * at 10 years × 300 units), a copy where they do not. A file already at the destination is removed
 * first, never written into: it may itself be a link to a cached file, which must stay as it is.
 */
import { copyFileSync, linkSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function placeFromCache(cached: string, destination: string): void {
  mkdirSync(dirname(destination), { recursive: true });
  try {
    unlinkSync(destination);
  } catch {
    // nothing there yet
  }
  try {
    linkSync(cached, destination);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Another file system (EXDEV), or one without hard links (EPERM): copy.
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw error;
    copyFileSync(cached, destination);
  }
}

/** Writes a file into a cache: to a temporary name, then renamed, so a stopped build never leaves half a file. */
export function writeToCache(file: string, body: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, body);
  renameSync(tmp, file);
}
