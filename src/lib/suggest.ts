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
export function numberHint(text: string): string | undefined {
  const trimmed = text.trim();
  if (HAS_FULL_WIDTH.test(trimmed)) {
    const ascii = trimmed.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    return `use half-width digits: write ${ascii.replace(/,/g, '')}, not ${trimmed}`;
  }
  const wan = /^([\d.,]+)\s*万(美元|元)?$/.exec(trimmed);
  if (wan) {
    const n = wan[1].replace(/,/g, '');
    return `figures are already in the indicator's unit (万美元): write ${n}, not ${trimmed}`;
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed)) {
    return `write ${trimmed.replace(/,/g, '')}, not ${trimmed} (no thousands separators)`;
  }
  if (/^-?\d+(\.\d+)?%$/.test(trimmed)) {
    return `write the amount, not a percentage; the site computes 完成率 itself`;
  }
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) {
    return `remove the quotes: write ${trimmed}, not "${trimmed}"`;
  }
  return undefined;
}
