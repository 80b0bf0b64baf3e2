/**
 * A filled 报送表 read back (SheetJS: .xlsx, and the legacy .xls and WPS .et units still send):
 * whose form it is, for which month, and its figures with the cell each came from — or every
 * problem, located by sheet and cell. The bytes pass the size and type checks of limits.ts first.
 */
import * as XLSX from '@e965/xlsx';
import { formatCumulativeLabel } from '../present/format.ts';
import type { Model } from '../model/model.ts';
import { isActiveIn } from '../schema/units.ts';
import { TEXT_LIMITS, type Period } from '../schema/common.ts';
import { isPeriod, parsePeriod, periodOf } from '../schema/period.ts';
import type { Unit } from '../schema/units.ts';
import { t } from '../messages/index.ts';
import { plain, problem, readDate, readFigure, readText, shown, type FormProblem } from './cells.ts';
import {
  COLUMNS,
  FORM_SHEET,
  FORM_VERSION,
  META_KEYS,
  META_SHEET,
  formLayout,
  indicatorsOf,
  phoneLayout,
  sentOnExample,
  type FormKind,
  type FormRow,
} from './layout.ts';
import { LIMITS, gate } from './limits.ts';

/** A figure and the cell it came from. */
export interface Located<T> {
  value: T;
  sheet: string;
  cell: string;
}

export interface FormEntry {
  unit: Unit;
  figures: Record<string, Located<number>>;
  remark?: Located<string>;
  filledBy?: Located<string>;
  sentOn?: Located<string>;
  /** Problems of this unit's cells: an error keeps the unit out of the draft. */
  problems: FormProblem[];
}

export interface FormReading {
  /** The file's name as given. */
  file: string;
  kind?: FormKind;
  period?: string;
  /** The unit the form says it is for, once recognised. */
  unit?: Unit;
  /** Problems of the whole file (it was not read, or it is not whose it claims): nothing is imported. */
  problems: FormProblem[];
  entries: FormEntry[];
}

const serialToDate = (n: number) => {
  // SheetJS leaves SSF untyped.
  const ssf = XLSX.SSF as { parse_date_code(n: number): { y: number; m: number; d: number } };
  const d = ssf.parse_date_code(n);
  return { y: d.y, m: d.m, d: d.d };
};

const cellText = (ws: XLSX.WorkSheet | undefined, ref: string) => {
  const cell = ws?.[ref] as XLSX.CellObject | undefined;
  return cell?.v === undefined ? '' : plain(String(cell.w ?? cell.v));
};
const same = (a: string, b: string) => plain(a).replace(/\s/g, '') === plain(b).replace(/\s/g, '');

function unitByName(model: Model, name: string): Unit | undefined {
  return model.units.find((u) => same(u.name, name) || (u.shortName !== undefined && same(u.shortName, name)));
}

/** A label as the form shows it, on one line. */
const shownLabel = (text: string) => text.replace(/\n/g, '');

/** Where a label was moved to, if rows or columns were inserted or deleted. */
function findLabel(ws: XLSX.WorkSheet, text: string): string | undefined {
  for (let r = 0; r < 60; r++)
    for (let c = 0; c < 16; c++) {
      const ref = XLSX.utils.encode_cell({ r, c });
      if (same(cellText(ws, ref), text)) return ref;
    }
  return undefined;
}

function checkLabels(ws: XLSX.WorkSheet, sheet: string, labels: Array<{ cell: string; text: string }>): FormProblem[] {
  const problems: FormProblem[] = [];
  for (const { cell, text } of labels) {
    const got = cellText(ws, cell);
    if (same(got, text)) continue;
    const found = findLabel(ws, text);
    if (found) {
      const a = XLSX.utils.decode_cell(cell);
      const b = XLSX.utils.decode_cell(found);
      const what = t(a.r !== b.r ? 'excel.read.rows' : 'excel.read.columns');
      problems.push(
        problem('error', 'read.labelShifted', { expected: shownLabel(text), cell, found, what }, { sheet, cell }),
      );
      break; // one row or column moved moves every label after it: the first says it
    } else
      problems.push(
        problem(
          'error',
          'read.label',
          { expected: shownLabel(text), got: got ? `“${got}”` : t('excel.read.blank') },
          { sheet, cell },
        ),
      );
    if (problems.length >= 3) break; // one moved row moves every label below it: the first few say it
  }
  return problems;
}

