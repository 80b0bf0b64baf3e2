/**
 * The RSS feed: what it says, as @astrojs/rss options. Items come from a list of sources, one
 * function per kind of news (a published month; a correction of a published figure), merged newest first.
 */
import type { RSSOptions } from '@astrojs/rss';
import { indicatorOf } from '../schema/indicators.ts';
import { unitNameOf } from '../schema/units.ts';
import { formatAmount, formatPeriod } from '../present/format.ts';
import { revisionAnchor } from '../present/revisions.ts';
import { monthSummary } from '../present/summary.ts';
import { correctionsUrl, rankingUrl } from '../present/urls.ts';
import type { Figure } from '../schema/revisions.ts';
import type { Board } from '../score/board.ts';

export interface FeedEntry {
  title: string;
  /** The page the item announces (a site path). */
  link: string;
  /** The day it was published, YYYY-MM-DD (Beijing). */
  publishedOn: string;
  /** Plain-text body. */
  body: string;
}

export type FeedSource = (board: Board) => FeedEntry[];

/** One item per published month: the month's ranking, the generated summary as its body. */
export const monthEntries: FeedSource = (board) =>
  board.periods.map((period) => ({
    title: `${formatPeriod(period.period)}${board.model.site.subject}排行榜`,
    link: rankingUrl(period.period),
    publishedOn: period.report.publishedOn,
    body: monthSummary(board.model, period).join(''),
  }));

/** One item per revision of a published figure (更正 / 修订): what changed, from what to what, and why. */
export const correctionEntries: FeedSource = ({ model }) =>
  model.revisions.map((r) => {
    const indicator = indicatorOf(model, r.indicator);
    const unit = unitNameOf(model, r.unit);
    const figure = (f: Figure) =>
      typeof f === 'number' ? `${formatAmount(f, indicator.decimals)} ${indicator.unit}` : f;
    return {
      title: `${r.kind}：${unit}${formatPeriod(r.period)}${indicator.name}`,
      link: `${correctionsUrl()}#${revisionAnchor(r)}`,
      publishedOn: r.date,
      body: `${unit}${formatPeriod(r.period)}${indicator.name}由 ${figure(r.old)} ${r.kind}为 ${figure(r.new)}。原因：${r.reason}`,
    };
  });

/** Every kind of item the feed carries. Add a kind by appending its function. */
export const FEED_SOURCES: FeedSource[] = [monthEntries, correctionEntries];

/** All items, newest first (same day: by address, so the order never depends on the sources' order). */
export function feedEntries(board: Board, sources: FeedSource[] = FEED_SOURCES): FeedEntry[] {
  return sources
    .flatMap((source) => source(board))
    .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || b.link.localeCompare(a.link));
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The feed for @astrojs/rss (getRssString / the default export). */
export function feedOptions(board: Board, site: string | URL, sources: FeedSource[] = FEED_SOURCES): RSSOptions {
  const { site: info } = board.model;
  return {
    title: info.title,
    description: info.description,
    site,
    trailingSlash: true,
    customData: '<language>zh-cn</language>',
    items: feedEntries(board, sources).map((entry) => ({
      title: entry.title,
      // Absolute, so the package leaves it as it is (it would add a slash after a #fragment).
      link: new URL(entry.link, site).href,
      // Published in the morning, Beijing time: the date reads the same in every time zone east of UTC−9.
      pubDate: new Date(`${entry.publishedOn}T09:00:00+08:00`),
      // RSS readers treat a description as HTML: escape the text.
      description: escapeHtml(entry.body),
      content: `<p>${escapeHtml(entry.body)}</p>`,
    })),
  };
}
