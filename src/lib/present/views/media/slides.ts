/**
 * /slides/2005-03/: the month for a TV screen or a lobby display — one 16:9 slide for the city,
 * then the groups' rankings filling the frame: small groups share a slide (each table under its
 * group's name), a group longer than a slide's rows goes into two columns (位次, 单位, the score and
 * 超/欠序时: the full table is on the ranking page), and only a group longer than two
 * columns takes several slides, rows shared evenly. The same slides are
 * drawn as HTML (the page) and as PNG/SVG (src/lib/images/), so both read from this view.
 * Sizes are in the 1920×1080 frame (slide-layout.ts); everything sits in the EBU R 95 graphics-safe area.
 */
import { indicatorOf } from '../../../schema/indicators.ts';
import type { Board, PeriodResult } from '../../../score/board.ts';
import {
  formatAmount,
  formatDate,
  formatPaceGapText,
  formatPercent,
  formatPeriod,
  formatWholeArea,
} from '../../format.ts';
import { illustrativeNotice } from '../../notice.ts';
import { scoreLabel } from '../../queries.ts';
import { groupSentence } from '../../summary.ts';
import { slideImageUrl, slidesUrl } from '../../urls.ts';
import { compactTable, type CompactTable } from './compact.ts';
import {
  BODY_HEIGHT,
  DENSE_AFTER_COLUMNS,
  figureColumns,
  figuresHeight,
  fitName,
  HALF_NAME_EMS,
  HALF_WIDTH,
  nameColumn,
  partsHeight,
  ROWS_PER_SLIDE,
  SLIDE_LAYOUT,
  SUMMARY_LAYOUT,
  sentenceHeight,
  splitRows,
} from './slide-layout.ts';

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
  /** The city's figures (none on a slide that continues the group sentences). */
  figures: CityFigure[];
  /** Figures to a row; more than one row draws them smaller (figureSizes). */
  figureColumns: number;
  groups: string[];
}
/** One table on a ranking slide: a whole group, or one column of a long group's. */
export interface RankingPart {
  /** The group's name, shown over its table where groups share a slide. */
  heading: string;
  table: CompactTable;
  /** The 单位 column's share of the table's width, in per cent: one of NAME_COLUMNS, wide enough for the longest name. */
  nameColumn: number;
  /** Many columns: the rows are set in SLIDE_LAYOUT.denseText. */
  dense: boolean;
}
export interface GroupSlide extends SlideBase {
  kind: 'group';
  /**
   * single: one group's table; stack: several small groups' tables one under another, each under
   * its name; columns: one long group's rows in two half-width tables side by side (narrow columns).
   */
  layout: 'single' | 'stack' | 'columns';
  parts: RankingPart[];
  /**
   * The ids its groups' slides had when each group had slides of its own (until 2026-12: towns-1, towns-2,
   * zones …): those addresses were published, so they stay, showing this slide (src/lib/images/catalogue.ts).
   */
  earlierIds: string[];
}
export type Slide = SummarySlide | GroupSlide;

/**
 * The city's figures and the group sentences on as many summary slides as they need: one when they
 * fit (two indicators and three groups do), else the figures alone, then the sentences, shared out.
 */
function summarySlides(first: Omit<SummarySlide, 'figureColumns'>): SummarySlide[] {
  const columns = figureColumns(first.figures.length);
  const heights = first.groups.map(sentenceHeight);
  const total = (hs: number[]) => hs.reduce((a, b) => a + b, 0);
  if (figuresHeight(first.figures.length) + SUMMARY_LAYOUT.gap + total(heights) <= BODY_HEIGHT)
    return [{ ...first, figureColumns: columns }];
  const parts: string[][] = [];
  let used = BODY_HEIGHT;
  first.groups.forEach((sentence, i) => {
    const height = heights[i] ?? 0; // one height per sentence
    if (used + height > BODY_HEIGHT) {
      parts.push([]);
      used = 0;
    }
    parts.at(-1)!.push(sentence);
    used += height;
  });
  return [
    { ...first, groups: [], figureColumns: columns },
    ...parts.map((groups, i) => ({
      ...first,
      id: `summary-${i + 2}`,
      title: `${first.title}（各组概况${parts.length > 1 ? ` ${i + 1}/${parts.length}` : ''}）`,
      figures: [],
      groups,
      figureColumns: columns,
    })),
  ];
}

/** A table as a slide shows it: the 单位 column's width, dense text when it has many columns. */
function part(heading: string, table: CompactTable, width?: number): RankingPart {
  const dense = table.columns.length > DENSE_AFTER_COLUMNS;
  return {
    heading,
    table,
    nameColumn: nameColumn(
      table.rows.map((row) => row.cells[1] ?? ''),
      dense ? SLIDE_LAYOUT.denseText : SLIDE_LAYOUT.text,
      width,
    ),
    dense,
  };
}

