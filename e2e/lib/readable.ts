/**
 * 适老化: a page as an older reader sees it — the browser's text size at 200 % (Chromium's default font sizes
 * doubled through the DevTools protocol, as the "font size" setting does; page zoom is not used) and/or a
 * 320 CSS px wide window — and what goes wrong there: sideways scrolling of the page, text cut off by a box that
 * hides its overflow, text spilling out of its box (where it would run over its neighbour), and overlapping
 * text boxes.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface Readability {
  scrollWidth: number;
  innerWidth: number;
  /** Boxes that hide part of their text. */
  clipped: string[];
  /** Text that runs out of its box (not a scroll box). */
  spilling: string[];
  /** Pairs of text boxes drawn over each other. */
  overlapping: string[];
}

/** Doubles the default text size of this page's renderer: what "text size 200 %" in the browser's settings does. */
export async function setTextSize(context: BrowserContext, page: Page, percent: number): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', {
    fontSizes: { standard: Math.round((16 * percent) / 100), fixed: Math.round((13 * percent) / 100) },
  });
}

/** Inspects the page as it is laid out now. */
export function readability(page: Page): Promise<Readability> {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const name = (el: Element) =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      (el.classList.length ? `.${[...el.classList].join('.')}` : '') +
      ` “${(el.textContent ?? '').trim().slice(0, 20)}”`;
    /** Drawn on screen: not display:none, not hidden, not inside a closed <details> (content-visibility). */
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return (
        el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }) && r.width > 0 && r.height > 0
      );
    };
    /** Inside a box that scrolls sideways (a wide table's wrapper): overflow there is meant. */
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll') return true;
      }
      return false;
    };
    const skipLinkOrHidden = (el: Element) =>
      el.closest('.skip-link, .visually-hidden, .sr-only, [hidden], canvas, svg, noscript') !== null;
    const clipped: string[] = [];
    const spilling: string[] = [];
    const textBoxes: Array<{ el: Element; r: DOMRect }> = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (!visible(el) || skipLinkOrHidden(el)) continue;
      const s = getComputedStyle(el);
      // Content wider than its box (a box of its own, outside any scroll box): it runs over what is beside it.
      if (
        s.display !== 'inline' &&
        s.overflowX === 'visible' &&
        !inScroller(el) &&
        el.scrollWidth > el.clientWidth + 2 &&
        el.clientWidth > 0
      )
        spilling.push(`${name(el)} ${el.scrollWidth} > ${el.clientWidth} px`);
      const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
      if (!ownText) continue;
      const hides = (o: string) => o === 'hidden' || o === 'clip';
      // Text kept for screen readers only (a 1 px box, clipped on purpose) is not cut off for anyone.
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || s.clipPath === 'inset(50%)') continue;
      if (
        (hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
        (hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1) ||
        (s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1)
      )
        clipped.push(name(el));
      if (!inScroller(el)) {
        // Each line box of the element's own text, to compare with other elements' text.
        const range = document.createRange();
        for (const node of el.childNodes) {
          if (node.nodeType !== 3 || !(node.textContent ?? '').trim()) continue;
          range.selectNodeContents(node);
          for (const r of range.getClientRects()) if (r.width > 1 && r.height > 1) textBoxes.push({ el, r });
        }
      }
    }
    const overlapping: string[] = [];
    for (let i = 0; i < textBoxes.length && overlapping.length < 10; i++) {
      for (let j = i + 1; j < textBoxes.length; j++) {
        const a = textBoxes[i];
        const b = textBoxes[j];
        if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        // More than a sliver both ways: glyphs drawn over glyphs.
        if (x > 4 && y > Math.min(a.r.height, b.r.height) * 0.3) {
          overlapping.push(`${name(a.el)} × ${name(b.el)}`);
          break;
        }
      }
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: vw,
      clipped: [...new Set(clipped)].slice(0, 10),
      spilling: [...new Set(spilling)].slice(0, 10),
      overlapping,
    };
  });
}
