/** `npm run status -- 2006-02`: the month's 报送表 received (已收到) and not yet received (未收到), per unit. */
import { parseArgs } from 'node:util';
import { statusLines } from '../src/lib/excel/status.ts';
import { useLangFlag } from '../src/lib/messages/lang.ts';
import { t } from '../src/lib/messages/index.ts';
import { loadData } from '../src/lib/model/load.ts';
import { formatIssues } from '../src/lib/validate/issues.ts';

useLangFlag();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string' }, root: { type: 'string' } },
});
const period = positionals[0] ?? '';
if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) {
  console.error(t('excel.status.usage'));
  process.exit(2);
}
const { model, issues } = loadData({ root: values.root ?? process.cwd() });
if (!model) {
  console.error(formatIssues(issues).join('\n'));
  console.error(t('excel.import.fixData'));
  process.exit(1);
}
console.log(statusLines(model, period).join('\n'));
