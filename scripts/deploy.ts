/**
 * `npm run deploy -- <target> [--keep 5] [--dist dist] [--bwlimit KB/s]` and `npm run rollback -- <target>`.
 * What they do on the target, and how an interrupted deploy stops: src/deploy/release.ts.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { t } from '../src/lib/messages/index.ts';
import { useLangFlag } from '../src/lib/messages/lang.ts';
import { Interrupted } from '../src/deploy/children.ts';
import { deploy, DeployFailed, parseTarget, rollback } from '../src/deploy/release.ts';
import { checkDeployable } from './check-deployable.ts';

export { parseTarget, releaseId, shellQuote } from '../src/deploy/release.ts';

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  useLangFlag();
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      keep: { type: 'string', default: '5' },
      dist: { type: 'string', default: 'dist' },
      bwlimit: { type: 'string' },
      lang: { type: 'string' },
    },
  });
  const [command, where] = positionals;
  if ((command !== 'deploy' && command !== 'rollback') || !where || positionals.length > 2) {
    console.error(t('deploy.usage', { command: command === 'rollback' ? 'rollback' : 'deploy' }));
    process.exit(2);
  }
  const keep = Number(values.keep);
  if (!Number.isInteger(keep) || keep < 2) {
    console.error(t('deploy.badKeep', { value: values.keep }));
    process.exit(2);
  }
  const target = parseTarget(where);
  if (command === 'deploy') {
    const check = checkDeployable(values.dist);
    console[check.ok ? 'log' : 'error'](check.message);
    if (!check.ok) process.exit(1);
  }
  try {
    if (command === 'deploy') await deploy(target, { dist: values.dist, keep, bwlimit: values.bwlimit });
    else await rollback(target);
  } catch (error) {
    if (error instanceof Interrupted) {
      console.error(t('deploy.interrupted', { signal: error.signal, target: target.label }));
      process.exit(error.exitCode);
    }
    if (error instanceof DeployFailed) {
      console.error(error.message);
      process.exit(error.exitCode);
    }
    throw error;
  }
}
