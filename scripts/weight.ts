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
import { tableLines } from './table.ts';

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

    console.log(t('scripts.weight.title', { dist: DIST }) + '\n');
    for (const line of tableLines(table, { rule: true })) console.log(line);
  },
});
