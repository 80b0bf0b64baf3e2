/** `npm run status -- 2006-02`: the month's 报送表 received (已收到) and not yet received (未收到), per unit. */
import { statusLines } from '../src/lib/excel/status.ts';
import { loadData } from '../src/lib/model/load.ts';
import { defineCommand, modelOr, periodArg } from './cli.ts';

export const status = defineCommand({
  name: 'status',
  audience: 'clerk',
  help: 'cli.status.help',
  positionals: true,
  options: { root: { type: 'string' } },
  run({ values, positionals }) {
    const period = periodArg(positionals[0], 'excel.status.usage');
    const model = modelOr(loadData({ root: values.root ?? process.cwd() }), 'excel.import.fixData');
    console.log(statusLines(model, period).join('\n'));
  },
});
