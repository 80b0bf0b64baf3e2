/** The cooperation tracker as a download: a row per project, in the file's own unit. */
import type { Model } from '../../model/model.ts';
import { unitNameOf } from '../../schema/units.ts';
import type { CooperationYear } from './schema.ts';
import type { Table } from '../../export/table.ts';
import { toCsv } from '../../export/csv.ts';
import type { DownloadKind } from '../../export/download.ts';
import { cooperationDataUrl } from './urls.ts';
import { noticeOf, table } from '../common/export.ts';

/** One row per cooperation project, in the file's own unit (万元, RMB). */
export function cooperationTable(model: Model, year: CooperationYear): Table {
  const notice = noticeOf(model, year);
  return table(
    ['年份', '项目', '责任单位', '合作方', `投资额（${year.unit}）`, '签约日期', '说明'],
    [0, undefined, undefined, undefined, 0],
    [...year.projects]
      .sort((a, b) => a.signedOn.localeCompare(b.signedOn))
      .map((p) => [year.year, p.name, unitNameOf(model, p.unit), p.partner, p.amount, p.signedOn, notice]),
  );
}

/** The tracker's download (export/downloads.ts lists it after the board's own). */
export const cooperationDownloads = {
  cooperation: {
    names: 'cooperation-YYYY.csv',
    about: (model) =>
      `${
        model.cooperationYears
          .map((y) => y.title)
          .filter((t, i, all) => all.indexOf(t) === i)
          .join('、') || '合作项目'
      }，每个项目一行（金额单位见列名，与其他文件的金额不相加）`,
    list: (board) =>
      board.model.cooperationYears.map((y) => ({
        format: 'csv' as const,
        href: cooperationDataUrl(y.year),
        label: `${y.year}年${y.title}`,
        year: y.year,
      })),
    body: (board, d) =>
      toCsv(
        cooperationTable(
          board.model,
          board.model.cooperationYears.find((y) => y.year === d.year)!,
        ),
      ),
  },
} satisfies Record<string, DownloadKind>;
