/**
 * `npm run month -- 2006-02 [--record] [--lang en]`: the clerk's month in one command, in Chinese.
 * 1. checks data/ (validate); with --record it first records the published month
 *    (record-published, which refuses while the data has errors);
 * 2. builds the preview into dist-preview/ (npm run build:preview): its log is shown only if it fails;
 * 3. prints the pull-request summary of the latest month (summary);
 * 4. says the next step: publish the draft, record the month, or commit and open a pull request.
 * Steps 1 and 3 are the subcommands themselves, run in this process as they run by hand, so nothing here
 * can disagree with them; the build runs in a process of its own (scripts/build.sh gives it memory
 * settings a running process cannot give itself).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { boardConfigOrExit } from '../src/lib/config.ts';
import { listOf, t } from '../src/lib/messages/index.ts';
import { dataProblem, defineCommand, EXIT, periodArg, runCommand, type Command } from './cli.ts';
import { recordPublished } from './record-published.ts';
import { summary } from './summary.ts';
import { validate } from './validate.ts';

export const month = defineCommand({
  name: 'month',
  audience: 'clerk',
  help: 'clerk.month.usage',
  positionals: true,
  options: { record: { type: 'boolean' }, 'mark-unreported': { type: 'boolean' } },
  async run({ values, positionals }) {
    const { root } = boardConfigOrExit();
    const project = join(import.meta.dirname, '..');
    const period = periodArg(positionals[0], 'clerk.month.usage');
    const file = `data/reports/${period.slice(0, 4)}/${period}.yaml`;
    if (!existsSync(join(root, file))) dataProblem(t('clerk.month.noFile', { file, period }));

    // The steps read and write data/ where the board is, as they do when run there by hand.
    process.chdir(root);
    const env = { ...process.env, BOARD_ROOT: root };
    const step = (title: string) => console.log(`\n${t('clerk.month.step', { title })}`);
    const command = (sub: Command) => runCommand(sub, []);
    const done = (next: string, code: number) => {
      console.log(`\n${t('clerk.month.next', { next })}`);
      return code;
    };

    // The units not yet received are listed; 未报送 is written for them only when asked (--mark-unreported).
    {
      // Loaded only here: usage and a missing file are answered without reading the data.
      const { loadData } = await import('../src/lib/model/load.ts');
      const { markUnreported, unreceived } = await import('../src/lib/excel/unreported.ts');
      const { model } = loadData({ root });
      const draft = model?.reports.find((r) => r.period === period && r.status === 'draft');
      const missing = model && draft ? unreceived(model, period) : [];
      const units = listOf(missing.map((u) => u.name));
      if (missing.length > 0 && values['mark-unreported']) {
        writeFileSync(join(root, file), markUnreported(readFileSync(join(root, file), 'utf8'), missing));
        console.log(t('clerk.month.marked', { count: missing.length, units, file }));
      } else if (missing.length > 0) console.log(t('clerk.month.unreceived', { count: missing.length, units, period }));
    }
    if (values.record) {
      step(t('clerk.month.stepRecord'));
      if ((await command(recordPublished)) !== EXIT.ok) return done(t('clerk.month.nextFix', { period }), EXIT.data);
    }
    step(t('clerk.month.stepValidate'));
    const recorded = () => {
      const record = join(root, 'data', 'published.yaml');
      if (!existsSync(record)) return false;
      const months = (parse(readFileSync(record, 'utf8')) as { months?: object } | null)?.months;
      return period in (months ?? {});
    };
    const status = (parse(readFileSync(join(root, file), 'utf8')) as { status?: string } | null)?.status;
    if ((await command(validate)) !== EXIT.ok) {
      // A published month fails until it is recorded: that is a step, not a mistake.
      const next =
        status === 'published' && !recorded()
          ? t('clerk.month.nextRecord', { period })
          : t('clerk.month.nextFix', { period });
      return done(next, EXIT.data);
    }
    step(t('clerk.month.stepPreview'));
    const build = spawnSync('bash', [join(project, 'scripts', 'build.sh'), '--outDir', join(root, 'dist-preview')], {
      cwd: project,
      env: { ...env, BOARD_PREVIEW: '1' },
      encoding: 'utf8',
    });
    if (build.status !== 0) {
      console.error(`${build.stdout}${build.stderr}`);
      return done(t('clerk.month.nextFix', { period }), EXIT.data);
    }
    console.log(t('clerk.month.previewBuilt'));
    step(t('clerk.month.stepSummary'));
    await command(summary);
    if (status !== 'published') return done(t('clerk.month.nextPublish', { period, file }), EXIT.ok);
    return done(t('clerk.month.nextCommit', { period }), EXIT.ok);
  },
});
