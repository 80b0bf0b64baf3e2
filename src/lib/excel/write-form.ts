/**
 * The 报送表 as an .xlsx (exceljs): a unit's one-page form, and the phone workbook (a sheet per
 * group) for a clerk who collects figures by phone. Only the yellow cells take input; every other
 * cell is locked by sheet protection without a password, so nobody is ever locked out. Fonts are
 * named in Chinese (宋体, 黑体, charset GB2312), which Excel, WPS and LibreOffice all resolve.
 */
import ExcelJS from 'exceljs';
import { formatCumulativeLabel } from '../present/format.ts';
import { parsePeriod, type Period } from '../schema/period.ts';
import type { Model } from '../model/model.ts';
import {
  COLUMNS,
  FORM_SHEET,
  FORM_VERSION,
  META_KEYS,
  META_SHEET,
  columnLetter,
  indicatorsOf,
  phoneLayout,
  sentOnExample,
  titleOf,
  type FormKind,
  type FormLayout,
  type Previous,
} from './layout.ts';

const GB2312 = 134;
const BODY = { name: '宋体', size: 11, charset: GB2312 } as const;
const TITLE = { name: '黑体', size: 16, charset: GB2312 } as const;
const HEAD = { name: '黑体', size: 11, charset: GB2312 } as const;
const SMALL = { name: '宋体', size: 9, charset: GB2312 } as const;
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const CENTER: Partial<ExcelJS.Alignment> = { vertical: 'middle', horizontal: 'center', wrapText: true };
const A4 = 9;
/** Fast deflate: a form is a few KB either way, and 300 of them are written in one go. */
const FAST_ZIP = { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as ExcelJS.XlsxWriteOptions;

const numberFormat = (decimals: number) => (decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0');

const previousValue = (p: Previous): number | string => (typeof p === 'number' ? p : p === 'missing' ? '未报送' : '—');

function metaSheet(wb: ExcelJS.Workbook, values: Record<keyof typeof META_KEYS, string>) {
  const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  for (const [key, label] of Object.entries(META_KEYS)) meta.addRow([label, values[key as keyof typeof META_KEYS]]);
}

/** A cell the sender fills: unlocked, yellow, with a validation prompt where one is given. */
function input(cell: ExcelJS.Cell, validation?: ExcelJS.DataValidation) {
  cell.protection = { locked: false };
  cell.fill = INPUT_FILL;
  if (validation) cell.dataValidation = validation;
}

/** The validation of a 本期累计 cell: a number ≥ 0 with at most the indicator's decimals. */
export function figureValidation(
  cell: string,
  unit: string,
  decimals: number,
  label: string,
  assessed = true,
): ExcelJS.DataValidation {
  const places = decimals > 0 ? `最多 ${decimals} 位小数` : '整数';
  // label is 1月累计 / 1—2月累计: "填1月累计数", never "累计累计数".
  const what = `填${label}数（单位：${unit}，${places}）。没有发生的填 0。`;
  return {
    type: 'custom',
    allowBlank: true,
    formulae: [`AND(ISNUMBER(${cell}),${cell}>=0,ROUND(${cell},${decimals})=${cell})`],
    showInputMessage: true,
    promptTitle: '本期累计',
    prompt: assessed ? what : `本单位此项不考核（没有年度目标），只作统计：${what}`,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '数字不对',
    error: `请填不小于 0 的数字（单位：${unit}，${places}）。只写数字，不要写“万”“美元”、逗号或空格。`,
  };
}

async function protect(ws: ExcelJS.Worksheet) {
  // No password: protection keeps the layout from being changed by accident, and never locks anyone out.
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

function newWorkbook(when: Date): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '排行榜';
  wb.created = when;
  wb.modified = when;
  return wb;
}

/** One unit's form for one month, as .xlsx bytes. */
export async function unitFormXlsx(layout: FormLayout, options: { when: Date }): Promise<Buffer> {
  const wb = newWorkbook(options.when);
  const ws = wb.addWorksheet(FORM_SHEET, {
    pageSetup: {
      paperSize: A4,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      horizontalCentered: true,
      margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
    },
    views: [{ state: 'frozen', ySplit: 4, showGridLines: false }],
  });
  ws.columns = [6, 18, 10, 10, 10, 14, 15, 11].map((width) => ({ width, style: { font: BODY } }));
  const { rows, remarkRow, cells } = layout;
  const last = remarkRow + 4 + layout.notes.length;
  ws.pageSetup.printArea = `A1:H${last}`;

  ws.mergeCells('A1:H1');
  Object.assign(ws.getCell('A1'), { value: layout.title, font: TITLE, alignment: CENTER });
  ws.getRow(1).height = 40;
  ws.mergeCells('A2:E2');
  ws.mergeCells('F2:H2');
  Object.assign(ws.getCell('A2'), {
    value: `填报单位（盖章）：${layout.unit.name}`,
    font: BODY,
    alignment: { vertical: 'middle' },
  });
  Object.assign(ws.getCell('F2'), {
    value: `报告期：${layout.periodLabel}`,
    font: BODY,
    alignment: { vertical: 'middle', horizontal: 'right' },
  });
  ws.getRow(2).height = 24;

  // Two header rows: 年度目标 spans 确保 and 力争; every other heading spans both rows.
  for (const col of ['A', 'B', 'C', 'F', 'G', 'H']) ws.mergeCells(`${col}3:${col}4`);
  ws.mergeCells('D3:E3');
  const byCell = new Map(layout.labels.map((l) => [l.cell, l.text]));
  for (const col of 'ABCDEFGH') {
    for (const row of [3, 4]) {
      const cell = ws.getCell(`${col}${row}`);
      const text = byCell.get(`${col}${row}`);
      if (text !== undefined) cell.value = text;
      Object.assign(cell, { font: HEAD, alignment: CENTER, border: THIN, fill: HEAD_FILL });
    }
  }
  ws.getRow(3).height = 24;
  ws.getRow(4).height = 24;

  rows.forEach((r, i) => {
    const { indicator } = r;
    const numFmt = numberFormat(indicator.decimals);
    const row = ws.getRow(r.row);
    row.height = 30;
    const values: Record<string, ExcelJS.CellValue> = {
      [COLUMNS.no]: i + 1,
      [COLUMNS.name]: indicator.name,
      [COLUMNS.measure]: indicator.unit,
      // An indicator without a target says so in words, not a bare dash beside a yellow cell.
      [COLUMNS.base]: r.base ?? (r.stretch === undefined ? '不考核' : '—'),
      [COLUMNS.stretch]: r.stretch ?? '—',
      [COLUMNS.previous]: previousValue(r.previous),
      [COLUMNS.current]: null,
    };
    for (const [col, value] of Object.entries(values)) {
      const cell = ws.getCell(`${col}${r.row}`);
      cell.value = value;
      Object.assign(cell, {
        font: BODY,
        border: THIN,
        numFmt,
        alignment: col === COLUMNS.name ? { vertical: 'middle', wrapText: true } : CENTER,
      });
    }
    const current = `${COLUMNS.current}${r.row}`;
    input(
      ws.getCell(current),
      figureValidation(
        current,
        indicator.unit,
        indicator.decimals,
        formatCumulativeLabel(layout.period),
        r.base !== undefined || r.stretch !== undefined,
      ),
    );
    const previous = `${COLUMNS.previous}${r.row}`;
    const increase = ws.getCell(`${COLUMNS.increase}${r.row}`);
    Object.assign(increase, { font: BODY, border: THIN, numFmt, alignment: CENTER });
    if (r.previous === 'january') increase.value = { formula: `IF(ISNUMBER(${current}),${current},"")`, result: '' };
    else if (typeof r.previous === 'number')
      increase.value = { formula: `IF(ISNUMBER(${current}),${current}-${previous},"")`, result: '' };
    else increase.value = '—';
  });

  ws.mergeCells(`A${remarkRow}:B${remarkRow}`);
  ws.mergeCells(`C${remarkRow}:H${remarkRow}`);
  Object.assign(ws.getCell(`A${remarkRow}`), { value: '备注', font: HEAD, alignment: CENTER, border: THIN });
  const remark = ws.getCell(cells.remark);
  Object.assign(remark, { font: BODY, border: THIN, alignment: { vertical: 'top', wrapText: true } });
  input(remark, {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    formulae: [200],
    allowBlank: true,
    showInputMessage: true,
    promptTitle: '备注',
    prompt: '需要说明的情况（可不填），200 字以内。',
    showErrorMessage: true,
    errorTitle: '备注太长',
    error: '备注请写在 200 字以内。',
  });
  for (const col of 'BDEFGH') ws.getCell(`${col}${remarkRow}`).border = THIN;
  ws.getRow(remarkRow).height = 54;

  const footer = remarkRow + 2;
  const fields: Array<[string, string, string, string]> = [
    ['A', 'B', 'C', 'D'],
    ['E', 'F', 'G', 'H'],
  ].flatMap(([a, b, c, d]) => [
    [`${a}${footer}`, `${b}${footer}`, `${c}${footer}`, `${d}${footer}`] as [string, string, string, string],
    [`${a}${footer + 1}`, `${b}${footer + 1}`, `${c}${footer + 1}`, `${d}${footer + 1}`] as [
      string,
      string,
      string,
      string,
    ],
  ]);
  for (const [labelFrom, labelTo, inputFrom, inputTo] of fields) {
    ws.mergeCells(`${labelFrom}:${labelTo}`);
    ws.mergeCells(`${inputFrom}:${inputTo}`);
    Object.assign(ws.getCell(labelFrom), {
      value: byCell.get(labelFrom),
      font: BODY,
      alignment: { vertical: 'middle', horizontal: 'right' },
    });
    const cell = ws.getCell(inputFrom);
    Object.assign(cell, {
      font: BODY,
      alignment: { vertical: 'middle', horizontal: 'center' },
      border: { bottom: { style: 'thin' } },
    });
    input(cell);
  }
  ws.getCell(cells.sentOn).numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell(cells.sentOn).dataValidation = {
    type: 'date',
    operator: 'greaterThan',
    formulae: [new Date(Date.UTC(2000, 0, 1))],
    allowBlank: true,
    showInputMessage: true,
    promptTitle: '报出日期',
    prompt: `填报出这张表的日期，如 ${sentOnExample(layout.period)}。`,
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: '日期',
    error: `请填日期，如 ${sentOnExample(layout.period)}。`,
  };
  ws.getRow(footer).height = 26;
  ws.getRow(footer + 1).height = 26;

  layout.notes.forEach((note, i) => {
    const r = footer + 3 + i;
    ws.mergeCells(`A${r}:H${r}`);
    Object.assign(ws.getCell(`A${r}`), {
      value: i === 0 ? `填表说明：${note}` : note,
      font: SMALL,
      alignment: { vertical: 'top', wrapText: true },
    });
    ws.getRow(r).height = 26;
  });
  await protect(ws);
  metaSheet(wb, {
    kind: 'unit' satisfies FormKind,
    board: layout.board,
    unit: layout.unit.id,
    period: layout.period,
    version: String(FORM_VERSION),
  });
  return Buffer.from(await wb.xlsx.writeBuffer(FAST_ZIP));
}

/** The phone workbook: a sheet per group listing its units, for figures taken down by phone. */
export async function phoneWorkbookXlsx(model: Model, period: Period, options: { when: Date }): Promise<Buffer> {
  const wb = newWorkbook(options.when);
  const { year } = parsePeriod(period);
  const indicators = indicatorsOf(model, year);
  const label = formatCumulativeLabel(period);
  for (const sheet of phoneLayout(model, period)) {
    const ws = wb.addWorksheet(sheet.name, {
      pageSetup: {
        paperSize: A4,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        printTitlesRow: '3:4',
      },
      views: [{ state: 'frozen', xSplit: 2, ySplit: 4, showGridLines: false }],
    });
    const lastCol = sheet.remarkColumn;
    ws.columns = [12, 18, ...indicators.flatMap(() => [13, 13]), 30].map((width) => ({ width, style: { font: BODY } }));
    ws.mergeCells(`A1:${lastCol}1`);
    Object.assign(ws.getCell('A1'), {
      value: `${titleOf(model, period)}（电话记录·${sheet.name}）`,
      font: TITLE,
      alignment: CENTER,
    });
    ws.getRow(1).height = 36;
    ws.mergeCells(`A2:${lastCol}2`);
    Object.assign(ws.getCell('A2'), {
      value: `只填黄色格子：${label}数，单位见表头；没有发生的填 0，没报的空着。不要改单位代码，不要插入或删除行、列。`,
      font: SMALL,
      alignment: { vertical: 'middle', wrapText: true },
    });
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:B4');
    ws.mergeCells(`${lastCol}3:${lastCol}4`);
    ws.getCell('A3').value = '单位代码';
    ws.getCell('B3').value = '单位名称';
    ws.getCell(`${lastCol}3`).value = '备注';
    indicators.forEach((ind, i) => {
      const previous = columnLetter(2 + 2 * i);
      const current = sheet.inputColumns[i];
      ws.mergeCells(`${previous}3:${current}3`);
      ws.getCell(`${previous}3`).value = `${ind.name}（${ind.unit}）`;
      ws.getCell(`${previous}4`).value = '上月累计';
      ws.getCell(`${current}4`).value = `本期累计`;
    });
    for (let c = 0; c <= 2 + 2 * indicators.length; c++)
      for (const row of [3, 4])
        Object.assign(ws.getCell(`${columnLetter(c)}${row}`), {
          font: HEAD,
          alignment: CENTER,
          border: THIN,
          fill: HEAD_FILL,
        });
    for (const { unit, row, previous } of sheet.units) {
      ws.getRow(row).height = 22;
      const cells: Array<[string, ExcelJS.CellValue]> = [
        ['A', unit.id],
        ['B', unit.name],
        ...indicators.flatMap((_, i): Array<[string, ExcelJS.CellValue]> => [
          [columnLetter(2 + 2 * i), previousValue(previous[i]!)],
          [sheet.inputColumns[i]!, null],
        ]),
        [lastCol, null],
      ];
      for (const [col, value] of cells) {
        const cell = ws.getCell(`${col}${row}`);
        cell.value = value;
        Object.assign(cell, { font: BODY, border: THIN, alignment: col === 'B' || col === lastCol ? {} : CENTER });
      }
      indicators.forEach((ind, i) => {
        const ref = `${sheet.inputColumns[i]}${row}`;
        const cell = ws.getCell(ref);
        cell.numFmt = numberFormat(ind.decimals);
        input(cell, figureValidation(ref, ind.unit, ind.decimals, label));
      });
      input(ws.getCell(`${lastCol}${row}`));
    }
    await protect(ws);
  }
  metaSheet(wb, {
    kind: 'phone' satisfies FormKind,
    board: model.site.title,
    unit: '',
    period,
    version: String(FORM_VERSION),
  });
  return Buffer.from(await wb.xlsx.writeBuffer(FAST_ZIP));
}
