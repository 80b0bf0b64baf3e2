/**
 * `npm run validate [-- --format github|json] [--data data]`: checks every data file and prints each
 * problem as `file:line:col field: expected …, got …` (github: CI annotations titled with the
 * check that raised them; json: every issue, unfolded, for tools). Exit 1 on any error; warnings pass.
 */
import { parseArgs } from 'node:util';
import { formatGithub, formatIssue, formatIssues } from '../src/lib/validate/issues.ts';
import { loadData } from '../src/lib/read/load.ts';

const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' }, data: { type: 'string', default: 'data' } } });
const { model, issues } = loadData({ root: process.cwd(), dataDir: values.data });
if (values.format === 'json') console.log(JSON.stringify(issues, null, 2));
else for (const line of formatIssues(issues, values.format === 'github' ? formatGithub : formatIssue)) console.log(line);

const errors = issues.filter((i) => i.severity === 'error').length;
const warnings = issues.length - errors;
if (errors > 0 || !model) {
  console.error(`\n✗ ${errors} error(s), ${warnings} warning(s) in ${values.data}/ — nothing was published. Fix the lines above and run "npm run validate" again.`);
  console.error(`✗ 检查未通过：${errors} 处错误，${warnings} 处提醒，本次不发布。请按上面各行（文件:行:列）修改后再运行 npm run validate。`);
  process.exit(1);
}
for (const draft of model.reports.filter((r) => r.status === 'draft')) {
  console.log(`note: ${draft.file} is a draft (status: draft) and is not published; set status: published when it is complete.`);
  console.log(`注意：${draft.file} 是草稿，本次不发布；填完后把 status 改为 published。`);
}
console.log(`✓ 检查通过 · ${values.data}/ is valid: ${model.units.length} units, ${model.plans.length} plan(s), ${model.reports.length} monthly reports${warnings ? `, ${warnings} warning(s)` : ''}.`);
