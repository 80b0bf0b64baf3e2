/** Hints for common clerk mistakes: a misspelt id or field, or a number written the human way. */
import { UNIT_STATUS } from '../schema/report.ts';
import { t } from '../messages/index.ts';

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest candidate, if it is close enough to be a plausible typo. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const match = nearest(word, candidates);
  return match === undefined ? undefined : t('common.didYouMean', { value: match });
}

/**
 * Words clerks write for a fixed value: 没报 means 未报送, however close 已报送 looks by spelling
 * (edit distance would pick the opposite). Checked before the nearest spelling.
 */
const SAME_MEANING: Array<[RegExp, string]> = [
  [/^(没|未|没有|未曾|尚未)(上)?报(送|来)?$|^(缺报|漏报|无)$/, UNIT_STATUS.missing],
  [/^(已|已经)?(上)?报(了|送)?$/, UNIT_STATUS.reported],
  [/^(草稿|未发布|未完成)$/i, 'draft'],
  [/^(已)?发布$|^(正式|定稿)$/i, 'published'],
];

/** For a value outside a fixed list: the value the clerk meant, by meaning first, then by spelling. */
export function valueHint(written: string, allowed: readonly string[]): string | undefined {
  const meant = SAME_MEANING.find(([pattern, value]) => allowed.includes(value) && pattern.test(written.trim()))?.[1];
  if (meant) return t('validate.suggest.sameMeaning', { meant, written });
  return didYouMean(written, allowed);
}

const FULL_WIDTH = /[０-９．，]/g;
const HAS_FULL_WIDTH = /[０-９．，]/;

/** For a string where a number was expected: say how to write it as a plain number. */
export function numberHint(text: string, unit?: string): string | undefined {
  const trimmed = text.trim();
  if (HAS_FULL_WIDTH.test(trimmed)) {
    const ascii = trimmed.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    return t('validate.suggest.halfWidth', { number: ascii.replace(/,/g, ''), trimmed });
  }
  const wan = /^([\d.,]+)\s*万(美元|元)?$/.exec(trimmed);
  if (wan) {
    const n = wan[1]!.replace(/,/g, '');
    return unit
      ? t('validate.suggest.wan', { unit, number: n, trimmed })
      : t('validate.suggest.wanNoUnit', { number: n, trimmed });
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed)) {
    return t('validate.suggest.thousands', { number: trimmed.replace(/,/g, ''), trimmed });
  }
  if (/^-?\d+(\.\d+)?%$/.test(trimmed)) {
    return t('validate.suggest.percentage');
  }
  const counted = /^(\d+(?:\.\d+)?)\s*(年|个|项)$/.exec(trimmed);
  if (counted) return t('validate.suggest.counted', { number: counted[1]!, trimmed });
  const embedded = /^[^\d-]*?(\d+(?:\.\d+)?)[^\d]*$/.exec(trimmed);
  if (embedded && !/^-?\d+(\.\d+)?$/.test(trimmed)) {
    return t('validate.suggest.embedded', { number: embedded[1]! });
  }
  // 240 followed by a no-break or full-width space (pasted from a spreadsheet or typed in 全角): no quotes to remove.
  if (/^-?\d+(\.\d+)?$/.test(trimmed) && trimmed !== text) {
    const spaces = [...text.replace(trimmed, '')]
      .map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
      .join(' ');
    return t('validate.suggest.invisibleSpaces', { spaces, trimmed });
  }
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) {
    return t('validate.suggest.quotedNumber', { trimmed });
  }
  return undefined;
}

/** What to write for a required field a clerk may not know how to write (a new year's plan): an example line. */
export function requiredFieldHint(key: string): string | undefined {
  const examples: Record<string, string> = {
    ranking: t('validate.suggest.ranking'),
    bands: t('validate.suggest.bands'),
  };
  return examples[key];
}

/** For a string where true/false was expected. */
export function booleanHint(text: string): string {
  if (text === 'true' || text === 'false') return t('validate.suggest.quotedBoolean', { text });
  const yes = /^(yes|y|on|是|对)$/i.test(text.trim());
  const no = /^(no|n|off|否|不是)$/i.test(text.trim());
  if (yes || no) return t('validate.suggest.yesNo', { value: yes ? 'true' : 'false', text });
  return t('validate.suggest.boolean');
}

/** For a date not written YYYY-MM-DD, e.g. 2005/3/5 or 2005年3月5日: the same date written right. */
export function dateHint(text: string): string | undefined {
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!parts) return undefined;
  const [, y, m = '', d = ''] = parts;
  if (Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31) return undefined;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return t('validate.suggest.date', { date });
}
