/**
 * The month's rankings as long images (长图) 1080 px wide, the way bulletins are shared on WeChat: a
 * masthead, the summary, every group's ranking, and at the foot the month page's full address with a QR
 * code that leads back to it. Sized for a phone, where the image shows at about 360 px (a third): body
 * text 34 px (≈ 11 px there), secondary text at least 26 px (≈ 9 px); so the tables keep what matters —
 * 位次, 单位, the ranking score and 超/欠序时 with its band symbol — and the full table is one tap away.
 * A board that does not fit one image goes on in a second (a group split over two is numbered （1/2）).
 */
import { boardConfig } from '../config.ts';
import type { Board, PeriodResult } from '../score/board.ts';
import { formatDate, formatPercent, formatPeriod } from '../present/format.ts';
import { illustrativeNotice } from '../present/notice.ts';
import { monthSummary } from '../present/summary.ts';
import { rankingUrl } from '../present/urls.ts';
import { compactTable, type CompactTable } from '../present/views/media/compact.ts';
import { PAPER as P, h, type Element } from './element.ts';
import { qrCode } from './qr-code.ts';
import type { Picture } from './render.ts';
import { tablePicture } from './slide-picture.ts';

export const LONG_WIDTH = 1080;
const PAD = 44;
/** Text sizes on the 1080 px image, px: body (table rows, summary) and secondary (notes, sub-headings, foot). */
export const LONG_TEXT = { body: 34, secondary: 26, head: 34 } as const;
/** The columns a phone needs: 位次, 单位, the ranking score, 超/欠序时 with its band symbol. */
const PHONE_COLUMNS = 4;
/** Ranking rows one image holds before the rest goes on a second (≈ 4000 px tall). */
export const ROWS_PER_LONG = 40;

const phoneTable = (table: CompactTable): CompactTable => ({
  ...table,
  // No amounts are shown, so the note keeps only the ranking rule (按综合完成率排名).
  note: table.note.split('；').at(-1)!,
  columns: table.columns.slice(0, PHONE_COLUMNS),
  rows: table.rows.map((row) => ({ ...row, cells: row.cells.slice(0, PHONE_COLUMNS) })),
});

interface Part {
  table: CompactTable;
  title: string;
}

/** Each group's rows, a long group cut evenly into parts of at most ROWS_PER_LONG, numbered （1/2）. */
function groupParts(board: Board, period: PeriodResult): Part[] {
  return period.groups.flatMap((group) => {
    const table = phoneTable(compactTable(board.model, period, group));
    const count = Math.max(1, Math.ceil(table.rows.length / ROWS_PER_LONG));
    const size = Math.ceil(table.rows.length / count);
    return Array.from({ length: count }, (_, i) => ({
      table: { ...table, rows: table.rows.slice(i * size, (i + 1) * size) },
      title: `${group.group.name}${count > 1 ? `（${i + 1}/${count}）` : ''}`,
    }));
  });
}

/** The parts packed into images in order, ROWS_PER_LONG rows to an image at most. */
function packed(parts: Part[]): Part[][] {
  const images: Part[][] = [[]];
  let rows = 0;
  for (const part of parts) {
    if (rows > 0 && rows + part.table.rows.length > ROWS_PER_LONG) {
      images.push([]);
      rows = 0;
    }
    images.at(-1)!.push(part);
    rows += part.table.rows.length;
  }
  return images;
}

function groupBlock(part: Part, inner: number): Element {
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', padding: `24px ${PAD}px 0` },
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        borderLeft: `8px solid ${P.accent}`,
        paddingLeft: 14,
        marginBottom: 8,
      },
      h('div', { fontSize: 42, fontWeight: 700 }, part.title),
      h('div', { fontSize: LONG_TEXT.secondary, color: P.soft }, part.table.note),
    ),
    tablePicture(
      part.table,
      {
        width: inner,
        head: 96,
        row: 64,
        text: LONG_TEXT.body,
        headText: LONG_TEXT.head,
        pad: 10,
        shares: [0.14, 0.36, 0.25, 0.25],
      },
      P,
    ),
  );
}

/** The month's long images: the first with the masthead and summary, each with the address and QR code at its foot. */
export function longPictures(board: Board, period: PeriodResult): Picture[] {
  const { site } = board.model;
  const inner = LONG_WIDTH - 2 * PAD;
  const address = new URL(rankingUrl(period.period), boardConfig().siteUrl).href;
  const images = packed(groupParts(board, period));
  const title = `${formatPeriod(period.period)}${site.subject}排行榜`;
  return images.map((parts, i) => {
    const numbered = images.length > 1 ? `（${i + 1}/${images.length}）` : '';
    const masthead = h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        padding: `40px ${PAD}px 32px`,
        backgroundColor: P.panel,
        color: '#ffffff',
      },
      h('div', { fontSize: 30 }, site.publisher),
      h('div', { fontSize: 56, fontWeight: 700, lineHeight: 1.25, marginTop: 10 }, `${title}${numbered}`),
      h(
        'div',
        { fontSize: 30, marginTop: 10 },
        `${site.city} · 序时进度 ${formatPercent(period.pace)}（${period.month}/12）`,
      ),
    );
    const summary =
      i === 0
        ? h(
            'div',
            {
              display: 'flex',
              flexDirection: 'column',
              gap: 12,
              padding: `28px ${PAD}px 8px`,
              fontSize: LONG_TEXT.body,
              lineHeight: 1.6,
            },
            ...monthSummary(board.model, period).map((p) => h('div', {}, p)),
          )
        : null;
    const notice = illustrativeNotice(site, period);
    const foot = h(
      'div',
      {
        display: 'flex',
        gap: 28,
        alignItems: 'center',
        margin: `32px ${PAD}px 0`,
        padding: '24px 0 44px',
        borderTop: `2px solid ${P.line}`,
      },
      h(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          gap: 8,
          flexGrow: 1,
          flexShrink: 1,
          minWidth: 0,
          fontSize: LONG_TEXT.secondary,
          color: P.soft,
          lineHeight: 1.45,
        },
        h('div', { fontSize: LONG_TEXT.body, color: P.ink, fontWeight: 700 }, '完整表格、各单位数字和下载：'),
        h('div', { fontSize: LONG_TEXT.secondary, color: P.good, wordBreak: 'break-all' }, address),
        h(
          'div',
          {},
          `数据期：${formatPeriod(period.period)}（1—N月累计）　发布日期：${formatDate(period.report.publishedOn)}`,
        ),
        h('div', {}, `编报：${period.report.publisher}　来源：${site.title}`),
        notice ? h('div', { color: P.neutral }, notice) : null,
      ),
      h('div', { display: 'flex', flexShrink: 0 }, qrCode(address, 260)),
    );
    const element = h(
      'div',
      { display: 'flex', flexDirection: 'column', width: LONG_WIDTH, backgroundColor: P.ground, color: P.ink },
      masthead,
      summary,
      ...parts.map((part) => groupBlock(part, inner)),
      foot,
    );
    return { element, width: LONG_WIDTH };
  });
}