function readMeta(wb: XLSX.WorkBook): Record<string, string> | undefined {
  const ws = wb.Sheets[META_SHEET];
  if (!ws) return undefined;
  const meta: Record<string, string> = {};
  for (const [key, label] of Object.entries(META_KEYS))
    for (let r = 1; r <= 10; r++) if (cellText(ws, `A${r}`) === label) meta[key] = cellText(ws, `B${r}`);
  return meta;
}

/** 2006年1—2月 → 2006-02; 2006年1月 → 2006-01. */
function periodFromLabel(text: string): string | undefined {
  const m = /(\d{4})年1(?:[—–-]+(\d{1,2}))?月/u.exec(text);
  const month = m?.[2] ? Number(m[2]) : 1;
  return m && month >= 1 && month <= 12 ? periodOf(Number(m[1]), month) : undefined;
}

function openWorkbook(bytes: Uint8Array, sheets: string[]): { wb?: XLSX.WorkBook; problem?: FormProblem } {
  const checked = gate(bytes);
  if (!checked.ok) {
    const limit = checked.reason === 'zipBomb' ? `${LIMITS.totalBytes / 1e6} MB` : `${LIMITS.fileBytes / 1e6} MB`;
    return {
      problem: problem('error', `read.${checked.reason}`, {
        limit,
        size: bytes.length,
        detail: checked.detail ?? '',
      }),
    };
  }
  try {
    const wb = XLSX.read(bytes, {
      type: 'buffer',
      cellFormula: true,
      cellHTML: false,
      cellNF: false,
      cellText: true,
      sheetRows: LIMITS.sheetRows,
      bookVBA: false,
      // Only the sheets a form has: anything else in the file is never parsed.
      sheets,
    });
    return { wb };
  } catch (error) {
    const message = (error as Error).message;
    if (/password|encrypt/i.test(message)) return { problem: problem('error', 'read.encrypted') };
    return { problem: problem('error', 'read.damaged', { detail: message.slice(0, 80) }) };
  }
}

/** Months before which passing the whole year's 确保 target is worth a second look. */
const EARLY_MONTHS = 9;
/** A month's increase this many times the unit's own average month so far is worth a second look. */
const PACE_FACTOR = 5;

/**
 * A reminder (not an error) for a cumulative that is possible but often a slip: past the year's 确保
 * target before the last quarter (开发区 1215 against 1100 in January), or a month's increase far beyond
 * the unit's own pace (an extra digit).
 */
function implausible(value: number, row: FormRow, month: number): FormProblem | undefined {
  if (row.base !== undefined && row.base > 0 && value > row.base && month <= EARLY_MONTHS)
    return problem('warning', 'cell.pastTarget', { value, target: row.base, month });
  if (typeof row.previous === 'number' && month >= 3 && row.previous > 0) {
    const pace = row.previous / (month - 1);
    const increase = value - row.previous;
    if (increase > PACE_FACTOR * pace)
      return problem('warning', 'cell.pace', { increase, pace: Math.round(pace), factor: PACE_FACTOR });
  }
  return undefined;
}

