/** Hints for common clerk mistakes: a misspelt id or field, or a number written the human way. */

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
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
  return match === undefined ? undefined : `did you mean "${match}"?`;
}

const FULL_WIDTH = /[０-９．，]/g;
const HAS_FULL_WIDTH = /[０-９．，]/;

/** For a string where a number was expected: say how to write it as a plain number. */
export function numberHint(text: string, unit?: string): string | undefined {
  const trimmed = text.trim();
  if (HAS_FULL_WIDTH.test(trimmed)) {
    const ascii = trimmed.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    return `use half-width digits: write ${ascii.replace(/,/g, '')}, not ${trimmed}`;
  }
  const wan = /^([\d.,]+)\s*万(美元|元)?$/.exec(trimmed);
  if (wan) {
    const n = wan[1].replace(/,/g, '');
    return `figures are already in the indicator's unit${unit ? ` (${unit})` : ''}: write ${n}, not ${trimmed}`;
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed)) {
    return `write ${trimmed.replace(/,/g, '')}, not ${trimmed} (no thousands separators)`;
  }
  if (/^-?\d+(\.\d+)?%$/.test(trimmed)) {
    return `write the amount, not a percentage; the site computes 完成率 itself`;
  }
  const counted = /^(\d+(?:\.\d+)?)\s*(年|个|项)$/.exec(trimmed);
  if (counted) return `write the number alone: ${counted[1]}, not ${trimmed}`;
  const embedded = /^[^\d-]*?(\d+(?:\.\d+)?)[^\d]*$/.exec(trimmed);
  if (embedded && !/^-?\d+(\.\d+)?$/.test(trimmed)) {
    return `write only the number: ${embedded[1]}`;
  }
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) {
    return `remove the quotes: write ${trimmed}, not "${trimmed}"`;
  }
  return undefined;
}

/** For a string where true/false was expected. */
export function booleanHint(text: string): string {
  if (text === 'true' || text === 'false') return `remove the quotes: write ${text}, not "${text}"`;
  const yes = /^(yes|y|on|是|对)$/i.test(text.trim());
  const no = /^(no|n|off|否|不是)$/i.test(text.trim());
  if (yes || no) return `write ${yes ? 'true' : 'false'}; in YAML 1.2 "${text}" is text, not a yes/no value`;
  return 'write true or false';
}

/** For a date not written YYYY-MM-DD, e.g. 2005/3/5 or 2005年3月5日: the same date written right. */
export function dateHint(text: string): string | undefined {
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!parts) return undefined;
  const [, y, m, d] = parts;
  if (Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31) return undefined;
  return `write ${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}
