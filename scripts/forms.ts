/**
 * `npm run forms -- 2006-02 [--out folder]`: one .xlsx 报送表 per unit active that year, and one
 * phone workbook (a sheet per group), written into forms/2006-02/ (outside data/).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formsFor } from '../src/lib/excel/forms.ts';
import { t } from '../src/lib/messages/index.ts';
import { loadData } from '../src/lib/model/load.ts';
import { dataProblem, defineCommand, modelOr, periodArg } from './cli.ts';

export const forms = defineCommand({
  name: 'forms',
  audience: 'clerk',
  help: 'cli.forms.help',
  positionals: true,
  options: { out: { type: 'string' }, root: { type: 'string' } },
  async run({ values, positionals }) {
    const period = periodArg(positionals[0], 'excel.forms.usage');
    const root = values.root ?? process.cwd();
    const started = performance.now();
    const model = modelOr(loadData({ root }), 'excel.forms.fixData');
    const made = await formsFor(model, period, { when: new Date() });
    if (!made.ok) dataProblem(`✗ ${made.reason}`);
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
  },
});
