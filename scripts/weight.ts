/**
 * `npm run weight`: what a visitor downloads for each kind of page, gzipped (level 9), against
 * the budgets. A report only — it always exits 0; the e2e suite (e2e/weight.test.ts) enforces
 * the budgets. Reads dist/ as it is: run `npm run build` first.
 *
 *   npm run weight                       home, a ranking page, a unit page, methodology
 *   npm run weight -- /rankings/2005-06/ /data/   those pages instead
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, kb, pageWeight } from '../e2e/lib/weight.ts';
import { DIST, builtPages, rankingPeriod } from '../e2e/lib/site.ts';
import { t } from '../src/lib/messages/index.ts';
import { defineCommand } from './cli.ts';

export const weight = defineCommand({
  name: 'weight',
  audience: 'developer',
  help: 'cli.weight.help',
  positionals: true,
  async run({ positionals }) {
    const pages = builtPages();
    if (pages.length === 0) {
      console.log(t('scripts.weight.noPages', { dist: DIST }));
      return;
    }

    const wanted = positionals;
    const rows: Array<[kind: string, path: string | undefined]> = wanted.length
      ? wanted.map((p) => ['page', p])
      : [
          ['home', '/'],
          ['ranking', pages.filter((p) => rankingPeriod(p.path)).at(-1)?.path],
          ['unit', pages.find((p) => /^\/units\/[^/]+\/$/.test(p.path))?.path],
          ['methodology', '/methodology/'],
        ];

    const table: string[][] = [['page', 'path', 'HTML', 'CSS', 'HTML+CSS', 'JS', 'files']];
    for (const [kind, path] of rows) {
      const file = path && (path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path));
      if (!path || !file || !existsSync(file)) {
        table.push([kind, path ?? '—', t('scripts.weight.notBuilt'), '', '', '', '']);
        continue;
      }
      try {
        const w = await pageWeight(file, path);
        const over = (bytes: number, budget: number) => `${kb(bytes)}${bytes > budget ? ' OVER' : ''}`;
        table.push([
          kind,
          path,
          kb(w.html),
          kb(w.css),
          over(w.html + w.css, BUDGETS.htmlAndCss),
          over(w.js, BUDGETS.js),
          `${w.cssFiles.length} css, ${w.jsFiles.length} js${w.hasCanvas ? ', <canvas>' : ''}`,
        ]);
      } catch (error) {
        table.push([kind, path, `error: ${(error as Error).message}`, '', '', '', '']);
      }
    }
    table.push([
      'budget',
      '(ranking pages)',
      '',
      '',
      `≤ ${kb(BUDGETS.htmlAndCss)}`,
      `≤ ${kb(BUDGETS.js)}`,
      'no <script src> without <canvas>',
    ]);

    // Pad by display width: CJK and other wide characters take two columns.
    const width = (s: string) =>
      [...s].reduce(
        (n, c) =>
          n +
          (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c)
            ? 2
            : 1),
        0,
      );
    const widths = table[0].map((_, i) => Math.max(...table.map((r) => width(r[i] ?? ''))));
    const line = (r: string[]) =>
      r
        .map((cell, i) => cell + ' '.repeat(widths[i] - width(cell)))
        .join('  ')
        .trimEnd();
    console.log(t('scripts.weight.title', { dist: DIST }) + '\n');
    console.log(line(table[0]));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of table.slice(1)) console.log(line(r));
  },
});
