/**
 * `npm run new-year -- 2006 [--lang en]`: writes the plan form for a new year (every active unit,
 * blanks to fill, last year's targets as comments). Never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { newYearPlan } from '../src/lib/drafts/new-year.ts';
import { loadData } from '../src/lib/model/load.ts';
import { boardConfigOrExit } from '../src/lib/config.ts';
import { t } from '../src/lib/messages/index.ts';
import { dataProblem, defineCommand, modelOr, usageError } from './cli.ts';

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
    const plan = newYearPlan(model, year);
    if (!plan.ok) dataProblem(`✗ ${plan.reason}`);
    else if (existsSync(plan.file)) dataProblem(t('scripts.newYear.exists', { file: plan.file }));
    else {
      mkdirSync(dirname(plan.file), { recursive: true });
      writeFileSync(plan.file, plan.text);
      console.log(t('scripts.newYear.written', { file: plan.file }));
    }
  },
});
