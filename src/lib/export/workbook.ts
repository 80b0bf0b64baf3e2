/**
 * A month's rankings as an Excel workbook (exceljs): a sheet per group and one for the city, with the
 * title, the source and the illustrative notice as rows above each table, set up to print (landscape A4 at
 * 100 %, over as many pages as the table needs, the header rows and the unit's columns on every page);
 * figures are real numbers (never text) formatted with the indicator's decimals, the header styled and
 * frozen, column widths set. Text from the data is written as text, so a 备注 beginning with = is never run as a formula.
 * The workbook's dates are the month's release date, so a rebuild writes the same content.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Model } from '../model/model.ts';
import { indicatorOf } from '../schema/indicators.ts';
import { formatPeriod, formatWholeArea } from '../present/format.ts';
import { illustrativeNotice } from '../present/notice.ts';
import type { PeriodResult } from '../score/board.ts';
import { round } from '../score/round.ts';
import { withFixedDates } from './fixed-dates.ts';
import { percent, periodTable, type Cell, type Table } from './table.ts';

const GB2312 = 134;
const FONT = { name: '宋体', size: 10, charset: GB2312 } as const; // = SIZE
const HEAD: Partial<ExcelJS.Font> = { name: '黑体', size: 10, charset: GB2312, bold: true };
const TITLE: Partial<ExcelJS.Font> = { name: '黑体', size: 14, charset: GB2312, bold: true };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE4EE' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
/**
 * Columns a printed sheet leaves out: the notice (said once above the table), and 月份 and 组别 (the title
 * and the sheet's name say them; on every row they only take room). The CSV keeps all three.
 */
const LEFT_OUT = new Set(['说明', '月份', '组别']);
/** A 是/否 column where no row says 是 tells a reader nothing: left out (the CSV keeps it). */
const saysNothing = (table: Table, col: number) =>
  table.rows.every((row) => row[col] === '否' || row[col] === null || row[col] === undefined) &&
  table.rows.some((row) => row[col] === '否');
/** The columns repeated at the left of every printed page, up to and including this one. */
const ROW_LABEL = '单位';
/** Text size everywhere: printed at 100 %, never shrunk (a sheet wider than a page goes on over more pages). */
const SIZE = 10;
/**
 * What a landscape A4 page holds between its margins, in column-width units: 10.9 in ≈ 785 pt; a unit printed
 * ≈ 7.2 pt in LibreOffice (measured on the PDF), less room to spare.
 */
const PAGE_WIDTH = 100;

