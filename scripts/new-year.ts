/**
 * `npm run new-year -- 2006 [--lang en]`: writes the plan form for a new year (every active unit,
 * blanks to fill, last year's targets as comments). Never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { newYearPlan } from '../src/lib/forms/new-year.ts';
import { loadData } from '../src/lib/model/load.ts';
import { boardConfigOrExit } from '../src/lib/config.ts';
import { formatIssues } from '../src/lib/validate/issues.ts';
import { useLangFlag } from '../src/lib/messages/lang.ts';
import { t } from '../src/lib/messages/index.ts';

useLangFlag();
const year = Number(process.argv.slice(2).find((a) => /^\d{4}$/.test(a)));
if (!year) {
  console.error(t('scripts.newYear.noYear'));
  process.exit(1);
}
boardConfigOrExit();
const { model, issues } = loadData({ root: process.cwd() });
if (!model) {
  console.error(formatIssues(issues).join('\n'));
  console.error(t('scripts.newYear.fixFirst'));
  process.exit(1);
}
const plan = newYearPlan(model, year);
if (!plan.ok) {
  console.error(`✗ ${plan.reason}`);
  process.exit(1);
}
if (existsSync(plan.file)) {
  console.error(t('scripts.newYear.exists', { file: plan.file }));
  process.exit(1);
}
mkdirSync(dirname(plan.file), { recursive: true });
writeFileSync(plan.file, plan.text);
console.log(t('scripts.newYear.written', { file: plan.file }));