/** The form's table, when rows were inserted above it ("附件1" on row 1): how many, and what they say. */
function rowsAbove(ws: XLSX.WorkSheet): { count: number; rows: string } {
  const at = findLabel(ws, '序号');
  if (!at) return { count: 0, rows: '' };
  const { r, c } = XLSX.utils.decode_cell(at);
  if (c !== 0 || r <= 2) return { count: 0, rows: '' };
  const inserted: string[] = [];
  for (let row = 0; row < r; row++) {
    const text = Array.from({ length: 8 }, (_, col) => cellText(ws, XLSX.utils.encode_cell({ r: row, c: col })))
      .filter(Boolean)
      .join(' ');
    if (/目标任务完成情况报送表$/u.test(text) || /^填报单位/u.test(text)) continue;
    inserted.push(t('excel.read.insertedRow', { row: row + 1, text: text ? shown(text) : t('excel.read.blank') }));
  }
  return { count: r - 2, rows: inserted.join('、') };
}

/** The sheet with its first `count` rows dropped, so the table sits where the layout says. */
function shiftedUp(ws: XLSX.WorkSheet, count: number): XLSX.WorkSheet {
  const out: XLSX.WorkSheet = {};
  for (const [ref, cell] of Object.entries(ws)) {
    if (ref.startsWith('!')) continue;
    const { r, c } = XLSX.utils.decode_cell(ref);
    if (r >= count) out[XLSX.utils.encode_cell({ r: r - count, c })] = cell as XLSX.CellObject;
  }
  return out;
}

/** A cell of the shifted sheet, named where it is in the file. */
const movedDown = (ref: string, count: number) => {
  const { r, c } = XLSX.utils.decode_cell(ref);
  return XLSX.utils.encode_cell({ r: r + count, c });
};

function readUnitForm(model: Model, file: string, wb: XLSX.WorkBook, reading: FormReading): void {
  const sheet = wb.Sheets[FORM_SHEET];
  // Rows inserted above the table: read it where it is, say which rows, and name cells as they are in the file.
  const above = sheet ? rowsAbove(sheet) : { count: 0, rows: '' };
  const ws = sheet && above.count > 0 ? shiftedUp(sheet, above.count) : sheet;
  readUnitTable(model, file, wb, ws, reading);
  if (above.count === 0) return;
  const fix = <T extends { cell?: string }>(x: T | undefined) => {
    if (x?.cell) x.cell = movedDown(x.cell, above.count);
  };
  reading.problems.forEach(fix);
  for (const entry of reading.entries) {
    entry.problems.forEach(fix);
    Object.values(entry.figures).forEach(fix);
    [entry.remark, entry.filledBy, entry.sentOn].forEach(fix);
  }
  reading.problems.push(problem('warning', 'read.rowsAbove', { count: above.count, rows: above.rows }));
}

