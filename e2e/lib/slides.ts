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