const numFmt = (decimals: number) => (decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0');
/** A width in Excel's character units: CJK characters count twice. */
const widthOf = (text: string) => [...text].reduce((n, c) => n + (/[\u2E80-\uFFFF]/u.test(c) ? 2 : 1), 0);

/**
 * A header as the indicator it belongs to (shown once, over all its columns) and the rest in lines that break
 * between words, never inside one: the measure, then the unit ("1—N月累计 / (万美元)" under "合同利用外资"),
 * so a narrow column does not print "全市目/标".
 */
export function headerParts(header: string, indicatorNames: string[]): { indicator?: string; lines: string[] } {
  const indicator = indicatorNames
    .filter((n) => header.startsWith(n) && header.length > n.length)
    .sort((a, b) => b.length - a.length)[0];
  const rest = indicator ? header.slice(indicator.length) : header;
  const unit = /^(.+?)(\([^()]+\))$/.exec(rest);
  return { indicator, lines: unit?.[1] && unit[2] ? [unit[1], unit[2]] : [rest] };
}

/** The kept columns in print order: 位次 first, then 单位, so the columns repeated on every page are few. */
function printOrder(table: Table): number[] {
  const keep = table.headers.map((h, i) => (LEFT_OUT.has(h) || saysNothing(table, i) ? -1 : i)).filter((i) => i >= 0);
  const label = keep.find((col) => table.headers[col] === ROW_LABEL);
  if (label === undefined || keep.indexOf(label) === 0) return keep;
  const others = keep.filter((col) => col !== label);
  return [...others.slice(0, 1), label, ...others.slice(1)];
}

function sheetWithTable(wb: ExcelJS.Workbook, name: string, above: string[], table: Table, indicatorNames: string[]) {
  const keep = printOrder(table);
  const parts = keep.map((col) => headerParts(table.headers[col] ?? '', indicatorNames));
  const grouped = parts.some((part) => part.indicator);
  // Two header rows where columns belong to indicators: the indicator's name over its columns, then the measure.
  const firstHeaderRow = above.length + 1;
  const headerRowNumber = firstHeaderRow + (grouped ? 1 : 0);
  const labelColumns = keep.findIndex((col) => table.headers[col] === ROW_LABEL) + 1;
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: headerRowNumber, xSplit: labelColumns }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      scale: 100,
      fitToPage: false,
      pageOrder: 'overThenDown',
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.2, footer: 0.25 },
      // Every printed page repeats the table's header, and a page to the right 位次 and 单位, so each row is named;
      // the page header names the sheet and, for sample data, says so (the notice itself is on the first page).
      printTitlesRow: `${firstHeaderRow}:${headerRowNumber}`,
      ...(labelColumns > 0 ? { printTitlesColumn: `A:${columnLetters(labelColumns)}` } : {}),
    },
    headerFooter: {
      oddHeader: `&L${pageText(above[0] ?? '')}${above.length > 2 ? '&R示意数据（见第 1 页说明）' : ''}`,
      oddFooter: '&C第 &P 页，共 &N 页',
    },
  });
  // The lines above the table start after the columns every page repeats (else each page would print their cut ends).
  const aboveColumn = labelColumns + 1;
  above.forEach((text, i) => {
    const cell = ws.getCell(i + 1, aboveColumn);
    cell.value = text;
    cell.font = i === 0 ? TITLE : FONT;
  });
  const styleHeader = (cell: ExcelJS.Cell) =>
    Object.assign(cell, {
      font: HEAD,
      fill: HEAD_FILL,
      border: THIN,
      alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
    });
  parts.forEach((part, j) => {
    const column = j + 1;
    styleHeader(ws.getCell(headerRowNumber, column)).value = part.lines.join('\n');
    if (!grouped) return;
    const top = styleHeader(ws.getCell(firstHeaderRow, column));
    if (!part.indicator) {
      // Not an indicator's: one header over both rows.
      ws.getCell(headerRowNumber, column).value = null;
      top.value = part.lines.join('\n');
      ws.mergeCells(firstHeaderRow, column, headerRowNumber, column);
    } else if (parts[j - 1]?.indicator !== part.indicator) {
      let last = j;
      while (parts[last + 1]?.indicator === part.indicator) last++;
      top.value = part.indicator;
      if (last > j) ws.mergeCells(firstHeaderRow, column, firstHeaderRow, last + 1);
    }
  });
  if (grouped) ws.getRow(firstHeaderRow).height = SIZE + 8;
  ws.getRow(headerRowNumber).height = Math.max(...parts.map((part) => part.lines.length)) * (SIZE + 3) + 6;
  table.rows.forEach((row, r) => {
    const line = ws.getRow(headerRowNumber + 1 + r);
    keep.forEach((col, j) => {
      const cell = line.getCell(j + 1);
      const value = row[col];
      const decimals = table.decimals[col];
      // A figure is written as the number the CSV shows (rounded to its decimals), and stays a number.
      cell.value =
        value === null || value === undefined
          ? null
          : typeof value === 'number' && decimals !== undefined
            ? round(value, decimals)
            : value;
      cell.font = FONT;
      cell.border = THIN;
      if (typeof value === 'number' && decimals !== undefined) cell.numFmt = numFmt(decimals);
    });
  });
  const widths = keep.map((col, j) => {
    const decimals = table.decimals[col];
    const shown = (value: Cell | undefined) =>
      value === null || value === undefined
        ? ''
        : typeof value === 'number' && decimals !== undefined
          ? round(value, decimals).toFixed(decimals)
          : String(value);
    const longest = Math.max(...table.rows.map((row) => widthOf(shown(row[col]))));
    // As wide as the header's widest line (so it breaks only where headerParts put a break) or the widest value.
    return Math.min(30, Math.max(6, ...(parts[j]?.lines ?? []).map(widthOf), longest) + 1);
  });
  widths.forEach((width, j) => (ws.getColumn(j + 1).width = width));
  const breaks = pageBreaks(widths, parts, labelColumns);
  // The lines above the table, over the first page's width, wrapped (a long notice is read in full).
  const firstPage = breaks[0] ?? keep.length;
  const firstWidth = widths.slice(aboveColumn - 1, firstPage).reduce((a, b) => a + b, 0);
  above.forEach((text, i) => {
    if (i === 0 || firstPage <= aboveColumn) return;
    ws.mergeCells(i + 1, aboveColumn, i + 1, firstPage);
    ws.getCell(i + 1, aboveColumn).alignment = { vertical: 'top', wrapText: true };
    ws.getRow(i + 1).height = Math.ceil(widthOf(text) / (firstWidth * 0.95)) * (SIZE + 4);
  });
  return { ws, breaks };
}

