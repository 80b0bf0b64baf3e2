/** A 1200×630 link preview (Open Graph, Twitter): site, title, a line or two of figures, the stamp and notice. */
import type { PreviewCard } from '../present/views/media/preview.ts';
import { COLOURS as C, h } from './element.ts';
import type { Picture } from './render.ts';

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

export function previewPicture(card: PreviewCard): Picture {
  const { width, height } = PREVIEW_SIZE;
  const element = h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width,
      height,
      padding: '48px 60px 36px',
      backgroundColor: C.ground,
      color: C.ink,
    },
    h('div', { fontSize: 28, color: C.soft }, card.kicker),
    // At most three lines of title (a very long name ends in …), so the figures and the stamp stay on the card.
    h(
      'div',
      {
        fontSize: 60,
        fontWeight: 700,
        lineHeight: 1.2,
        marginTop: 12,
        paddingBottom: 18,
        borderBottom: `4px solid ${C.accent}`,
        lineClamp: 3,
      },
      card.title,
    ),
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        marginTop: 22,
        gap: 8,
        fontSize: card.lines.length > 2 ? 28 : 32,
        lineHeight: 1.4,
      },
      ...card.lines.map((l) => h('div', {}, l)),
    ),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', marginTop: 'auto', fontSize: 22, color: C.soft },
      h('div', {}, card.stamp),
      card.notice ? h('div', { color: C.neutral, fontSize: 20 }, card.notice) : null,
    ),
  );
  return { element, width, height };
}
