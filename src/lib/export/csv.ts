/** Tables written as CSV for Excel with Chinese text, and the content types of every download. */
import { stringify } from 'csv-stringify/sync';
import { round } from '../score/round.ts';
import type { Table } from './table.ts';

/**
 * UTF-8 with BOM, CRLF, fields quoted when they hold a comma, quote or line break; text that a
 * spreadsheet would run as a formula (=, +, -, @ …) is prefixed with ' — numbers, negative ones
 * included, are written as plain numbers.
 */
export function toCsv(t: Table): string {
  return csvHead(t) + csvRows(t);
}

const OPTIONS = { record_delimiter: 'windows', quote_record_delimiter: true, escape_formulas: true } as const;

/** The byte-order mark and the header line of a table's CSV. */
export const csvHead = (t: Table): string =>
  stringify([], {
    ...OPTIONS,
    bom: true,
    header: true,
    columns: t.headers.map((header, i) => ({ key: String(i), header })),
  });

/**
 * A table's rows as CSV lines, without the header: tables with the same headers can be stacked by joining their rows.
 */
export function csvRows(t: Table): string {
  return stringify(t.rows, {
    ...OPTIONS,
    cast: {
      number: (value, context) => {
        // `records` is the row's index (the rows are written without their header).
        const decimals = t.rowDecimals?.[context.records] ?? t.decimals[context.index] ?? 0;
        return round(value, decimals).toFixed(decimals);
      },
    },
  });
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** 是 or 否 in a download's cell; an unknown (null) stays empty. */
export function yesNo(value: boolean): string;
export function yesNo(value: boolean | null): string | null;
export function yesNo(value: boolean | null): string | null {
  return value === null ? null : value ? '是' : '否';
}
