/**
 * `npm run new-year -- 2006 [--lang en]`: writes the plan form for a new year (every active unit,
 * blanks to fill, last year's targets as comments). Never overwrites a file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { textsNamingYears, type YearText } from '../src/lib/drafts/year-texts.ts';
import { newYearPlan } from '../src/lib/drafts/new-year.ts';
import { loadData } from '../src/lib/model/load.ts';
import { boardConfigOrExit } from '../src/lib/config.ts';
import { listOf, t } from '../src/lib/messages/index.ts';
import { defineCommand, modelOr, usageError, writeDraft } from './cli.ts';

/**
 * Every text that names a year, file and line, to check by hand: those the new year's pages still print
 * (site.yaml, the new plan's copied rules), then last year's plan's, each of which wants its new-year line.
 */
function remindOfYearTexts(year: number, plan: { file: string; text: string }, lastFile: string | undefined): void {
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  const carried = [
    ...textsNamingYears('data/site.yaml', read('data/site.yaml'), year),
    ...textsNamingYears(plan.file, plan.text, year),
  ];
  const lastYears = lastFile ? textsNamingYears(lastFile, read(lastFile)) : [];
  const say = (found: YearText[], heading: string) => {
    if (found.length === 0) return;
    console.log(heading);
    for (const f of found)
      console.log(
        t('scripts.newYear.yearText', {
          at: `${f.file}:${f.line}`,
          field: f.field,
          text: f.text,
          years: listOf(f.years),
        }),
      );
  };
  say(carried, t('scripts.newYear.yearTexts', { year }));
  say(lastYears, t('scripts.newYear.lastYearTexts', { year, file: lastFile ?? '' }));
}

export const newYear = defineCommand({
  name: 'new-year',
  audience: 'clerk',
  help: 'cli.newYear.help',
  positionals: true,
  run({ positionals }) {
    const year = Number(positionals.find((a) => /^\d{4}$/.test(a)));
    if (!year) usageError(t('scripts.newYear.noYear'));
    boardConfigOrExit();
    const model = modelOr(loadData({ root: process.cwd() }), 'scripts.newYear.fixFirst');
    const plan = writeDraft(newYearPlan(model, year), {
      exists: (file) => t('scripts.newYear.exists', { file }),
      written: (file) => t('scripts.newYear.written', { file }),
    });
    remindOfYearTexts(year, plan, model.plans.findLast((p) => p.year < year)?.file);
  },
});
