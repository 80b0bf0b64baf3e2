/**
 * Weight budgets, gzipped at level 9: a ranking page's (and the project ledger's index pages') HTML + CSS ≤ 40 KB and
 * its JavaScript
 * (module scripts and their static imports) ≤ 80 KB; a page without a chart loads no script file.
 */
import { describe, expect, test } from 'vitest';
import { BUDGETS, kb, pageWeight } from './lib/weight.ts';
import { builtPages, rankingPeriod } from './lib/site.ts';

const pages = builtPages();
/**
 * The ledger's index pages (/projects/, /projects/by-unit/ …) list every project: they get the ranking page's budget
 * too.
 */
const ledgerIndexPages = pages.filter((p) => /^\/projects\/(by-[a-z]+\/)?$/.test(p.path));
const rankingPages = [...pages.filter((p) => rankingPeriod(p.path)), ...ledgerIndexPages];

test('the site has ranking pages (/rankings/YYYY-MM/) to weigh', () => {
  expect(
    rankingPages.map((p) => p.path),
    'no /rankings/YYYY-MM/ page in dist/',
  ).not.toEqual([]);
});

describe.each(rankingPages)('$path', ({ file, path }) => {
  test(`weighs at most ${kb(BUDGETS.htmlAndCss)} of HTML + CSS, gzipped`, async () => {
    const w = await pageWeight(file, path);
    expect(
      w.html + w.css,
      `HTML ${kb(w.html)} + CSS ${kb(w.css)} (${w.cssFiles.join(', ') || 'no stylesheets'})`,
    ).toBeLessThanOrEqual(BUDGETS.htmlAndCss);
  });

  test(`loads at most ${kb(BUDGETS.js)} of JavaScript, gzipped`, async () => {
    const w = await pageWeight(file, path);
    expect(w.js, `JS ${kb(w.js)}: ${w.jsFiles.join(', ')}`).toBeLessThanOrEqual(BUDGETS.js);
  });
});

const deckPages = pages.filter((p) => /^\/slides\/\d{4}-\d{2}\/$/.test(p.path));

describe.each(deckPages)('$path', ({ file, path }) => {
  test('runs its slide show on at most 3 KB of JavaScript and loads no chart code', async () => {
    const w = await pageWeight(file, path);
    expect(w.js, `JS ${kb(w.js)}: ${w.jsFiles.join(', ')}`).toBeLessThanOrEqual(3 * 1024);
  });
});

describe.each(pages)('$path', ({ file, path }) => {
  test('loads no script file unless it draws a chart (<canvas>) or runs a slide show', async () => {
    const w = await pageWeight(file, path);
    if (!w.hasCanvas && !w.hasDeck)
      expect(w.scriptSrcs, 'a page without <canvas> should ship no <script src>').toEqual([]);
  });
});
