/** Hints for common clerk mistakes: a misspelt id or field, or a number written the human way. */
import { say } from '../messages/lang.ts';

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
  return match === undefined ? undefined : say(`是不是要写“${match}”？`, `did you mean "${match}"?`);
}

/**
 * Words clerks write for a fixed value: 没报 means 未报送, however close 已报送 looks by spelling
 * (edit distance would pick the opposite). Checked before the nearest spelling.
 */
const SAME_MEANING: Array<[RegExp, string]> = [
  [/^(没|未|没有|未曾|尚未)(上)?报(送|来)?$|^(缺报|漏报|无)$/, '未报送'],
  [/^(已|已经)?(上)?报(了|送)?$/, '已报送'],
  [/^(草稿|未发布|未完成)$/i, 'draft'],
  [/^(已)?发布$|^(正式|定稿)$/i, 'published'],
];

/** For a value outside a fixed list: the value the clerk meant, by meaning first, then by spelling. */
export function valueHint(written: string, allowed: readonly string[]): string | undefined {
  const meant = SAME_MEANING.find(([pattern, value]) => allowed.includes(value) && pattern.test(written.trim()))?.[1];
  if (meant) return say(`写“${meant}”（“${written}”不是规定的写法）`, `write "${meant}"`);
  return didYouMean(written, allowed);
}

const FULL_WIDTH = /[０-９．，]/g;
const HAS_FULL_WIDTH = /[０-９．，]/;

/** For a string where a number was expected: say how to write it as a plain number. */
export function numberHint(text: string, unit?: string): string | undefined {
  const trimmed = text.trim();
  if (HAS_FULL_WIDTH.test(trimmed)) {
    const ascii = trimmed.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    return say(
      `用半角数字：写 ${ascii.replace(/,/g, '')}，不要写 ${trimmed}`,
      `use half-width digits: write ${ascii.replace(/,/g, '')}, not ${trimmed}`,
    );
  }
  const wan = /^([\d.,]+)\s*万(美元|元)?$/.exec(trimmed);
  if (wan) {
    const n = wan[1].replace(/,/g, '');
    return say(
      `数字的单位已经是${unit ?? '指标规定的单位'}：写 ${n}，不要写 ${trimmed}`,
      `figures are already in the indicator's unit${unit ? ` (${unit})` : ''}: write ${n}, not ${trimmed}`,
    );
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed)) {
    return say(
      `写 ${trimmed.replace(/,/g, '')}，不要写 ${trimmed}（不加千分位逗号）`,
      `write ${trimmed.replace(/,/g, '')}, not ${trimmed} (no thousands separators)`,
    );
  }
  if (/^-?\d+(\.\d+)?%$/.test(trimmed)) {
    return say(
      '写金额，不要写百分比；完成率由网站自动计算',
      'write the amount, not a percentage; the site computes 完成率 itself',
    );
  }
  const counted = /^(\d+(?:\.\d+)?)\s*(年|个|项)$/.exec(trimmed);
  if (counted)
    return say(`只写数字：${counted[1]}，不要写 ${trimmed}`, `write the number alone: ${counted[1]}, not ${trimmed}`);
  const embedded = /^[^\d-]*?(\d+(?:\.\d+)?)[^\d]*$/.exec(trimmed);
  if (embedded && !/^-?\d+(\.\d+)?$/.test(trimmed)) {
    return say(`只写数字：${embedded[1]}`, `write only the number: ${embedded[1]}`);
  }
  // 240 followed by a no-break or full-width space (pasted from a spreadsheet or typed in 全角): no quotes to remove.
  if (/^-?\d+(\.\d+)?$/.test(trimmed) && trimmed !== text) {
    const spaces = [...text.replace(trimmed, '')]
      .map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
      .join(' ');
    return say(
      `数字前后有看不见的空格（${spaces}，多半是从表格粘贴或全角输入带来的）：删掉数字前后的空格，只留 ${trimmed}`,
      `the number has invisible spaces around it (${spaces}): delete them and keep ${trimmed}`,
    );
  }
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) {
    return say(`去掉引号：写 ${trimmed}，不要写 "${trimmed}"`, `remove the quotes: write ${trimmed}, not "${trimmed}"`);
  }
  return undefined;
}

/** What to write for a required field a clerk may not know how to write (a new year's plan): an example line. */
export function requiredFieldHint(key: string): string | undefined {
  const examples: Record<string, string> = {
    ranking: say(
      '加上排名办法（可照抄上年的计划），例如：ranking: { method: composite, weights: { 指标代码: 权重, 指标代码: 权重 }, tieDecimals: 1, tieRule: 写明并列规则 }；只按一个指标排名的写 method: indicator, indicator: 指标代码',
      "add the ranking rule (copy last year's), e.g. ranking: { method: composite, weights: { <indicator>: <weight> }, tieDecimals: 1, tieRule: <the tie rule in words> }",
    ),
    bands: say(
      '加上色带（从高到低，可照抄上年的计划），例如：bands: [{ id: ahead, label: 达到或超过序时进度, symbol: ▲, minGap: 0, tone: good }, { id: behind, label: 落后序时进度, symbol: ▼, tone: bad }]',
      "add the colour bands, highest first (copy last year's), e.g. bands: [{ id: ahead, label: …, symbol: ▲, minGap: 0, tone: good }, { id: behind, label: …, symbol: ▼, tone: bad }]",
    ),
  };
  return examples[key];
}

/** For a string where true/false was expected. */
export function booleanHint(text: string): string {
  if (text === 'true' || text === 'false')
    return say(`去掉引号：写 ${text}，不要写 "${text}"`, `remove the quotes: write ${text}, not "${text}"`);
  const yes = /^(yes|y|on|是|对)$/i.test(text.trim());
  const no = /^(no|n|off|否|不是)$/i.test(text.trim());
  if (yes || no)
    return say(
      `写 ${yes ? 'true' : 'false'}（“${text}”会被当作文字，不是“是/否”）`,
      `write ${yes ? 'true' : 'false'}; in YAML 1.2 "${text}" is text, not a yes/no value`,
    );
  return say('写 true（是）或 false（否）', 'write true or false');
}

/** For a date not written YYYY-MM-DD, e.g. 2005/3/5 or 2005年3月5日: the same date written right. */
export function dateHint(text: string): string | undefined {
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!parts) return undefined;
  const [, y, m, d] = parts;
  if (Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31) return undefined;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return say(`写成 ${date}`, `write ${date}`);
}
