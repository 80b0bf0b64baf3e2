/**
 * `npm run new-month [-- --lang en]`: writes the next month's report form (a draft) after the latest
 * one on file, for the clerk to fill in. Never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatIssues } from '../src/lib/validate/issues.ts';
import { useLangFlag } from '../src/lib/messages/lang.ts';
import { loadData } from '../src/lib/model/load.ts';
import { boardConfigOrExit } from '../src/lib/config.ts';
import { newMonthReport } from '../src/lib/forms/new-month.ts';
import { beijingDate } from '../src/lib/schema/period.ts';
import { t } from '../src/lib/messages/index.ts';

useLangFlag();
boardConfigOrExit();
const { model, issues } = loadData({ root: process.cwd() });
if (!model) {
  console.error(formatIssues(issues).join('\n'));
  console.error(t('scripts.newMonth.fixFirst'));
  process.exit(1);
}
const today = beijingDate();
const next = newMonthReport(model, { today });
if (!next.ok) {
  console.error(`✗ ${next.reason}`);
  process.exit(1);
}
if (existsSync(next.file)) {
  console.error(t('scripts.newMonth.exists', { file: next.file }));
  process.exit(1);
}
mkdirSync(dirname(next.file), { recursive: true });
writeFileSync(next.file, next.text);
console.log(t('scripts.newMonth.written', { file: next.file }));
