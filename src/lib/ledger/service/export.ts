/** The service environment as a download: every quarter on file, a row each. */
import type { Model } from '../../model/model.ts';
import type { Table } from '../../export/table.ts';
import { toCsv } from '../../export/csv.ts';
import type { DownloadKind } from '../../export/download.ts';
import { serviceDataUrl } from './urls.ts';
import { noticeOf, table } from '../common/export.ts';

/** Every quarter on file, oldest first. */
export function serviceTable(model: Model): Table {
  return table(
    ['年份', '季度', '座谈会', '座谈会日期', '主要内容', '投诉受理', '查实', '办结', '待岗', '备注', '说明'],
    [],
    model.serviceYears.flatMap((y) =>
      y.quarters.map((q) => [
        y.year,
        q.quarter,
        q.forum.held ? '已召开' : '未召开',
        q.forum.date ?? null,
        q.forum.points?.join('；') ?? null,
        q.complaints.received,
        q.complaints.verified,
        q.complaints.resolved,
        q.complaints.suspensions,
        q.note ?? null,
        noticeOf(model, y),
      ]),
    ),
  );
}

/** The service environment's download (export/downloads.ts lists it after the board's own). */
export const serviceDownloads = {
  service: {
    names: 'service.csv',
    about: () => '服务环境：每季度一行（座谈会、投诉受理、查实、办结、待岗），各年相接',
    list: (board) =>
      board.model.serviceYears.length
        ? [{ format: 'csv' as const, href: serviceDataUrl(), label: '服务环境（各季度）' }]
        : [],
    body: (board) => toCsv(serviceTable(board.model)),
  },
} satisfies Record<string, DownloadKind>;
