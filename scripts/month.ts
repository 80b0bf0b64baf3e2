/**
 * `npm run month -- 2006-02 [--record] [--lang en]`: the clerk's month in one command, in Chinese.
 * 1. checks data/ (npm run validate); with --record it first records the published month
 *    (npm run record-published, which refuses while the data has errors);
 * 2. builds the preview into dist-preview/ (npm run build:preview): its log is shown only if it fails;
 * 3. prints the pull-request summary of the latest month (npm run summary);
 * 4. says the next step: publish the draft, record the month, or commit and open a pull request.
 * Each step is the script of its own, run as it is run by hand, so nothing here can disagree with them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { boardConfigOrExit } from '../src/lib/config.ts';
import { listOf, t } from '../src/lib/messages/index.ts';
import { useLangFlag } from '../src/lib/messages/lang.ts';

useLangFlag();
const { root } = boardConfigOrExit();
const project = join(import.meta.dirname, '..');
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      record: { type: 'boolean' },
      'mark-unreported': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      lang: { type: 'string' },
    },
  });
} catch (error) {
  console.error(t('clerk.month.badArgs', { problem: (error as Error).message }));
  process.exit(2);
}
const { values, positionals } = parsed;
const period = positionals[0];
if (values.help || !period || !/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) {
  (values.help ? console.log : console.error)(t('clerk.month.usage'));
  process.exit(values.help ? 0 : 2);
}
const file = `data/reports/${period.slice(0, 4)}/${period}.yaml`;
if (!existsSync(join(root, file))) {
  console.error(t('clerk.month.noFile', { file, period }));
  process.exit(1);
}

const env = { ...process.env, BOARD_ROOT: root };
const step = (title: string) => console.log(`\n${t('clerk.month.step', { title })}`);
const script = (name: string, args: string[] = [], quiet = false) =>
  spawnSync(process.execPath, [join(project, 'scripts', `${name}.ts`), ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: quiet ? 'pipe' : 'inherit',
  });
const done = (next: string, code: number) => {
  console.log(`\n${t('clerk.month.next', { next })}`);
  process.exit(code);
};

// The units not yet received are listed; 未报送 is written for them only when asked (--mark-unreported).
{
  // Loaded only here: usage and a missing file are answered without reading the data.
  const { loadData } = await import('../src/lib/model/load.ts');
  const { markUnreported, unreceived } = await import('../src/lib/excel/unreported.ts');
  const { model } = loadData({ root });
  const draft = model?.reports.find((r) => r.period === period && r.status === 'draft');
  const missing = model && draft ? unreceived(model, period) : [];
  if (missing.length > 0 && values['mark-unreported']) {
    writeFileSync(join(root, file), markUnreported(readFileSync(join(root, file), 'utf8'), missing));
    console.log(t('clerk.month.marked', { count: missing.length, units: listOf(missing.map((u) => u.name)), file }));
  } else if (missing.length > 0)
    console.log(
      t('clerk.month.unreceived', { count: missing.length, units: listOf(missing.map((u) => u.name)), period }),
    );
}
if (values.record) {
  step(t('clerk.month.stepRecord'));
  if (script('record-published').status !== 0) done(t('clerk.month.nextFix', { period }), 1);
}
step(t('clerk.month.stepValidate'));
const recorded = () => {
  const record = join(root, 'data', 'published.yaml');
  return existsSync(record) && period in ((parse(readFileSync(record, 'utf8')) ?? {}).months ?? {});
};
const status = (parse(readFileSync(join(root, file), 'utf8')) as { status?: string } | null)?.status;
if (script('validate').status !== 0) {
  // A published month fails until it is recorded: that is a step, not a mistake.
  const next =
    status === 'published' && !recorded()
      ? t('clerk.month.nextRecord', { period })
      : t('clerk.month.nextFix', { period });
  done(next, 1);
}
step(t('clerk.month.stepPreview'));
const build = spawnSync('bash', [join(project, 'scripts', 'build.sh'), '--outDir', join(root, 'dist-preview')], {
  cwd: project,
  env: { ...env, BOARD_PREVIEW: '1' },
  encoding: 'utf8',
});
if (build.status !== 0) {
  console.error(`${build.stdout}${build.stderr}`);
  done(t('clerk.month.nextFix', { period }), 1);
}
console.log(t('clerk.month.previewBuilt'));
step(t('clerk.month.stepSummary'));
script('summary');
if (status !== 'published') done(t('clerk.month.nextPublish', { period, file }), 0);
done(t('clerk.month.nextCommit', { period }), 0);
