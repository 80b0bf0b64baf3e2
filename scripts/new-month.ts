/**
 * `npm run new-month [-- --lang en]`: writes the next month's report form (a draft) after the latest
 * one on file, for the clerk to fill in. Never overwrites a file.
 */
import { loadData } from '../src/lib/model/load.ts';
import { boardConfigOrExit } from '../src/lib/config.ts';
import { newMonthReport } from '../src/lib/drafts/new-month.ts';
import { beijingDate } from '../src/lib/schema/period.ts';
import { t } from '../src/lib/messages/index.ts';
import { defineCommand, modelOr, writeDraft } from './cli.ts';

export const newMonth = defineCommand({
  name: 'new-month',
  audience: 'clerk',
  help: 'cli.newMonth.help',
  run() {
    boardConfigOrExit();
    const model = modelOr(loadData({ root: process.cwd() }), 'scripts.newMonth.fixFirst');
    writeDraft(newMonthReport(model, { today: beijingDate() }), {
      exists: (file) => t('scripts.newMonth.exists', { file }),
      written: (file) => t('scripts.newMonth.written', { file }),
    });
  },
});