function readUnitTable(
  model: Model,
  file: string,
  wb: XLSX.WorkBook,
  ws: XLSX.WorkSheet | undefined,
  reading: FormReading,
): void {
  if (!ws) {
    reading.problems.push(
      problem('error', 'read.noFormSheet', { sheet: FORM_SHEET, sheets: wb.SheetNames.join('、') }),
    );
    return;
  }
  const meta = readMeta(wb);
  const nameCell = cellText(ws, 'A2').replace(/^填报单位\s*(?:[(（]盖章[)）])?\s*[:：]\s*/u, '');
  const byName = unitByName(model, nameCell);
  let unit: Unit | undefined;
  let period: string | undefined;
  if (meta?.unit) {
    unit = model.units.find((u) => u.id === meta.unit);
    period = meta.period;
    if (meta.board !== model.site.title) {
      reading.problems.push(problem('error', 'read.otherBoard', { expected: model.site.title, got: meta.board ?? '' }));
      return;
    }
    if (meta.version !== String(FORM_VERSION)) {
      reading.problems.push(problem('error', 'read.version', { expected: FORM_VERSION, got: meta.version ?? '' }));
      return;
    }
    if (!unit) {
      reading.problems.push(
        problem('error', 'read.unknownUnit', {
          year: period?.slice(0, 4) ?? '',
          got: `${shown(meta.unit)}（${shown(nameCell)}）`,
        }),
      );
      return;
    }
    if (nameCell !== '' && byName?.id !== unit.id) {
      reading.problems.push(
        problem(
          'error',
          'read.otherUnit',
          { expected: unit.name, got: shown(nameCell) },
          { sheet: FORM_SHEET, cell: 'A2' },
        ),
      );
      return;
    }
  } else {
    unit = byName;
    period = periodFromLabel(cellText(ws, 'F2'));
    if (!period || nameCell === '') {
      reading.problems.push(
        problem('error', 'read.unrecognised', { got: nameCell ? `“${shown(nameCell)}”` : t('excel.read.blank') }),
      );
      return;
    }
    if (!unit) {
      reading.problems.push(
        problem(
          'error',
          'read.unknownUnit',
          { year: period.slice(0, 4), got: shown(nameCell) },
          { sheet: FORM_SHEET, cell: 'A2' },
        ),
      );
      return;
    }
    reading.problems.push(problem('warning', 'read.noMeta', { unit: unit.name, period }));
  }
  reading.period = period;
  reading.unit = unit;
  if (!isPeriod(period)) {
    reading.problems.push(problem('error', 'read.unrecognised', { got: `“${shown(nameCell)}”` }));
    return;
  }
  const { year } = parsePeriod(period);
  if (!isActiveIn(unit, period)) {
    reading.problems.push(problem('error', 'read.unknownUnit', { year, got: unit.name }));
    return;
  }
  const other = model.units.find((u) => u.id !== unit.id && file.includes(u.name) && !file.includes(unit.name));
  if (other) reading.problems.push(problem('warning', 'read.fileNameUnit', { named: other.name, unit: unit.name }));
  const layout = formLayout(model, period, unit);
  const labels = checkLabels(ws, FORM_SHEET, layout.labels);
  if (labels.length > 0) {
    reading.problems.push(...labels);
    return;
  }
  const at = (cell: string, field: string) => ({ sheet: FORM_SHEET, cell, field });
  const entry: FormEntry = { unit, figures: {}, problems: [] };
  const label = formatCumulativeLabel(period);
  for (const row of layout.rows) {
    const cell = `${COLUMNS.current}${row.row}`;
    const where = at(cell, t('excel.field.current', { indicator: row.indicator.name }));
    const figure = readFigure(ws[cell] as XLSX.CellObject | undefined, row.indicator, label);
    if (figure.ok) {
      entry.figures[row.indicator.id] = { value: figure.value, sheet: FORM_SHEET, cell };
      if (figure.warning) entry.problems.push({ ...figure.warning, ...where });
      const odd = implausible(figure.value, row, parsePeriod(period).month);
      if (odd) entry.problems.push({ ...odd, ...where });
    } else if (figure.problem.code === 'cell.empty' && row.base === undefined)
      // A blank where the unit has no target: the clerk reads why it is still asked for.
      entry.problems.push({ ...figure.problem, code: 'cell.emptyNoTarget', ...where });
    else entry.problems.push({ ...figure.problem, ...where });
  }
  const text = (cell: string, field: string, limit: number): Located<string> | undefined => {
    const read = readText(ws[cell] as XLSX.CellObject | undefined, limit);
    if (read.problem) entry.problems.push({ ...read.problem, ...at(cell, field) });
    return read.text === undefined ? undefined : { value: read.text, sheet: FORM_SHEET, cell };
  };
  entry.remark = text(layout.cells.remark, t('excel.field.remark'), TEXT_LIMITS.remark);
  entry.filledBy = text(layout.cells.filledBy, t('excel.field.filledBy'), TEXT_LIMITS.person);
  const date = readDate(ws[layout.cells.sentOn] as XLSX.CellObject | undefined, serialToDate);
  if (date.problem)
    entry.problems.push({
      ...date.problem,
      // The example is a date this month's form is sent on, not a fixed one (2006-03-03 on a January form).
      vars: { ...date.problem.vars, example: sentOnExample(layout.period) },
      ...at(layout.cells.sentOn, t('excel.field.sentOn')),
    });
  if (date.date) entry.sentOn = { value: date.date, sheet: FORM_SHEET, cell: layout.cells.sentOn };
  reading.entries.push(entry);
}

