/**
 * One cell of a filled form, as a figure, a text or a date: what was meant when it can be told
 * for sure (a number typed as text, a formula's result), and a located problem otherwise.
 * Nothing is rounded or guessed: a figure that could mean two things is refused.
 */
import type { CellObject } from '@e965/xlsx';
import type { Indicator } from '../schema/indicators.ts';
import { t } from '../messages/index.ts';

export type ProblemCode =
  | 'read.empty'
  | 'read.tooBig'
  | 'read.notSpreadsheet'
  | 'read.encrypted'
  | 'read.macros'
  | 'read.zipBomb'
  | 'read.damaged'
  | 'read.missing'
  | 'read.dangling'
  | 'read.notRegular'
  | 'read.linkNotRegular'
  | 'read.unreadable'
  | 'read.timeout'
  | 'read.memory'
  | 'read.crashed'
  | 'read.noFormSheet'
  | 'read.noMeta'
  | 'read.unrecognised'
  | 'read.version'
  | 'read.otherBoard'
  | 'read.otherPeriod'
  | 'read.unknownUnit'
  | 'read.otherUnit'
  | 'read.fileNameUnit'
  | 'read.label'
  | 'read.labelShifted'
  | 'read.rowsAbove'
  | 'read.duplicate'
  | 'cell.empty'
  | 'cell.emptyNoTarget'
  | 'cell.text'
  | 'cell.notNumber'
  | 'cell.wrongUnit'
  | 'cell.negative'
  | 'cell.decimals'
  | 'cell.formula'
  | 'cell.formulaNoValue'
  | 'cell.error'
  | 'cell.remarkFormula'
  | 'cell.tooLong'
  | 'cell.pastTarget'
  | 'cell.pace'
  | 'cell.sentOn';

/** A problem with a form, located by sheet and cell when it is about one. */
export interface FormProblem {
  severity: 'error' | 'warning';
  code: ProblemCode;
  vars?: Record<string, string | number>;
  sheet?: string;
  cell?: string;
  /** What the cell holds, in words: 合同利用外资·本期累计. */
  field?: string;
}

export const problem = (
  severity: FormProblem['severity'],
  code: ProblemCode,
  vars: FormProblem['vars'] = {},
  where: Pick<FormProblem, 'sheet' | 'cell' | 'field'> = {},
): FormProblem => ({ severity, code, vars, ...where });

/** The problem's 应为 / 实际 / 建议, from the catalogue. */
export function problemParts(p: FormProblem): { expected: string; got: string; suggestion: string } {
  const say = (part: string) => t(`excel.${p.code}.${part}` as Parameters<typeof t>[0], p.vars);
  return { expected: say('expected'), got: say('got'), suggestion: say('tip') };
}

export const placesOf = (decimals: number) =>
  decimals > 0 ? t('excel.places.decimals', { decimals }) : t('excel.places.whole');

export type Figure = { ok: true; value: number; warning?: FormProblem } | { ok: false; problem: FormProblem };

/** Text as a clerk sees it: full-width digits and punctuation made half-width, every kind of space one space. */
export const plain = (text: string) => text.normalize('NFKC').replace(/\s+/gu, ' ').trim();

/** A text cut to 30 characters for a message (a pasted page would bury the rest). */
export const shown = (text: string) => (text.length > 30 ? `${text.slice(0, 29)}…` : text);

