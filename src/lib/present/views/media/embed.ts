/**
 * /embed/2005-03/towns/: one group's ranking with nothing around it, for a news site's iframe; and
 * the embed code the ranking page offers for it (height from the number of rows).
 */
import type { Board, GroupResult, PeriodResult } from '../../../score/board.ts';
import { formatDate, formatPeriod } from '../../format.ts';
import { illustrativeNotice } from '../../notice.ts';
import { embedUrl, rankingUrl } from '../../urls.ts';
import { compactTable } from './compact.ts';

/** Pixels: the heading, notice and source lines, and one table row (an estimate: the iframe may scroll). */
const EMBED_SIZE = { chrome: 220, row: 34 } as const;

export function embedView(board: Board, period: PeriodResult, group: GroupResult) {
  const { site } = board.model;
  return {
    period,
    title: `${group.group.name} · ${formatPeriod(period.period)}${site.subject}排行榜`,
    table: compactTable(board.model, period, group),
    published: formatDate(period.report.publishedOn),
    publishedOn: period.report.publishedOn,
    notice: illustrativeNotice(site, period),
    siteTitle: site.title,
    rankingHref: rankingUrl(period.period),
  };
}

/** The <iframe> to paste into a news page, with the absolute address of the embed. */
export function embedCode(board: Board, period: PeriodResult, group: GroupResult, site: URL | string): string {
  const src = new URL(embedUrl(period.period, group.group.id), site).href;
  const title = `${group.group.name} · ${formatPeriod(period.period)}${board.model.site.subject}排行榜`;
  const height = EMBED_SIZE.chrome + EMBED_SIZE.row * group.units.length;
  return `<iframe src="${src}" title="${title}" width="100%" height="${height}" loading="lazy" style="border:0;max-width:960px"></iframe>`;
}