function readPhoneWorkbook(model: Model, wb: XLSX.WorkBook, reading: FormReading, period: Period): void {
  reading.period = period;
  const { year } = parsePeriod(period);
  const indicators = indicatorsOf(model, year);
  const label = formatCumulativeLabel(period);
  for (const sheet of phoneLayout(model, period)) {
    const ws = wb.Sheets[sheet.name];
    if (!ws) {
      reading.problems.push(
        problem('error', 'read.noFormSheet', { sheet: sheet.name, sheets: wb.SheetNames.join('、') }),
      );
      continue;
    }
    const labels = checkLabels(
      ws,
      sheet.name,
      sheet.units.map(({ unit, row }) => ({ cell: `A${row}`, text: unit.id })),
    );
    if (labels.length > 0) {
      reading.problems.push(...labels);
      continue;
    }
    for (const { unit, row } of sheet.units) {
      const cells = sheet.inputColumns.map((col) => `${col}${row}`);
      // A row left empty is a unit not yet reached by phone: not received, not a problem.
      if (cells.every((c) => cellText(ws, c) === '')) continue;
      const entry: FormEntry = { unit, figures: {}, problems: [] };
      indicators.forEach((indicator, i) => {
        const cell = cells[i]!; // a cell per indicator
        const where = {
          sheet: sheet.name,
          cell,
          field: t('excel.field.current', { indicator: indicator.name }),
        };
        const figure = readFigure(ws[cell] as XLSX.CellObject | undefined, indicator, label);
        if (figure.ok) {
          entry.figures[indicator.id] = { value: figure.value, sheet: sheet.name, cell };
          if (figure.warning) entry.problems.push({ ...figure.warning, ...where });
        } else entry.problems.push({ ...figure.problem, ...where });
      });
      const remarkCell = `${sheet.remarkColumn}${row}`;
      const remark = readText(ws[remarkCell] as XLSX.CellObject | undefined, TEXT_LIMITS.remark);
      if (remark.problem)
        entry.problems.push({ ...remark.problem, sheet: sheet.name, cell: remarkCell, field: t('excel.field.remark') });
      if (remark.text) entry.remark = { value: remark.text, sheet: sheet.name, cell: remarkCell };
      reading.entries.push(entry);
    }
  }
}

/** Reads one file: its identity and figures, or the problems that keep it out. */
export function readForm(model: Model, file: string, bytes: Uint8Array): FormReading {
  const reading: FormReading = { file, problems: [], entries: [] };
  const opened = openWorkbook(bytes, [FORM_SHEET, META_SHEET, ...model.groups.map((g) => g.name)]);
  if (!opened.wb) {
    reading.problems.push(opened.problem!);
    return reading;
  }
  const meta = readMeta(opened.wb);
  if (meta?.kind === 'phone') {
    reading.kind = 'phone';
    if (meta.board !== model.site.title)
      reading.problems.push(problem('error', 'read.otherBoard', { expected: model.site.title, got: meta.board ?? '' }));
    else if (meta.version !== String(FORM_VERSION))
      reading.problems.push(problem('error', 'read.version', { expected: FORM_VERSION, got: meta.version ?? '' }));
    else if (!isPeriod(meta.period)) reading.problems.push(problem('error', 'read.unrecognised', { got: '' }));
    else readPhoneWorkbook(model, opened.wb, reading, meta.period);
    return reading;
  }
  reading.kind = 'unit';
  readUnitForm(model, file, opened.wb, reading);
  return reading;
}
