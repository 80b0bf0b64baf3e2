/**
 * `npm run record-published [-- --lang en]`: adds every published month not yet on record to
 * data/published.yaml (never rewrites a month already there). Refuses while the data has errors —
 * a changed published figure without its revision among them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { withNewMonths, recordText } from '../src/lib/forms/published-record.ts';
import { loadData } from '../src/lib/model/load.ts';
import { boardConfigOrExit } from '../src/lib/config.ts';
import type { PublishedRecord } from '../src/lib/schema/published.ts';
import { formatIssues } from '../src/lib/validate/issues.ts';
import { say, useLangFlag } from '../src/lib/messages/lang.ts';

useLangFlag();
const path = 'data/published.yaml';
boardConfigOrExit();
const { model, issues } = loadData({ root: process.cwd(), skipRules: ['published-recorded'] });
if (!model) {
  console.error(formatIssues(issues.filter((i) => i.severity === 'error')).join('\n'));
  console.error(
    say(
      '\n✗ 数据有错误，没有记录。先按上面各行改好（npm run validate），再运行 npm run record-published。',
      '\n✗ The data has errors; nothing was recorded. Fix them first (npm run validate).',
    ),
  );
  process.exit(1);
}
const before = existsSync(path) ? (parse(readFileSync(path, 'utf8')) as PublishedRecord) : undefined;
const { record, added } = withNewMonths(before, model.reports);
if (added.length === 0) {
  console.log(say(`✓ ${path} 已记录全部已发布的月份，无需改动。`, `✓ ${path} already holds every published month.`));
} else {
  writeFileSync(path, recordText(record));
  console.log(
    say(
      `✓ 已把 ${added.join('、')} 记入 ${path}。请把它和这个月的报表一起提交；以后改这些数字要写更正（data/revisions/）。`,
      `✓ recorded ${added.join(', ')} in ${path}; commit it with the month.`,
    ),
  );
}
