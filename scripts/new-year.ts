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
import { say, useLangFlag } from '../src/lib/messages/lang.ts';

useLangFlag();
const year = Number(process.argv.slice(2).find((a) => /^\d{4}$/.test(a)));
if (!year) {
  console.error(say('✗ 请写明年份，如：npm run new-year -- 2006', '✗ name the year: npm run new-year -- 2006'));
  process.exit(1);
}
boardConfigOrExit();
const { model, issues } = loadData({ root: process.cwd() });
if (!model) {
  console.error(formatIssues(issues).join('\n'));
  console.error(
    say(
      '\n✗ 先把 data/ 里的问题改好（npm run validate），再运行 npm run new-year。',
      '\n✗ Fix data/ first (npm run validate).',
    ),
  );
  process.exit(1);
}
const plan = newYearPlan(model, year);
if (!plan.ok) {
  console.error(`✗ ${plan.reason}`);
  process.exit(1);
}
if (existsSync(plan.file)) {
  console.error(say(`✗ ${plan.file} 已经有了，直接打开它填写。`, `✗ ${plan.file} already exists.`));
  process.exit(1);
}
mkdirSync(dirname(plan.file), { recursive: true });
writeFileSync(plan.file, plan.text);
console.log(
  say(
    `✓ 已生成 ${plan.file}。请填写目标来源（source）、全市目标和每个单位的目标（# 后面是上年的目标），核对排名办法和色带，然后运行 npm run validate。空白没填完之前检查不会通过，网站也不会更新。`,
    `✓ wrote ${plan.file}: fill in source, city targets and every unit's targets, then run npm run validate.`,
  ),
);
