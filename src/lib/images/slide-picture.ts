/**
 * A broadcast slide as a 1920×1080 picture: the same view, layout and colours as the HTML slide
 * (src/pages/slides/, src/styles/slides.css), everything inside the EBU R 95 safe area.
 */
import type { CompactTable } from '../present/views/media/compact.ts';
import {
  FRAME,
  figureSizes,
  HALF_WIDTH,
  halfShares,
  PART_LAYOUT,
  SLIDE_LAYOUT,
  SUMMARY_LAYOUT,
  textEms,
} from '../present/views/media/slide-layout.ts';
import type { Slide, SlidesView } from '../present/views/media/slides.ts';
import { COLOURS as C, h, type Element, type Palette } from './element.ts';
import type { Picture } from './render.ts';

const toneColour = (P: Palette, tone: string | undefined) =>
  tone === 'good' ? P.good : tone === 'bad' ? P.bad : tone === 'neutral' ? P.neutral : P.ink;

/** A heading line as words in a wrapping row: it breaks between words, inside one only when it alone is too wide. */
const words = (list: string[], numeric: boolean, style: Record<string, string | number> = {}) =>
  h(
    'div',
    { display: 'flex', flexWrap: 'wrap', justifyContent: numeric ? 'flex-end' : 'flex-start', ...style },
    ...list.map((word) => h('div', {}, word)),
  );

/**
 * Column widths as shares: 位次 and 较上月 narrow, 单位 as wide as `name` (at least 14 %), the
 * figures even but for 超/欠序时 (the fourth column: a band sign and a signed number), a third wider.
 */
export function columnShares(count: number, name = 0.14): number[] {
  const fixed = { first: 0.09, name: Math.max(name, 0.14), last: 0.1 };
  const weights = Array.from({ length: count - 3 }, (_, i) => (i === 1 ? 1.3 : 1));
  const unit = (1 - fixed.first - fixed.name - fixed.last) / weights.reduce((a, b) => a + b, 0);
  return Array.from({ length: count }, (_, i) =>
    i === 0 ? fixed.first : i === 1 ? fixed.name : i === count - 1 ? fixed.last : unit * (weights[i - 2] ?? 1),
  );
}

/** A ranking table drawn with flex rows: heights and text sizes in px. */
export function tablePicture(
  table: CompactTable,
  size: {
    width: number;
    head: number;
    row: number;
    text: number;
    headText: number;
    pad?: number;
    nameShare?: number;
    /** Each column's share of the width, where the slides' columnShares does not fit (the long image's four). */
    shares?: number[];
  },
  P: Palette = C,
): Element {
  // The 单位 column as wide as its longest name (up to 30 %), so a name is not cut off; a slide says its own
  // (nameColumn).
  const longest = Math.max(0, ...table.rows.map((r) => textEms(r.cells[1] ?? '')));
  const shares =
    size.shares ??
    columnShares(
      table.columns.length,
      size.nameShare ?? Math.min(0.3, (longest * size.text + 2 * (size.pad ?? 10) + 4) / size.width),
    );
  const cell = (i: number, numeric: boolean, extra: Record<string, string | number> = {}) => ({
    width: Math.floor(size.width * (shares[i] ?? 0)),
    padding: `0 ${size.pad ?? 10}px`,
    display: 'flex',
    flexDirection: 'column' as const,
    alignItems: numeric ? 'flex-end' : 'flex-start',
    justifyContent: 'center',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    ...extra,
  });
  const head = h(
    'div',
    {
      display: 'flex',
      height: size.head,
      color: P.soft,
      fontSize: size.headText,
      fontWeight: 700,
      lineHeight: 1.15,
      borderBottom: `1px solid ${P.line}`,
    },
    ...table.columns.map((c, i) =>
      h(
        'div',
        cell(i, c.numeric, { justifyContent: 'flex-end', paddingBottom: 6, textAlign: c.numeric ? 'right' : 'left' }),
        words(c.words.heading, c.numeric),
        c.words.sub
          ? words(c.words.sub, c.numeric, { fontSize: Math.round(size.headText * 0.77), fontWeight: 400 })
          : null,
      ),
    ),
  );
  const rows = table.rows.map((row, r) =>
    h(
      'div',
      {
        display: 'flex',
        height: size.row,
        fontSize: size.text,
        color: row.state === 'missing' ? P.soft : P.ink,
        backgroundColor: r % 2 ? P.stripe : P.ground,
        borderBottom: `1px solid ${P.line}`,
      },
      ...row.cells.map((text, i) =>
        h(
          'div',
          cell(i, table.columns[i]?.numeric ?? false, {
            fontWeight: i === 1 ? 700 : 400,
            color: i === 3 && row.band ? toneColour(P, row.band.tone) : 'inherit',
            whiteSpace: 'nowrap',
          }),
          text,
        ),
      ),
    ),
  );
  return h('div', { display: 'flex', flexDirection: 'column', width: size.width }, head, ...rows);
}

