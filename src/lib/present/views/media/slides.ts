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
export const SLIDE_LAYOUT = { head: 150, tableHead: 90, row: 62, foot: 100, text: 38, denseText: 32 } as const;
/** A table of more columns than this (three or more indicators) is set in denseText. */
export const DENSE_AFTER_COLUMNS = 8;
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
  /** The city's figures (none on a slide that continues the group sentences). */
  figures: CityFigure[];
  /** Figures to a row; more than one row draws them smaller (figureSizes). */
  figureColumns: number;
  groups: string[];
}
export interface GroupSlide extends SlideBase {
  kind: 'group';
  table: CompactTable;
  /** The 单位 column's share of the width, in per cent: one of NAME_COLUMNS, wide enough for the longest name. */
  nameColumn: number;
  /** Many columns: the rows are set in SLIDE_LAYOUT.denseText. */
  dense: boolean;
}
export type Slide = SummarySlide | GroupSlide;

/**
 * The summary slide's sizes, px: a figure panel (name, value, two lines) and the group sentences.
 * One row of figures uses the large sizes; two rows (four or more indicators) the compact ones.
 */
export const SUMMARY_LAYOUT = {
  gap: 28,
  lineHeight: 1.25,
  sentence: { text: 40, gap: 12 },
  figure: {
    large: { padding: 20, name: 36, value: 88, line: 34 },
    compact: { padding: 16, name: 30, value: 64, line: 28 },
  },
} as const;

/** Three figures to a row at most; four as two and two. */
export const figureColumns = (count: number) => (count <= 3 ? Math.max(count, 1) : count === 4 ? 2 : 3);
export const figureSizes = (count: number) => (count > 3 ? SUMMARY_LAYOUT.figure.compact : SUMMARY_LAYOUT.figure.large);

/** The height of the summary slide's body that the layout leaves, px. */
const BODY_HEIGHT = FRAME.safe.height - SLIDE_LAYOUT.head - SLIDE_LAYOUT.foot;

/**
 * How wide a line of text is, roughly, in ems (bold, as names are set): a Chinese character, the
 * ellipsis … (full width in Chinese fonts), M and W one, another capital or a wide sign about 0.75,
 * other Latin letters, digits and signs about 0.6. A name wider than its estimate ends in … on screen.
 */
const charEms = (c: string) => (c.codePointAt(0)! >= 0x2e80 || /[…MW]/.test(c) ? 1 : /[A-Z@%&#=]/.test(c) ? 0.75 : 0.6);
export const textEms = (text: string) => [...text].reduce((n, c) => n + charEms(c), 0);
const ems = textEms;

/** The widths the 单位 column may take, per cent (src/styles/slides.css has a class for each). */
export const NAME_COLUMNS = [14, 18, 22, 26, 30] as const;
/** The narrowest of NAME_COLUMNS that holds every name at the given text size. */
export function nameColumn(names: string[], text: number = SLIDE_LAYOUT.text): number {
  const needed = (100 * (Math.max(0, ...names.map(ems)) * text + 24)) / FRAME.safe.width;
  return NAME_COLUMNS.find((w) => w >= needed) ?? NAME_COLUMNS.at(-1)!;
}

/** The widest unit name a slide shows whole, in ems; a longer one ends in … (the ranking page has it all). */
export const SLIDE_NAME_EMS = 9;
export function fitName(name: string): string {
  if (ems(name) <= SLIDE_NAME_EMS) return name;
  let fitted = '';
  for (const c of name) {
    if (ems(fitted + c) > SLIDE_NAME_EMS - 1) break;
    fitted += c;
  }
  return `${fitted}…`;
}

/** Estimated height of the figures block, px (the value line is 1.15 high, the others the layout's). */
function figuresHeight(figures: CityFigure[]): number {
  if (figures.length === 0) return 0;
  const f = figureSizes(figures.length);
  const L = SUMMARY_LAYOUT.lineHeight;
  const panel = 2 * f.padding + f.name * L + f.value * 1.15 + 2 * f.line * L;
  const rows = Math.ceil(figures.length / figureColumns(figures.length));
  return rows * panel + (rows - 1) * SUMMARY_LAYOUT.gap;
}

/** Estimated height of one group sentence with its gap, px (wrapped at the safe width, with 10 % to spare). */
function sentenceHeight(sentence: string): number {
  const { text, gap } = SUMMARY_LAYOUT.sentence;
  const lines = Math.ceil((ems(sentence) * text * 1.1) / FRAME.safe.width);
  return lines * text * SUMMARY_LAYOUT.lineHeight + gap;
}

/**
 * The city's figures and the group sentences on as many summary slides as they need: one when they
 * fit (two indicators and three groups do), else the figures alone, then the sentences, shared out.
 */
function summarySlides(first: Omit<SummarySlide, 'figureColumns'>): SummarySlide[] {
  const columns = figureColumns(first.figures.length);
  const heights = first.groups.map(sentenceHeight);
  const total = (hs: number[]) => hs.reduce((a, b) => a + b, 0);
  if (figuresHeight(first.figures) + SUMMARY_LAYOUT.gap + total(heights) <= BODY_HEIGHT) return [{ ...first, figureColumns: columns }];
  const parts: string[][] = [];
  let used = BODY_HEIGHT;
  first.groups.forEach((sentence, i) => {
    if (used + heights[i] > BODY_HEIGHT) {
      parts.push([]);
      used = 0;
    }
    parts.at(-1)!.push(sentence);
    used += heights[i];
  });
  return [
    { ...first, groups: [], figureColumns: columns },
    ...parts.map((groups, i) => ({ ...first, id: `summary-${i + 2}`, title: `${first.title}（各组概况${parts.length > 1 ? ` ${i + 1}/${parts.length}` : ''}）`, figures: [], groups, figureColumns: columns })),
  ];
}

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
  const summary: Omit<SummarySlide, 'figureColumns'> = {
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
    const dense = table.columns.length > DENSE_AFTER_COLUMNS;
    return parts.map((rows, i): GroupSlide => {
      const fitted = rows.map((row) => ({ ...row, cells: row.cells.map((cell, k) => (k === 1 ? fitName(cell) : cell)) }));
      return {
        kind: 'group',
        id: parts.length > 1 ? `${group.group.id}-${i + 1}` : group.group.id,
        title: `${group.group.name}${parts.length > 1 ? `（${i + 1}/${parts.length}）` : ''} · ${site.subject}排行榜`,
        aside,
        table: { ...table, rows: fitted },
        nameColumn: nameColumn(fitted.map((row) => row.cells[1]), dense ? SLIDE_LAYOUT.denseText : SLIDE_LAYOUT.text),
        dense,
      };
    });
  });
  const slides: Slide[] = [...summarySlides(summary), ...groupSlides];
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