function hasDecimalsWithin(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** The figure in a 本期累计 cell, for an indicator with its unit of measure and decimals. */
export function readFigure(cell: CellObject | undefined, indicator: Indicator, label: string): Figure {
  const { unit, decimals } = indicator;
  const fail = (code: ProblemCode, vars: FormProblem['vars'] = {}): Figure => ({
    ok: false,
    problem: problem('error', code, { unit, ...vars }),
  });
  const checked = (value: number, warning?: FormProblem): Figure => {
    if (value < 0) return fail('cell.negative', { got: value });
    if (!hasDecimalsWithin(value, decimals)) return fail('cell.decimals', { got: value, places: placesOf(decimals) });
    return { ok: true, value, warning };
  };
  if (cell?.f !== undefined) {
    if (cell.t === 'n' && typeof cell.v === 'number' && Number.isFinite(cell.v))
      return checked(cell.v, problem('warning', 'cell.formula', { formula: shown(cell.f), value: cell.v }));
    if (cell.t === 'e') return fail('cell.error', { got: cell.w ?? String(cell.v) });
    return fail('cell.formulaNoValue', { formula: shown(cell.f) });
  }
  if (cell === undefined || cell.t === 'z' || (cell.t === 's' && plain(String(cell.v)) === ''))
    return fail('cell.empty', { label });
  if (cell.t === 'e') return fail('cell.error', { got: cell.w ?? String(cell.v) });
  if (cell.t === 'n' && typeof cell.v === 'number') return checked(cell.v);
  if (cell.t !== 's') return fail('cell.notNumber', { got: `“${cell.w ?? String(cell.v)}”` });
  const written = String(cell.v);
  let text = plain(written);
  // The unit written after the number: the indicator's own (411万美元), or 万 for an amount in 万… (411万).
  if (unit && text.endsWith(unit)) text = text.slice(0, -unit.length).trim();
  else if (unit.startsWith('万') && text.endsWith('万')) text = text.slice(0, -1).trim();
  else if (/\d\s*[^\d\s.,]+$/u.test(text)) return fail('cell.wrongUnit', { got: shown(written) });
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  if (/^-\s*\d+(\.\d+)?$/.test(text)) return fail('cell.negative', { got: `“${shown(written)}”` });
  if (!/^\d+(\.\d+)?$/.test(text)) return fail('cell.notNumber', { got: `“${shown(written)}”` });
  const value = Number(text);
  return checked(value, problem('warning', 'cell.text', { got: shown(written), value }));
}

/**
 * A text cell (备注, 填表人): its text, or a problem when it holds a formula or is longer than `limit`
 * characters (the validator's limit for the field: the form says so, and a draft never fails on it).
 */
export function readText(cell: CellObject | undefined, limit: number): { text?: string; problem?: FormProblem } {
  if (cell === undefined || cell.v === undefined || cell.v === null) return {};
  if (cell.f !== undefined) return { problem: problem('error', 'cell.remarkFormula', { formula: shown(cell.f) }) };
  const text = (cell.t === 's' ? String(cell.v) : (cell.w ?? String(cell.v))).trim();
  if (text.length > limit)
    return { problem: problem('error', 'cell.tooLong', { limit, length: text.length, start: `“${shown(text)}”` }) };
  return text === '' ? {} : { text };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 报出日期 as YYYY-MM-DD: a date cell, or text such as 2006-03-03, 2006.3.3, 2006年3月3日. */
export function readDate(
  cell: CellObject | undefined,
  serialToDate: (n: number) => { y: number; m: number; d: number },
) {
  if (cell === undefined || cell.t === 'z' || cell.v === undefined || cell.v === '') return {};
  let ymd: { y: number; m: number; d: number } | undefined;
  if (cell.t === 'n' && typeof cell.v === 'number' && cell.v > 0 && cell.v < 80000) ymd = serialToDate(cell.v);
  else if (cell.t === 'd' && cell.v instanceof Date)
    ymd = { y: cell.v.getUTCFullYear(), m: cell.v.getUTCMonth() + 1, d: cell.v.getUTCDate() };
  else if (cell.t === 's') {
    const m = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$/u.exec(plain(String(cell.v)));
    if (m) ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  }
  const date = ymd && `${ymd.y}-${pad(ymd.m)}-${pad(ymd.d)}`;
  const valid = date && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && ymd!.m <= 12 && ymd!.d <= 31;
  if (valid) return { date };
  return { problem: problem('warning', 'cell.sentOn', { got: `“${shown(cell.w ?? String(cell.v))}”` }) };
}