function summaryBody(slide: Extract<Slide, { kind: 'summary' }>): Element {
  const { gap, lineHeight, sentence } = SUMMARY_LAYOUT;
  const f = figureSizes(slide.figures.length);
  const width = Math.floor((FRAME.safe.width - (slide.figureColumns - 1) * gap) / slide.figureColumns);
  const figures =
    slide.figures.length === 0
      ? null
      : h(
          'div',
          { display: 'flex', flexWrap: 'wrap', gap },
          ...slide.figures.map((fig) =>
            h(
              'div',
              {
                width,
                display: 'flex',
                flexDirection: 'column',
                padding: `${f.padding}px 28px`,
                lineHeight,
                backgroundColor: C.panel,
                borderLeft: `10px solid ${fig.tone === 'bad' ? C.bad : C.good}`,
              },
              h('div', { fontSize: f.name }, fig.name),
              h(
                'div',
                {
                  display: 'flex',
                  alignItems: 'baseline',
                  fontSize: f.value,
                  fontWeight: 700,
                  lineHeight: 1.15,
                  whiteSpace: 'nowrap',
                },
                fig.value,
                h('span', { fontSize: f.name, fontWeight: 400, marginLeft: 12 }, fig.unit),
              ),
              h('div', { fontSize: f.line }, fig.completion),
              fig.gap ? h('div', { fontSize: f.line }, fig.gap) : null,
            ),
          ),
        );
  const groups = h(
    'div',
    { display: 'flex', flexDirection: 'column', fontSize: sentence.text, lineHeight, gap: sentence.gap },
    ...slide.groups.map((g) => h('div', {}, g)),
  );
  return h('div', { display: 'flex', flexDirection: 'column', gap }, figures, groups);
}

/** A ranking slide's body: one table, small groups' tables one under another, or a long group in two columns. */
function rankingBody(slide: Extract<Slide, { kind: 'group' }>): Element {
  const L = SLIDE_LAYOUT;
  const table = (p: (typeof slide.parts)[number], width: number) =>
    tablePicture(p.table, {
      width,
      head: L.tableHead,
      row: L.row,
      text: p.dense ? L.denseText : L.text,
      headText: 26,
      nameShare: p.nameColumn / 100,
      ...(slide.layout === 'columns' ? { shares: halfShares(p.nameColumn / 100) } : {}),
    });
  if (slide.layout === 'columns')
    return h(
      'div',
      { display: 'flex', alignItems: 'flex-start', gap: PART_LAYOUT.columnGap },
      ...slide.parts.map((p) => table(p, HALF_WIDTH)),
    );
  const [only] = slide.parts;
  if (slide.layout === 'single' && only) return table(only, FRAME.safe.width);
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', gap: PART_LAYOUT.gap },
    ...slide.parts.map((p) =>
      h(
        'div',
        { display: 'flex', flexDirection: 'column' },
        h(
          'div',
          {
            height: PART_LAYOUT.heading,
            fontSize: PART_LAYOUT.headingText,
            fontWeight: 700,
            color: C.accent,
            lineHeight: 1.25,
            display: 'flex',
            alignItems: 'flex-end',
          },
          p.heading,
        ),
        table(p, FRAME.safe.width),
      ),
    ),
  );
}

export function slidePicture(view: SlidesView, slide: Slide, index: number): Picture {
  const { safe } = FRAME;
  const L = SLIDE_LAYOUT;
  const head = h(
    'div',
    {
      display: 'flex',
      justifyContent: 'space-between',
      alignItems: 'flex-end',
      height: L.head - 20,
      marginBottom: 20,
      paddingBottom: 14,
      borderBottom: `4px solid ${C.accent}`,
    },
    h(
      'div',
      {
        flexShrink: 1,
        minWidth: 0,
        fontSize: 60,
        fontWeight: 700,
        lineHeight: 1.25,
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
      },
      slide.title,
    ),
    h('div', { flexShrink: 0, marginLeft: 24, fontSize: 36, whiteSpace: 'nowrap' }, slide.aside),
  );
  const body = slide.kind === 'summary' ? summaryBody(slide) : rankingBody(slide);
  const foot = h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      marginTop: 'auto',
      height: L.foot,
      borderTop: `2px solid ${C.line}`,
      paddingTop: 8,
    },
    h(
      'div',
      { display: 'flex', justifyContent: 'space-between', fontSize: 26 },
      h('div', {}, view.stamp),
      h('div', {}, `${index + 1} / ${view.slides.length}`),
    ),
    view.notice ? h('div', { fontSize: 22, color: C.neutral }, view.notice) : null,
  );
  const element = h(
    'div',
    {
      display: 'flex',
      width: FRAME.width,
      height: FRAME.height,
      backgroundColor: C.ground,
      color: C.ink,
      padding: `${safe.y}px ${safe.x}px`,
    },
    h('div', { display: 'flex', flexDirection: 'column', width: safe.width, height: safe.height }, head, body, foot),
  );
  return { element, width: FRAME.width, height: FRAME.height };
}
