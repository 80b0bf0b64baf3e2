/**
 * `npm run new-month [-- --lang en]`: writes the next month's report form (a draft) after the latest
 * one on file, for the clerk to fill in. Never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadData } from '../src/lib/model/load.ts';
import { boardConfigOrExit } from '../src/lib/config.ts';
import { newMonthReport } from '../src/lib/drafts/new-month.ts';
import { beijingDate } from '../src/lib/schema/period.ts';
import { t } from '../src/lib/messages/index.ts';
import { dataProblem, defineCommand, modelOr } from './cli.ts';

export const newMonth = defineCommand({
  name: 'new-month',
  audience: 'clerk',
  help: 'cli.newMonth.help',
  run() {
    boardConfigOrExit();
    const model = modelOr(loadData({ root: process.cwd() }), 'scripts.newMonth.fixFirst');
    const today = beijingDate();
    const next = newMonthReport(model, { today });
    if (!next.ok) dataProblem(`✗ ${next.reason}`);
    else if (existsSync(next.file)) dataProblem(t('scripts.newMonth.exists', { file: next.file }));
    else {
      mkdirSync(dirname(next.file), { recursive: true });
      writeFileSync(next.file, next.text);
      console.log(t('scripts.newMonth.written', { file: next.file }));
    }
  },
});
