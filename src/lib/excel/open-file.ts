/**
 * A received file's bytes, read only if it is a regular file: a path that does not exist, a link
 * that leads nowhere, and a device, FIFO, socket or folder named `.xlsx` are refused by what they are
 * (a unit's zip unpacked with `unzip` can carry a link to /dev/zero). The size is checked on the open
 * file (fstat), and no more than the size limit is ever read, so a file that grows while read is cut.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  readlinkSync,
  statSync,
  type Stats,
} from 'node:fs';
import { LIMITS } from './limits.ts';
import { problem, type FormProblem } from './cells.ts';
import { t } from '../messages/index.ts';

export type Opened = { ok: true; bytes: Uint8Array } | { ok: false; problem: FormProblem };

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** What a non-regular file is, in the clerk's words. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return t('excel.kind.folder');
  if (stats.isFIFO()) return t('excel.kind.fifo');
  if (stats.isSocket()) return t('excel.kind.socket');
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return t('excel.kind.device');
  return t('excel.kind.other');
}

export function openForm(path: string): Opened {
  const refuse = (p: FormProblem): Opened => ({ ok: false, problem: p });
  let link: Stats;
  try {
    link = lstatSync(path);
  } catch (error) {
    if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return refuse(problem('error', 'read.missing'));
    return refuse(problem('error', 'read.unreadable', { detail: code(error) ?? '' }));
  }
  let stats = link;
  if (link.isSymbolicLink()) {
    const target = readlinkSync(path);
    try {
      stats = statSync(path);
    } catch {
      return refuse(problem('error', 'read.dangling', { target }));
    }
    if (!stats.isFile()) return refuse(problem('error', 'read.linkNotRegular', { target, kind: kindOf(stats) }));
  } else if (!stats.isFile()) return refuse(problem('error', 'read.notRegular', { kind: kindOf(stats) }));
  if (stats.size === 0) return refuse(problem('error', 'read.empty'));
  if (stats.size > LIMITS.fileBytes)
    return refuse(problem('error', 'read.tooBig', { limit: `${LIMITS.fileBytes / 1e6} MB`, size: stats.size }));
  // O_NONBLOCK: should the path have been swapped for a FIFO since stat, open does not wait for a writer.
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return refuse(problem('error', 'read.unreadable', { detail: code(error) ?? '' }));
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return refuse(problem('error', 'read.notRegular', { kind: kindOf(opened) }));
    const buffer = Buffer.alloc(Math.min(opened.size, LIMITS.fileBytes));
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    if (read === 0) return refuse(problem('error', 'read.empty'));
    return { ok: true, bytes: buffer.subarray(0, read) };
  } catch (error) {
    return refuse(problem('error', 'read.unreadable', { detail: code(error) ?? '' }));
  } finally {
    closeSync(fd);
  }
}
