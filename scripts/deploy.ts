/**
 * `npm run deploy -- <target> [--keep 5] [--dist dist] [--bwlimit KB/s]` and `npm run rollback -- <target>`.
 * What they do on the target, and how an interrupted deploy stops: src/deploy/release.ts.
 */
import { t } from '../src/lib/messages/index.ts';
import { Interrupted } from '../src/deploy/children.ts';
import { deploy, DeployFailed, parseTarget, rollback, type Target } from '../src/deploy/release.ts';
import { checkDeployable } from './check-deployable.ts';
import { defineCommand, EXIT, usageError } from './cli.ts';

export { parseTarget, releaseId, shellQuote } from '../src/deploy/release.ts';

/** The target: one, and only one, word after the subcommand. */
function targetOf(command: 'deploy' | 'rollback', positionals: string[]): Target {
  const [where] = positionals;
  if (!where || positionals.length > 1) usageError(t('deploy.usage', { command }));
  return parseTarget(where);
}

/** Runs a deploy or a rollback; an interruption or a failed step is said, with its exit code. */
async function onTarget(target: Target, work: () => Promise<unknown>): Promise<number> {
  try {
    await work();
    return EXIT.ok;
  } catch (error) {
    if (error instanceof Interrupted) {
      console.error(t('deploy.interrupted', { signal: error.signal, target: target.label }));
      return error.exitCode;
    }
    if (error instanceof DeployFailed) {
      console.error(error.message);
      return error.exitCode;
    }
    throw error;
  }
}

export const deployCommand = defineCommand({
  name: 'deploy',
  audience: 'operator',
  help: 'cli.deploy.help',
  positionals: true,
  options: {
    keep: { type: 'string', default: '5' },
    dist: { type: 'string', default: 'dist' },
    bwlimit: { type: 'string' },
  },
  async run({ values, positionals }) {
    const target = targetOf('deploy', positionals);
    const keep = Number(values.keep);
    if (!Number.isInteger(keep) || keep < 2) usageError(t('deploy.badKeep', { value: values.keep }));
    const check = checkDeployable(values.dist);
    console[check.ok ? 'log' : 'error'](check.message);
    if (!check.ok) return EXIT.data;
    return onTarget(target, () => deploy(target, { dist: values.dist, keep, bwlimit: values.bwlimit }));
  },
});

export const rollbackCommand = defineCommand({
  name: 'rollback',
  audience: 'operator',
  help: 'cli.rollback.help',
  positionals: true,
  run({ positionals }) {
    const target = targetOf('rollback', positionals);
    return onTarget(target, () => rollback(target));
  },
});
