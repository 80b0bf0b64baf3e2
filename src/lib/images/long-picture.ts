/**
 * The month's rankings as one long image (长图) 1080 px wide, the way bulletins are shared on
 * WeChat: a masthead, the summary, every group's table, the stamp and the notice. Its height is
 * whatever the content needs.
 */
import type { Board, PeriodResult } from '../score/board.ts';
import { formatDate, formatPercent, formatPeriod } from '../present/format.ts';
import { illustrativeNotice } from '../present/notice.ts';
import { monthSummary } from '../present/summary.ts';
import { compactTable } from '../present/views/media/compact.ts';
import { DENSE_AFTER_COLUMNS } from '../present/views/media/slide-layout.ts';
import { PAPER as P, h } from './element.ts';
import type { Picture } from './render.ts';
import { tablePicture } from './slide-picture.ts';

export const LONG_WIDTH = 1080;
const PAD = 44;

export function longPicture(board: Board, period: PeriodResult): Picture {
  const { site } = board.model;
  const inner = LONG_WIDTH - 2 * PAD;
  const masthead = h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      padding: `40px ${PAD}px 32px`,
      backgroundColor: P.panel,
      color: '#ffffff',
    },
    h('div', { fontSize: 28 }, site.publisher),
    h(
      'div',
      { fontSize: 54, fontWeight: 700, lineHeight: 1.25, marginTop: 10 },
      `${formatPeriod(period.period)}${site.subject}排行榜`,
    ),
    h(
      'div',
      { fontSize: 28, marginTop: 10 },
      `${site.city} · 序时进度 ${formatPercent(period.pace)}（${period.month}/12）`,
    ),
  );
  const summary = h(
    'div',
    { display: 'flex', flexDirection: 'column', gap: 10, padding: `28px ${PAD}px 8px`, fontSize: 30, lineHeight: 1.6 },
    ...monthSummary(board.model, period).map((p) => h('div', {}, p)),
  );
  const groups = period.groups.map((group) => {
    const table = compactTable(board.model, period, group);
    return h(
      'div',
      { display: 'flex', flexDirection: 'column', padding: `20px ${PAD}px 0` },
      h(
        'div',
        {
          display: 'flex',
          alignItems: 'baseline',
          gap: 16,
          borderLeft: `8px solid ${P.accent}`,
          paddingLeft: 14,
          marginBottom: 8,
        },
        h('div', { fontSize: 38, fontWeight: 700 }, group.group.name),
        h('div', { fontSize: 22, color: P.soft }, table.note),
      ),
      tablePicture(
        table,
        {
          width: inner,
          head: 80,
          row: 50,
          text: table.columns.length > DENSE_AFTER_COLUMNS ? 21 : 25,
          headText: 20,
          pad: 5,
        },
        P,
      ),
    );
  });
  const foot = h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      gap: 6,
      margin: `28px ${PAD}px 0`,
      padding: '18px 0 40px',
      borderTop: `2px solid ${P.line}`,
      fontSize: 24,
      color: P.soft,
      lineHeight: 1.5,
    },
    h(
      'div',
      {},
      `数据期：${formatPeriod(period.period)}（1—N月累计）　发布日期：${formatDate(period.report.publishedOn)}`,
    ),
    h('div', {}, `编报：${period.report.publisher}　来源：${site.title}`),
    illustrativeNotice(site, period) ? h('div', { color: P.neutral }, illustrativeNotice(site, period)!) : null,
  );
  const element = h(
    'div',
    { display: 'flex', flexDirection: 'column', width: LONG_WIDTH, backgroundColor: P.ground, color: P.ink },
    masthead,
    summary,
    ...groups,
    foot,
  );
  return { element, width: LONG_WIDTH };
}