/** The columns a half-width table keeps: 位次, 单位, the score and 超/欠序时 with its band (what a glance needs). */
const narrowCells = <T>(cells: T[]) => cells.slice(0, 4);

export function slidesView(board: Board, period: PeriodResult) {
  const { model } = board;
  const { site } = model;
  const when = formatPeriod(period.period);
  const aside = `${when} · 序时进度 ${formatPercent(period.pace)}`;
  const label = scoreLabel(period.plan, model);
  const summary: Omit<SummarySlide, 'figureColumns'> = {
    kind: 'summary',
    id: 'summary',
    title: `${when}${site.subject}排行榜`,
    aside: `${site.city} · 序时进度 ${formatPercent(period.pace)}`,
    figures: period.city.map((c) => {
      const ind = indicatorOf(model, c.indicator);
      const tone = c.paceGap === null ? 'neutral' : c.paceGap >= 0 ? 'good' : 'bad';
      return {
        name: ind.name,
        value: formatAmount(c.value, ind.decimals),
        unit: ind.unit,
        completion:
          c.completion === null ? `无${formatWholeArea(site.city)}目标` : `完成年度目标 ${formatPercent(c.completion)}`,
        gap: c.paceGap === null ? '' : formatPaceGapText(c.paceGap),
        tone,
      };
    }),
    groups: period.groups.map((g) => groupSentence(g, label)),
  };
  const title = (names: string, of = '') => `${names}${of} · ${site.subject}排行榜`;
  const groupSlides: GroupSlide[] = [];
  for (const group of period.groups) {
    const table = compactTable(model, period, group);
    const rows = table.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell, k) => (k === 1 ? fitName(cell) : cell)),
    }));
    const halfRows = table.rows.map((row) => ({
      ...row,
      cells: narrowCells(row.cells).map((cell, k) => (k === 1 ? fitName(cell, HALF_NAME_EMS) : cell)),
    }));
    const whole = part(group.group.name, { ...table, rows });
    const oldParts = splitRows(table.rows).length;
    const earlierIds =
      oldParts > 1 ? Array.from({ length: oldParts }, (_, i) => `${group.group.id}-${i + 1}`) : [group.group.id];
    if (rows.length <= ROWS_PER_SLIDE) {
      // A small group joins the first slide of small groups it fits on (the frame's height, with headings).
      const shared = groupSlides.find(
        (s) =>
          s.layout !== 'columns' && partsHeight([...s.parts, whole].map((p) => p.table.rows.length)) <= BODY_HEIGHT,
      );
      if (shared) {
        shared.parts.push(whole);
        shared.earlierIds.push(...earlierIds);
        shared.layout = 'stack';
        shared.id = `${shared.id}-${group.group.id}`;
        shared.title = title(shared.parts.map((p) => p.heading).join('、'));
      } else
        groupSlides.push({
          kind: 'group',
          id: group.group.id,
          title: title(group.group.name),
          aside,
          layout: 'single',
          parts: [whole],
          earlierIds,
        });
      continue;
    }
    // A long group: two columns a slide, as few slides as hold it, rows shared evenly.
    const slides = splitRows(halfRows, 2 * ROWS_PER_SLIDE);
    const narrow = { ...table, columns: narrowCells(table.columns) };
    slides.forEach((slideRows, i) => {
      const half = Math.ceil(slideRows.length / 2);
      groupSlides.push({
        kind: 'group',
        id: slides.length > 1 ? `${group.group.id}-${i + 1}` : group.group.id,
        title: title(group.group.name, slides.length > 1 ? `（${i + 1}/${slides.length}）` : ''),
        aside,
        layout: 'columns',
        parts: [slideRows.slice(0, half), slideRows.slice(half)].map((columnRows) =>
          part(group.group.name, { ...narrow, rows: columnRows }, HALF_WIDTH),
        ),
        earlierIds: i === 0 ? earlierIds : [],
      });
    });
  }
  const slides: Slide[] = [...summarySlides(summary), ...groupSlides];
  return {
    period,
    title: `${when}${site.subject}排行榜 · 幻灯片`,
    href: slidesUrl(period.period),
    slides,
    /** Printed on every slide: the period, 发布日期 and publisher, and the illustrative notice. */
    stamp: `数据期：${when}（1—N月累计）　发布日期：${formatDate(period.report.publishedOn)}　编报：${period.report.publisher}`,
    notice: illustrativeNotice(site, period),
    /** Every month's, kept at their addresses for good (src/lib/images/catalogue.ts). */
    images: slides.map((s) => ({
      id: s.id,
      title: s.title,
      png: slideImageUrl(period.period, s.id, 'png'),
      svg: slideImageUrl(period.period, s.id, 'svg'),
    })),
  };
}

export type SlidesView = ReturnType<typeof slidesView>;
