/**
 * Pictures as plain element objects (what satori takes instead of React): `h('div', style, …children)`.
 * Styles are satori's subset of CSS (flexbox); every box is border-box.
 */
export type Style = Record<string, string | number>;

export interface Element {
  type: string;
  props: { style: Style; children?: Array<Element | string> | Element | string };
}

export const h = (type: string, style: Style, ...children: Array<Element | string | null | false>): Element => {
  const kids = children.filter((c): c is Element | string => c !== null && c !== false);
  return {
    type,
    props: {
      style: { boxSizing: 'border-box', ...style },
      ...(kids.length ? { children: kids.length === 1 ? kids[0] : kids } : {}),
    },
  };
};

/** Every text string in a picture: the characters the font must cover. */
export function textOf(element: Element | string): string {
  if (typeof element === 'string') return element;
  const { children } = element.props;
  if (children === undefined) return '';
  return (Array.isArray(children) ? children : [children]).map(textOf).join('');
}

/** The colours the slides and previews share with the slides' stylesheet (src/styles/slides.css). */
export const COLOURS = {
  ground: '#0d2340',
  panel: '#17355e',
  stripe: '#12305a',
  line: '#3a5478',
  ink: '#ffffff',
  soft: '#c9ddf2',
  accent: '#ffbf47',
  good: '#8fd4ff',
  neutral: '#ffd27a',
  bad: '#ffab7a',
};
export type Palette = typeof COLOURS;

/** Paper colours (the long image): the site's own ink, lines and band inks (src/styles/base.css). */
export const PAPER: Palette = {
  ground: '#ffffff',
  panel: '#17355e',
  stripe: '#f4f6f8',
  line: '#c9ced6',
  ink: '#1b1f24',
  soft: '#535b65',
  accent: '#b00000',
  good: '#084a75',
  neutral: '#6b4400',
  bad: '#8f3a00',
};
