/**
 * `npm run validate [-- --format github] [--data data]`: checks every data file and prints each
 * problem as `file:line:col field: expected …, got …`. Exit 1 on any error; warnings pass.
 */
import { parseArgs } from 'node:util';
import { formatGithub, formatIssue, formatIssues } from '../src/lib/issues.ts';
import { loadData } from '../src/lib/load.ts';

const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' }, data: { type: 'string', default: 'data' } } });
const { model, issues } = loadData({ root: process.cwd(), dataDir: values.data });
const format = values.format === 'github' ? formatGithub : formatIssue;
for (const line of formatIssues(issues, format)) console.log(line);

const errors = issues.filter((i) => i.severity === 'error').length;
const warnings = issues.length - errors;
if (errors > 0 || !model) {
  console.error(`\n✗ ${errors} error(s), ${warnings} warning(s) in ${values.data}/ — nothing was published. Fix the lines above and run "npm run validate" again.`);
  process.exit(1);
}
console.log(`✓ ${values.data}/ is valid: ${model.units.length} units, ${model.plans.length} plan(s), ${model.reports.length} monthly reports${warnings ? `, ${warnings} warning(s)` : ''}.`);
