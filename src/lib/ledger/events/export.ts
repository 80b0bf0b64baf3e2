/** The events as downloads: a row per event (its conversion counts), a row per signing. */
import type { Model } from '../../model/model.ts';
import { unitNameOf } from '../../schema/units.ts';
import type { EventYear } from './schema.ts';
import { conversion } from './score.ts';
import type { Table } from '../../export/table.ts';
import { toCsv } from '../../export/csv.ts';
import type { DownloadKind } from '../../export/download.ts';
import { eventsDataUrl, signingsDataUrl } from './urls.ts';
import { noticeOf, table } from '../common/export.ts';

/** One row per signing at an event, with how far it has come and its ledger project. */
export function signingsTable(model: Model, year: EventYear): Table {
  const notice = noticeOf(model, year);
  return table(
    [
      '活动代码',
      '活动',
      '日期',
      '地点',
      '主办',
      '签约项目',
      '跟踪单位',
      '跟踪责任人',
      '进展',
      `签约金额（${year.unit}）`,
      '台账项目代码',
      '说明',
    ],
    [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, 0],
    year.events.flatMap((e) =>
      e.signings.map((s) => [
        e.id,
        e.name,
        e.date,
        e.place,
        e.organiser,
        s.name,
        unitNameOf(model, s.unit),
        s.follower ?? null,
        s.step,
        s.amount ?? null,
        s.project ?? null,
        notice,
      ]),
    ),
  );
}

/** One row per event: its conversion counts (signings that reached each step or beyond). */
export function eventsTable(model: Model, year: EventYear): Table {
  const notice = noticeOf(model, year);
  return table(
    ['活动代码', '活动', '日期', '地点', '签约项目数', ...year.steps.map((s) => `达到“${s}”`), '说明'],
    [],
    year.events.map((e) => [
      e.id,
      e.name,
      e.date,
      e.place,
      e.signings.length,
      ...conversion(e, year.steps).map((c) => c.count),
      notice,
    ]),
  );
}

/** The events' downloads (export/downloads.ts lists them after the board's own). */
export const eventsDownloads = {
  events: {
    names: 'events-YYYY.csv · signings-YYYY.csv',
    about: () => '大活动：每个活动一行（签约数与各步转化数）；签约项目每个一行（跟踪责任人、进展、台账项目）',
    list: (board) =>
      board.model.eventYears.flatMap((y) => [
        {
          format: 'csv' as const,
          href: eventsDataUrl(y.year),
          label: `${y.year}年大活动`,
          year: y.year,
          group: 'events',
        },
        {
          format: 'csv' as const,
          href: signingsDataUrl(y.year),
          label: `${y.year}年大活动签约项目`,
          year: y.year,
          group: 'signings',
        },
      ]),
    body: (board, d) => {
      const year = board.model.eventYears.find((y) => y.year === d.year)!;
      return toCsv(d.group === 'events' ? eventsTable(board.model, year) : signingsTable(board.model, year));
    },
  },
} satisfies Record<string, DownloadKind>;
