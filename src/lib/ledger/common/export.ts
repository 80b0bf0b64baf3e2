/** What the ledger kinds' downloads share: the illustrative notice of a file, and a table. */
import type { Model } from '../../model/model.ts';
import { fileNotice } from '../../present/notice.ts';
import type { Cell, Table } from '../../export/table.ts';

/** The 说明 column: the file's own illustrative mark, else the site's; in the words of the file's year. */
export const noticeOf = (model: Model, file: { illustrative: boolean; year: number }) =>
  fileNotice(model.site, model.plans, file);

export function table(headers: string[], decimals: Array<number | undefined>, rows: Cell[][]): Table {
  return { headers, decimals, rows };
}
