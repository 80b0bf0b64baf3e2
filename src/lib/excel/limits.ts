/**
 * What a file must be before a spreadsheet library sees it: not empty, not too big, a workbook
 * (an .xlsx zip, or the compound file of a legacy .xls / WPS .et), not encrypted, without macros,
 * and — for a zip — with declared sizes and an entry count a 报送表 could have. The zip's central
 * directory is read here (a few dozen bytes per entry) and every entry is inflated with a ceiling
 * at its declared size, so a zip bomb is refused in milliseconds, whether or not its sizes lie.
 */
import { inflateRawSync } from 'node:zlib';
import { t } from '../messages/index.ts';

const mb = (bytes: number) => (bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 0);

export const LIMITS = {
  /** A filled form is about 10 KB, a legacy .xls about 30 KB; the phone workbook for 300 units well under 1 MB. */
  fileBytes: 5_000_000,
  /** Entries in an .xlsx zip (a form has about 12). */
  zipEntries: 200,
  /** Uncompressed size of any one entry, and of all of them together. */
  entryBytes: 8_000_000,
  totalBytes: 20_000_000,
  /** Rows read from any sheet (the phone workbook lists at most a few hundred units per sheet). */
  sheetRows: 2_000,
} as const;

export type Container = 'zip' | 'cfb';

export type Gate =
  | { ok: true; container: Container }
  | {
      ok: false;
      reason: 'empty' | 'tooBig' | 'notSpreadsheet' | 'encrypted' | 'macros' | 'zipBomb' | 'damaged';
      detail?: string;
    };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

/** The central directory of a zip, or a reason it cannot be one a form would be. */
function zipEntries(bytes: Buffer): ZipEntry[] | { reason: 'damaged' | 'zipBomb'; detail: string } {
  // End of central directory: 22 bytes plus a comment of at most 65 535, found from the end.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return { reason: 'damaged', detail: 'no end of central directory' };
  const count = bytes.readUInt16LE(end + 10);
  const dirSize = bytes.readUInt32LE(end + 12);
  const dirOffset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) return { reason: 'zipBomb', detail: t('excel.detail.zip64') };
  if (count > LIMITS.zipEntries) return { reason: 'zipBomb', detail: t('excel.detail.entries', { count }) };
  if (dirOffset + dirSize > end) return { reason: 'damaged', detail: 'central directory out of bounds' };
  const entries: ZipEntry[] = [];
  let at = dirOffset;
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== 0x02014b50) return { reason: 'damaged', detail: 'bad entry' };
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      method: bytes.readUInt16LE(at + 10),
      compressed: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      offset: bytes.readUInt32LE(at + 42),
    };
    total += entry.size;
    if (entry.size > LIMITS.entryBytes || total > LIMITS.totalBytes)
      return { reason: 'zipBomb', detail: t('excel.detail.size', { mb: mb(total) }) };
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** Inflates every entry with its declared size as the ceiling: a size that lies is caught before memory runs away. */
function checkDeclaredSizes(bytes: Buffer, entries: ZipEntry[], keep: Map<string, Buffer>): string | undefined {
  for (const e of entries) {
    if (e.offset + 30 > bytes.length || bytes.readUInt32LE(e.offset) !== 0x04034b50)
      return `${e.name}: no local header`;
    const start = e.offset + 30 + bytes.readUInt16LE(e.offset + 26) + bytes.readUInt16LE(e.offset + 28);
    const data = bytes.subarray(start, start + e.compressed);
    if (e.method === 0) {
      if (data.length !== e.size) return `${e.name}: stored size differs`;
      if (keep.has(e.name)) keep.set(e.name, data);
    } else if (e.method === 8) {
      try {
        const out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
        if (out.length !== e.size) return `${e.name}: inflated to ${out.length}, declared ${e.size}`;
        if (keep.has(e.name)) keep.set(e.name, out);
      } catch (error) {
        return `${e.name}: ${(error as Error).message}`;
      }
    } else return `${e.name}: compression method ${e.method}`;
  }
  return undefined;
}

/** Checks a file's bytes before any spreadsheet library parses them. */
export function gate(input: Uint8Array): Gate {
  if (input.length === 0) return { ok: false, reason: 'empty' };
  if (input.length > LIMITS.fileBytes) return { ok: false, reason: 'tooBig', detail: String(input.length) };
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.length);
  if (startsWith(bytes, CFB)) {
    // An encrypted .xlsx is a compound file holding EncryptionInfo and EncryptedPackage streams.
    const text = bytes.toString('latin1');
    const utf16 = (s: string) => Buffer.from(s, 'utf16le').toString('latin1');
    if (text.includes(utf16('EncryptedPackage')) || text.includes(utf16('EncryptionInfo')))
      return { ok: false, reason: 'encrypted' };
    return { ok: true, container: 'cfb' };
  }
  if (!startsWith(bytes, ZIP)) return { ok: false, reason: 'notSpreadsheet' };
  const entries = zipEntries(bytes);
  if (!Array.isArray(entries)) return { ok: false, ...entries };
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml') && !names.has('xl/workbook.bin')) return { ok: false, reason: 'notSpreadsheet' };
  const keep = new Map([['[Content_Types].xml', Buffer.alloc(0)]]);
  const lying = checkDeclaredSizes(bytes, entries, keep);
  if (lying) return { ok: false, reason: 'zipBomb', detail: t('excel.detail.lies', { entry: lying }) };
  const types = keep.get('[Content_Types].xml')!.toString('utf8');
  if ([...names].some((n) => /vbaProject\.bin$/i.test(n)) || /macroEnabled/i.test(types))
    return { ok: false, reason: 'macros' };
  return { ok: true, container: 'zip' };
}
