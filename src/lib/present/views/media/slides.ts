/**
 * /slides/2005-03/: the month for a TV screen or a lobby display — one 16:9 slide for the city,
 * then one per group (a long group over several slides, rows shared evenly). The same slides are
 * drawn as HTML (the page) and as PNG/SVG (src/lib/images/), so both read from this view.
 * Sizes are in the 1920×1080 frame; everything sits in the EBU R 95 graphics-safe area.
 */
import { indicatorOf } from '../../../model/model.ts';
import type { Board, PeriodResult } from '../../../score/board.ts';
import { formatAmount, formatDate, formatPaceGapText, formatPercent, formatPeriod, formatWholeArea } from '../../format.ts';
import { illustrativeNotice } from '../../notice.ts';
import { scoreLabel } from '../../queries.ts';
import { groupSentence } from '../../summary.ts';
import { slideImageUrl, slidesUrl } from '../../urls.ts';
import { drawsSlideImages } from '../../../images/scope.ts';
import { compactTable, type CompactTable } from './compact.ts';

/** The picture and its graphics-safe area (EBU R 95: 90 % of width and height, centred). */
export const FRAME = { width: 1920, height: 1080, safe: { x: 96, y: 54, width: 1728, height: 972 } } as const;
/**
 * Heights inside the safe area, px: title block (and the gap under it), table header, one ranking
 * row, footer. Rows of 62 px carry 38 px text (≈ 3.5 % of the picture): ten to a slide, so a long
 * group goes over two slides rather than shrinking its text.
 */
export const SLIDE_LAYOUT = { head: 150, tableHead: 90, row: 62, foot: 100, text: 38 } as const;
/** Ranking rows that fit one slide. */
export const ROWS_PER_SLIDE = Math.floor((FRAME.safe.height - SLIDE_LAYOUT.head - SLIDE_LAYOUT.tableHead - SLIDE_LAYOUT.foot) / SLIDE_LAYOUT.row);

export interface CityFigure {
  name: string;
  value: string;
  unit: string;
  completion: string;
  gap: string;
  tone: 'good' | 'bad' | 'neutral';
}

interface SlideBase {
  /** File name part and HTML id: summary, towns, towns-2 … */
  id: string;
  title: string;
  /** Right of the title: the period and the pace. */
  aside: string;
}
export interface SummarySlide extends SlideBase {
  kind: 'summary';
  figures: CityFigure[];
  groups: string[];
}
export interface GroupSlide extends SlideBase {
  kind: 'group';
  table: CompactTable;
}
export type Slide = SummarySlide | GroupSlide;

/** n rows in as few slides as fit, shared evenly (14 rows at 13 a slide → 7 + 7, not 13 + 1). */
export function splitRows<T>(rows: T[], perSlide = ROWS_PER_SLIDE): T[][] {
  const count = Math.max(1, Math.ceil(rows.length / perSlide));
  const size = Math.ceil(rows.length / count);
  return Array.from({ length: count }, (_, i) => rows.slice(i * size, (i + 1) * size));
}

export function slidesView(board: Board, period: PeriodResult) {
  const { model } = board;
  const { site } = model;
  const when = formatPeriod(period.period);
  const aside = `${when} · 序时进度 ${formatPercent(period.pace)}`;
  const label = scoreLabel(period.plan, model);
  const summary: SummarySlide = {
    kind: 'summary', id: 'summary', title: `${when}${site.subject}排行榜`, aside: `${site.city} · 序时进度 ${formatPercent(period.pace)}`,
    figures: period.city.map((c) => {
      const ind = indicatorOf(model, c.indicator);
      const tone = c.paceGap === null ? 'neutral' : c.paceGap >= 0 ? 'good' : 'bad';
      return { name: ind.name, value: formatAmount(c.value, ind.decimals), unit: ind.unit, completion: c.completion === null ? `无${formatWholeArea(site.city)}目标` : `完成年度目标 ${formatPercent(c.completion)}`, gap: c.paceGap === null ? '' : formatPaceGapText(c.paceGap), tone };
    }),
    groups: period.groups.map((g) => groupSentence(g, label)),
  };
  const groupSlides = period.groups.flatMap((group) => {
    const table = compactTable(model, period, group);
    const parts = splitRows(table.rows);
    return parts.map((rows, i): GroupSlide => ({
      kind: 'group',
      id: parts.length > 1 ? `${group.group.id}-${i + 1}` : group.group.id,
      title: `${group.group.name}${parts.length > 1 ? `（${i + 1}/${parts.length}）` : ''} · ${site.subject}排行榜`,
      aside,
      table: { ...table, rows },
    }));
  });
  const slides: Slide[] = [summary, ...groupSlides];
  return {
    period,
    title: `${when}${site.subject}排行榜 · 幻灯片`,
    href: slidesUrl(period.period),
    slides,
    /** Printed on every slide: the period, 发布日期 and publisher, and the illustrative notice. */
    stamp: `数据期：${when}（1—N月累计）　发布日期：${formatDate(period.report.publishedOn)}　编报：${period.report.publisher}`,
    notice: illustrativeNotice(site, period),
    /** Drawn for the latest month only (images/scope.ts); older months are shown and printed from this page. */
    images: !drawsSlideImages(board, period.period) ? [] : slides.map((s) => ({ id: s.id, title: s.title, png: slideImageUrl(period.period, s.id, 'png'), svg: slideImageUrl(period.period, s.id, 'svg') })),
  };
}

export type SlidesView = ReturnType<typeof slidesView>;
