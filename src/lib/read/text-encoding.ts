import { t } from '../messages/index.ts';

/** Bytes to text: strict UTF-8, and when it fails, where and what the clerk's editor saved instead. */

/** Offset of the first byte that breaks UTF-8 (called only after a strict decode failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const extra =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0 || i + extra >= bytes.length) return i;
    for (let k = 1; k <= extra; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return 0;
}

export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The text as GBK would read it, when it reads cleanly: tells the clerk what the bytes were. */
function asGbk(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Where text that is not UTF-8 starts: the first non-ASCII byte of the run holding the first bad
 * byte (GBK pairs can pass for UTF-8 by chance), as line and column in characters.
 */
export function badBytes(bytes: Uint8Array): { pos: { line: number; col: number }; got: string } {
  const bad = firstInvalidUtf8(bytes);
  let lineStart = bad;
  while (lineStart > 0 && bytes[lineStart - 1] !== 0x0a) lineStart--;
  let start = bad;
  while (start > lineStart && bytes[start - 1]! >= 0x80) start--;
  let end = bad;
  while (end < bytes.length && bytes[end]! >= 0x80) end++;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  const col = new TextDecoder().decode(bytes.slice(lineStart, start)).length + 1;
  const run = bytes.slice(start, Math.min(end, start + 8));
  const hex = Array.from(run, (b) => b.toString(16).padStart(2, '0')).join(' ');
  const gbk = end - start <= 40 ? asGbk(bytes.slice(start, end)) : undefined;
  const more = end > start + 8 ? ' …' : '';
  const got = t('read.encoding.bytes', { hex, more, gbk: gbk ? t('read.encoding.gbk', { gbk }) : '' });
  return { pos: { line, col }, got };
}