/**
 * Where a printed page ends (the number of columns before each break): an indicator's columns stay on one page
 * where they fit, after the columns every page repeats. Estimated from the widths, with room to spare —
 * a wider column than estimated only makes the program break a page earlier, inside a group.
 */
function pageBreaks(widths: number[], parts: Array<{ indicator?: string }>, repeated: number): number[] {
  const repeatedWidth = widths.slice(0, repeated).reduce((a, b) => a + b, 0);
  const breaks: number[] = [];
  let used = repeatedWidth;
  // widths and parts have one entry per column, so widths[j] and parts[j] are there for every j below.
  const indicatorAt = (j: number) => parts[j]?.indicator;
  widths.forEach((width, j) => {
    if (j < repeated) return;
    const startsGroup = j === repeated || indicatorAt(j) !== indicatorAt(j - 1);
    let group = width;
    if (startsGroup)
      for (let k = j + 1; k < widths.length && indicatorAt(k) === indicatorAt(j) && indicatorAt(j); k++)
        group += widths[k] ?? 0;
    const fitsHere = used + (startsGroup ? group : width) <= PAGE_WIDTH;
    if (!fitsHere && used > repeatedWidth) {
      breaks.push(j);
      used = repeatedWidth;
    }
    used += width;
  });
  return breaks;
}

/**
 * The workbook with each sheet's column page breaks (`breaks[sheet]`: columns before each break), which ExcelJS
 * cannot write: a <colBreaks> after the sheet's <headerFooter>, where the schema places it.
 */
async function withColumnBreaks(zipBytes: Uint8Array, breaks: number[][]): Promise<Uint8Array> {
  if (breaks.every((b) => b.length === 0)) return zipBytes;
  const zip = await JSZip.loadAsync(zipBytes);
  for (const [i, columns] of breaks.entries()) {
    if (columns.length === 0) continue;
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    const xml = await zip.file(path)!.async('string');
    const element =
      `<colBreaks count="${columns.length}" manualBreakCount="${columns.length}">` +
      columns.map((id) => `<brk id="${id}" max="1048575" man="1"/>`).join('') +
      '</colBreaks>';
    if (!xml.includes('</headerFooter>')) throw new Error(`${path}: no <headerFooter> to put the page breaks after`);
    zip.file(path, xml.replace('</headerFooter>', `</headerFooter>${element}`));
  }
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** Text for a printed page's header or footer, where & starts a code (&P the page number): && is an &. */
const pageText = (text: string) => text.replaceAll('&', '&&');

/** A column's letters: 1 → A, 27 → AA. */
function columnLetters(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** The city's totals as a table: one row per indicator. */
function cityTable(model: Model, period: PeriodResult): Table {
  return {
    headers: [
      '指标',
      '计量单位',
      '1—N月累计',
      '全市目标',
      '完成率(%)',
      '超欠序时进度(百分点)',
      '同比(%)',
      '未报送单位数',
    ],
    decimals: [undefined, undefined, undefined, undefined, 1, 1, 1, 0],
    rows: period.city.map((c) => {
      const indicator = indicatorOf(model, c.indicator);
      return [
        indicator.name,
        indicator.unit,
        c.value,
        c.target?.base ?? null,
        percent(c.completion),
        c.paceGap,
        percent(c.yoy),
        c.missingUnits,
      ];
    }),
  };
}

/** A sheet name Excel accepts: none of * ? : \\ / [ ], at most 31 characters, each name once. */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[*?:\\/[\]]/g, '_')
      .replace(/^'+|'+$/g, '')
      .slice(0, 28) || '组别';
  let unique = base;
  for (let n = 2; taken.has(unique); n++) unique = `${base}(${n})`;
  taken.add(unique);
  return unique;
}

