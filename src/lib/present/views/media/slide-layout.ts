/**
 * The slides' geometry, shared by the HTML slides (src/styles/slides.css follows these numbers) and
 * the pictures (src/lib/images/slide-picture.ts): the 1920×1080 frame and its EBU R 95 safe area,
 * the rows of a ranking slide, the summary's figures and sentences, and how wide a unit's name may be.
 * Text widths are estimates (no fonts are measured here); the e2e tests check the real layout.
 */

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
/** Ranking rows that fit one slide (in one column). */
export const ROWS_PER_SLIDE = Math.floor(
  (FRAME.safe.height - SLIDE_LAYOUT.head - SLIDE_LAYOUT.tableHead - SLIDE_LAYOUT.foot) / SLIDE_LAYOUT.row,
);

/**
 * Ranking slides that share or split the frame, px: on a slide several small groups share, each
 * group's table under a heading of its own (`heading` high, text `headingText`, `gap` above the next);
 * a group longer than ROWS_PER_SLIDE goes into two columns `columnGap` apart (up to twice as many
 * rows on one slide) before it takes a second slide.
 */
export const PART_LAYOUT = { heading: 46, headingText: 34, gap: 14, columnGap: 48 } as const;
/** One of two ranking columns' width, px. */
export const HALF_WIDTH = (FRAME.safe.width - PART_LAYOUT.columnGap) / 2;
/** The height a group's table takes on a shared slide: heading, table head and rows, px. */
export const partHeight = (rows: number) =>
  PART_LAYOUT.heading + SLIDE_LAYOUT.tableHead + Math.max(rows, 1) * SLIDE_LAYOUT.row;
/**
 * A half-width table's column shares: 位次 wide enough for 并列12, 单位 as nameColumn says, the score and
 * 超/欠序时 (a band sign and a signed number, a little wider) sharing the rest.
 */
export function halfShares(name: number): number[] {
  const first = 0.19;
  const rest = 1 - first - name;
  return [first, name, rest * 0.46, rest * 0.54];
}
/** Several groups' tables on one slide, with the gaps between them, px. */
export const partsHeight = (rows: number[]) =>
  rows.reduce((sum, n) => sum + partHeight(n), 0) + Math.max(rows.length - 1, 0) * PART_LAYOUT.gap;

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
export const BODY_HEIGHT = FRAME.safe.height - SLIDE_LAYOUT.head - SLIDE_LAYOUT.foot;

/**
 * How wide a line of text is, roughly, in ems (bold, as names are set): a Chinese character, the
 * ellipsis … (full width in Chinese fonts), M and W one, another capital or a wide sign about 0.75,
 * other Latin letters, digits and signs about 0.6. A name wider than its estimate ends in … on screen.
 */
const charEms = (c: string) => (c.codePointAt(0)! >= 0x2e80 || /[…MW]/.test(c) ? 1 : /[A-Z@%&#=]/.test(c) ? 0.75 : 0.6);
export const textEms = (text: string) => [...text].reduce((n, c) => n + charEms(c), 0);
const ems = textEms;

/**
 * The widths the 单位 column may take, per cent of its table (src/styles/slides.css has a class for
 * each); the wider ones serve the half-width tables of a two-column slide.
 */
export const NAME_COLUMNS = [14, 18, 22, 26, 30, 36, 44] as const;
/** The narrowest of NAME_COLUMNS that holds every name at the given text size in a table `width` wide. */
export function nameColumn(
  names: string[],
  text: number = SLIDE_LAYOUT.text,
  width: number = FRAME.safe.width,
): number {
  const needed = (100 * (Math.max(0, ...names.map(ems)) * text + 24)) / width;
  return NAME_COLUMNS.find((w) => w >= needed) ?? NAME_COLUMNS.at(-1)!;
}

/** The widest unit name a slide shows whole, in ems; a longer one ends in … (the ranking page has it all). */
export const SLIDE_NAME_EMS = 9;
/** The same in one of two columns, where the name shares 840 px with 位次 and two figures. */
export const HALF_NAME_EMS = 6;
export function fitName(name: string, widest: number = SLIDE_NAME_EMS): string {
  if (ems(name) <= widest) return name;
  let fitted = '';
  for (const c of name) {
    if (ems(fitted + c) > widest - 1) break;
    fitted += c;
  }
  return `${fitted}…`;
}

/** Estimated height of a block of `count` figures, px (the value line is 1.15 high, the others the layout's). */
export function figuresHeight(count: number): number {
  if (count === 0) return 0;
  const f = figureSizes(count);
  const L = SUMMARY_LAYOUT.lineHeight;
  const panel = 2 * f.padding + f.name * L + f.value * 1.15 + 2 * f.line * L;
  const rows = Math.ceil(count / figureColumns(count));
  return rows * panel + (rows - 1) * SUMMARY_LAYOUT.gap;
}

/** Estimated height of one group sentence with its gap, px (wrapped at the safe width, with 10 % to spare). */
export function sentenceHeight(sentence: string): number {
  const { text, gap } = SUMMARY_LAYOUT.sentence;
  const lines = Math.ceil((ems(sentence) * text * 1.1) / FRAME.safe.width);
  return lines * text * SUMMARY_LAYOUT.lineHeight + gap;
}

/** n rows in as few slides (or columns) as fit, shared evenly (14 rows at 13 a slide → 7 + 7, not 13 + 1). */
export function splitRows<T>(rows: T[], perSlide = ROWS_PER_SLIDE): T[][] {
  const count = Math.max(1, Math.ceil(rows.length / perSlide));
  const size = Math.ceil(rows.length / count);
  return Array.from({ length: count }, (_, i) => rows.slice(i * size, (i + 1) * size));
}
