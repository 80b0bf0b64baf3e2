/**
 * Checks shared by the slide tests: what a slide draws outside the graphics-safe area, and cells too narrow for their
 * text.
 */
import type { Locator } from 'playwright-core';

/** EBU R 95 graphics-safe area of the 1920×1080 frame. */
export const SAFE = { left: 96, top: 54, right: 96 + 1728, bottom: 54 + 972 };

/** Elements of the slide whose box leaves the safe area, as "tag.class: text". */
export const outsideSafeArea = (slide: Locator) =>
  slide.evaluate((el, safe) => {
    const origin = el.getBoundingClientRect();
    return [...el.querySelectorAll('.slide-safe *')]
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(
        ({ r }) =>
          r.width > 0 &&
          (r.left - origin.left < safe.left - 0.5 ||
            r.top - origin.top < safe.top - 0.5 ||
            r.right - origin.left > safe.right + 0.5 ||
            r.bottom - origin.top > safe.bottom + 0.5),
      )
      .map(({ e }) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent?.slice(0, 30)}`);
  }, SAFE);

/** Table cells of the slide whose text is wider than the cell (cut off or spilling into the next). */
export const cellsTooNarrow = (slide: Locator) =>
  slide
    .locator('td, th')
    .evaluateAll((cells) =>
      cells
        .filter((c) => c.scrollWidth > c.clientWidth + 1)
        .map((c) => `${c.textContent?.trim()} (${c.scrollWidth} > ${c.clientWidth} px)`),
    );

/**
 * Heading words split across lines though they would fit their cell on one line: a heading breaks
 * between its words (合同外资 / 完成率), inside a word only when that word alone is wider than the cell.
 */
export const wordsBrokenNeedlessly = (slide: Locator) =>
  slide.locator('thead th').evaluateAll((cells) =>
    cells.flatMap((th): string[] => {
      const words = [...th.querySelectorAll<HTMLElement>('.word')];
      if (words.length === 0) return [`${th.textContent} (not written as words)`];
      const style = getComputedStyle(th);
      const room = th.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return words.flatMap((word) => {
        const range = document.createRange();
        range.selectNodeContents(word);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size <= 1) return [];
        word.style.whiteSpace = 'nowrap';
        const width = range.getBoundingClientRect().width;
        word.style.whiteSpace = '';
        return width <= room + 0.5
          ? [`${word.textContent} (${lines.size} lines, ${Math.round(width)} ≤ ${room} px)`]
          : [];
      });
    }),
  );