interface Sheet {
  name: string;
  above: string[];
  table: Table;
}

/** What the workbook holds: its sheets, in order, each with the lines above its table. */
function workbookSheets(model: Model, period: PeriodResult): Sheet[] {
  const { report } = period;
  const notice = illustrativeNotice(model.site, period);
  const above = (what: string) => [
    `${formatPeriod(period.period)}${model.site.subject}排行榜·${what}`,
    `来源：${model.site.title}（${report.publisher}，${report.publishedOn} 发布）；数字为 1—N月累计，金额单位见各列`,
    ...(notice ? [notice] : []),
  ];
  const area = formatWholeArea(model.site.city);
  const taken = new Set<string>([area]);
  const sheets = period.groups.map((group) => ({
    name: sheetName(group.group.name, taken),
    above: above(group.group.name),
    table: periodTable(model, period, { group: group.group.id }),
  }));
  const city = cityTable(model, period);
  city.decimals = city.decimals.map((d, i) =>
    i === 2 || i === 3 ? Math.max(0, ...period.city.map((c) => indicatorOf(model, c.indicator).decimals)) : d,
  );
  return [...sheets, { name: area, above: above(`${area}合计（计入${area}的组别）`), table: city }];
}

/**
 * Part of a kept workbook's key: a new ExcelJS or a change to how sheets are laid out makes new files
 * (the version is checked against package.json by workbook.test.ts; raise `layout-N` with a layout change).
 */
export const WORKBOOK_ENGINE = 'exceljs@4.4.0,layout-2';

/**
 * The month's workbook. `cacheDir`: where workbooks are kept between builds, by what they hold — ExcelJS
 * takes ≈ 70 ms a workbook at 300 units, and a past month's workbook rarely changes (a build of 10
 * years wrote 121 of them, 8.5 s, on every month's publication).
 */
export async function rankingsWorkbook(
  model: Model,
  period: PeriodResult,
  cacheDir?: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const sheets = workbookSheets(model, period);
  const released = new Date(`${period.report.publishedOn}T00:00:00Z`);
  const key = createHash('sha256')
    .update(JSON.stringify([WORKBOOK_ENGINE, model.site.publisher, period.report.publishedOn, sheets]))
    .digest('hex')
    .slice(0, 32);
  const kept = cacheDir ? join(cacheDir, `${key}.xlsx`) : undefined;
  if (kept && existsSync(kept)) {
    const now = new Date();
    utimesSync(kept, now, now); // marked used (CI drops what no build used)
    return new Uint8Array(readFileSync(kept));
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = model.site.publisher;
  wb.created = released;
  wb.modified = released;
  const indicatorNames = model.indicators.map((i) => i.name);
  const breaks = sheets.map((sheet) => sheetWithTable(wb, sheet.name, sheet.above, sheet.table, indicatorNames).breaks);
  const written = await withColumnBreaks(new Uint8Array(await wb.xlsx.writeBuffer()), breaks);
  const bytes = await withFixedDates(written, released);
  if (kept) {
    mkdirSync(cacheDir!, { recursive: true });
    const tmp = `${kept}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, kept);
  }
  return bytes;
}
