/**
 * `npm run new-month [-- --lang en]`: writes the next month's report form (a draft) after the latest
 * one on file, for the clerk to fill in. Never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatIssues } from '../src/lib/validate/issues.ts';
import { say, useLangFlag } from '../src/lib/messages/lang.ts';
import { loadData } from '../src/lib/model/load.ts';
import { boardConfigOrExit } from '../src/lib/config.ts';
import { newMonthReport } from '../src/lib/forms/new-month.ts';
import { beijingDate } from '../src/lib/schema/period.ts';

useLangFlag();
boardConfigOrExit();
const { model, issues } = loadData({ root: process.cwd() });
if (!model) {
  console.error(formatIssues(issues).join('\n'));
  console.error(
    say(
      '\n✗ 先把 data/ 里的问题改好（npm run validate），再运行 npm run new-month。',
      '\n✗ Fix data/ first (npm run validate), then run npm run new-month again.',
    ),
  );
  process.exit(1);
}
const today = beijingDate();
const next = newMonthReport(model, { today });
if (!next.ok) {
  console.error(`✗ ${next.reason}`);
  process.exit(1);
}
if (existsSync(next.file)) {
  console.error(
    say(`✗ ${next.file} 已经有了，直接打开它填写。`, `✗ ${next.file} already exists; open it and fill it in.`),
  );
  process.exit(1);
}
mkdirSync(dirname(next.file), { recursive: true });
writeFileSync(next.file, next.text);
console.log(
  say(
    `✓ 已生成 ${next.file}（草稿）。请填写每个单位的 1—N月累计数、核对发布日期，再把 status 改为 published，然后运行 npm run validate。`,
    `✓ wrote ${next.file} (status: draft). Fill in every figure, set status: published, then run npm run validate.`,
  ),
);
