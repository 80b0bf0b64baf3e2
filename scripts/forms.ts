/**
 * `npm run forms -- 2006-02 [--out folder]`: one .xlsx 报送表 per unit active that year, and one
 * phone workbook (a sheet per group), written into forms/2006-02/ (outside data/).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formsFor } from '../src/lib/excel/forms.ts';
import { useLangFlag } from '../src/lib/messages/lang.ts';
import { t } from '../src/lib/messages/index.ts';
import { loadData } from '../src/lib/model/load.ts';
import { formatIssues } from '../src/lib/validate/issues.ts';

useLangFlag();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, lang: { type: 'string' }, root: { type: 'string' } },
});
const period = positionals[0];
if (!period || !/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) {
  console.error(t('excel.forms.usage'));
  process.exit(2);
}
const root = values.root ?? process.cwd();
const started = performance.now();
const { model, issues } = loadData({ root });
if (!model) {
  console.error(formatIssues(issues).join('\n'));
  console.error(t('excel.forms.fixData'));
  process.exit(1);
}
const made = await formsFor(model, period, { when: new Date() });
if (!made.ok) {
  console.error(`✗ ${made.reason}`);
  process.exit(1);
}
const folder = values.out ?? join(root, 'forms', period);
mkdirSync(folder, { recursive: true });
for (const f of made.files) writeFileSync(join(folder, f.name), f.bytes);
const shown = relative(process.cwd(), folder) || '.';
console.log(
  t('excel.forms.written', {
    count: made.files.length - 1,
    seconds: ((performance.now() - started) / 1000).toFixed(1),
    folder: shown,
  }),
);
console.log(t('excel.forms.next', { folder: shown }));
