/**
 * A month's rankings as an Excel workbook (exceljs): a sheet per group and one for the city, with the
 * title, the source and the illustrative notice as rows above each table; figures are real numbers
 * (never text) formatted with the indicator's decimals, the header styled and frozen, column widths
 * set. Text from the data is written as text, so a 备注 beginning with = is never run as a formula.
 * The workbook's dates are the month's release date, so a rebuild writes the same content.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Model } from '../model/model.ts';
import { indicatorOf } from '../schema/indicators.ts';
import { formatPeriod, formatWholeArea } from '../present/format.ts';
import { illustrativeNotice } from '../present/notice.ts';
import type { PeriodResult } from '../score/board.ts';
import { round } from '../score/round.ts';
import { withFixedDates } from './fixed-dates.ts';
import { percent, periodTable, type Table } from './table.ts';

const GB2312 = 134;
const FONT = { name: '宋体', size: 10, charset: GB2312 } as const;
const HEAD: Partial<ExcelJS.Font> = { name: '黑体', size: 10, charset: GB2312, bold: true };
const TITLE: Partial<ExcelJS.Font> = { name: '黑体', size: 14, charset: GB2312, bold: true };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE4EE' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
/** The column of the illustrative notice: said once above the table instead of on every row. */
const NOTICE_HEADER = '说明';

const numFmt = (decimals: number) => (decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0');
/** A width in Excel's character units: CJK characters count twice. */
const widthOf = (text: string) => [...text].reduce((n, c) => n + (/[\u2E80-\uFFFF]/u.test(c) ? 2 : 1), 0);

function sheetWithTable(wb: ExcelJS.Workbook, name: string, above: string[], table: Table) {
  const keep = table.headers.map((h, i) => (h === NOTICE_HEADER ? -1 : i)).filter((i) => i >= 0);
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: above.length + 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  above.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.font = i === 0 ? TITLE : FONT;
  });
  const headerRow = ws.getRow(above.length + 1);
  keep.forEach((col, j) => {
    const cell = headerRow.getCell(j + 1);
    cell.value = table.headers[col];
    Object.assign(cell, {
      font: HEAD,
      fill: HEAD_FILL,
      border: THIN,
      alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
    });
  });
  headerRow.height = 42;
  table.rows.forEach((row, r) => {
    const line = ws.getRow(above.length + 2 + r);
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
  keep.forEach((col, j) => {
    const longest = Math.max(
      ...table.rows.map((row) => widthOf(row[col] === null || row[col] === undefined ? '' : String(row[col]))),
    );
    ws.getColumn(j + 1).width = Math.min(30, Math.max(6, Math.ceil(widthOf(table.headers[col]) / 2) + 1, longest + 2));
  });
  return ws;
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
export const WORKBOOK_ENGINE = 'exceljs@4.4.0,layout-1';

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
    return new Uint8Array(readFileSync(kept)) as Uint8Array<ArrayBuffer>;
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = model.site.publisher;
  wb.created = released;
  wb.modified = released;
  for (const sheet of sheets) sheetWithTable(wb, sheet.name, sheet.above, sheet.table);
  const bytes = await withFixedDates(new Uint8Array(await wb.xlsx.writeBuffer()), released);
  if (kept) {
    mkdirSync(cacheDir!, { recursive: true });
    const tmp = `${kept}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, kept);
  }
  return bytes;
}
