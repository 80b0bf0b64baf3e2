/**
 * `npm run deploy -- <target> [--keep 5] [--dist dist] [--bwlimit KB/s]` and `npm run rollback -- <target>`.
 *
 * A target is a local folder (`/srv/paihangbang`) or `user@host:/srv/paihangbang` (over ssh, with rsync; the
 * ssh command comes from DEPLOY_SSH, default `ssh`). On the target:
 *
 *   releases/20261203-084500-123/   one folder per deploy, a full copy of dist/ (unchanged files hard-linked
 *   releases/…                      to the current release's, so a month's deploy costs little room)
 *   current -> releases/…           what nginx serves (root …/current)
 *
 * A deploy refuses a draft preview (check-deployable), uploads into `releases/.incoming-<id>`, renames it to
 * `releases/<id>` when the upload is complete, then switches `current` in one step: a new symlink beside it,
 * renamed over it (rename(2) is atomic, so a reader sees the old site or the new one, never a mix). Any
 * failure or interruption before that rename leaves `current` as it was; a leftover `.incoming-*` folder is
 * removed by the next deploy. The newest N releases are kept (and never the one `current` names).
 * Rollback points `current` at the release before the one it names, the same way.
 * One deploy at a time per target (CI: resource_group / concurrency).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { t } from '../src/lib/messages/index.ts';
import { checkDeployable } from './check-deployable.ts';
import { defineCommand, usageError } from './cli.ts';

/** Where a target is: on this machine, or `user@host` and an absolute path there. */
export type Target = { host?: string; path: string; label: string };

export function parseTarget(text: string): Target {
  const remote = /^((?:[^@\s/:]+@)?[^@\s/:]+):(\/.*)$/.exec(text);
  if (remote) return { host: remote[1], path: remote[2].replace(/\/+$/, ''), label: text.replace(/\/+$/, '') };
  return { path: resolve(text), label: text.replace(/\/+$/, '') };
}

/** A word for the shell, quoted so nothing in it is special. */
export const shellQuote = (word: string): string => `'${word.replaceAll("'", `'\\''`)}'`;

/** Sortable by time (UTC), unique to the millisecond. */
export const releaseId = (now = new Date()): string =>
  now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace('T', '-')
    .replace(/\.(\d{3})Z$/, '-$1');

const sshCommand = () => process.env.DEPLOY_SSH ?? 'ssh';

/** Runs a POSIX shell script on the target's machine; stdout is what it prints. */
function onTarget(target: Target, script: string) {
  const [ssh, ...sshArgs] = sshCommand().split(/\s+/);
  const run = target.host
    ? spawnSync(ssh, [...sshArgs, target.host, script], { encoding: 'utf8' })
    : spawnSync('sh', ['-c', script], { encoding: 'utf8' });
  return {
    status: run.status ?? 1,
    stdout: run.stdout ?? '',
    stderr: `${run.stderr ?? ''}${run.error?.message ?? ''}`,
  };
}

/** Shell lines that switch `current` to releases/<id> in one rename. */
const switchTo = (root: string, id: string) =>
  [`ln -s ${shellQuote(`releases/${id}`)} ${root}/.current-${id}`, `mv -T ${root}/.current-${id} ${root}/current`].join(
    ' && ',
  );

function fail(step: string, run: { status: number; stderr: string }): never {
  console.error(t('deploy.failed', { step, code: run.status, detail: run.stderr.trim() }));
  process.exit(run.status || 1);
}

export function deploy(target: Target, options: { dist: string; keep: number; bwlimit?: string }): void {
  const check = checkDeployable(options.dist);
  if (!check.ok) {
    console.error(check.message);
    process.exit(1);
  }
  console.log(check.message);
  const root = shellQuote(target.path);
  const id = releaseId();
  // 1. The releases folder exists; leftovers of an interrupted upload go; which release is live.
  const prepare = onTarget(
    target,
    [
      `mkdir -p ${root}/releases`,
      `rm -rf ${root}/releases/.incoming-* ${root}/.current-*`,
      `if [ -L ${root}/current ]; then readlink ${root}/current; fi`,
    ].join(' && '),
  );
  if (prepare.status !== 0) fail('prepare', prepare);
  const live = prepare.stdout.trim();
  // 2. Upload into a folder nobody serves.
  console.log(t('deploy.uploading', { dist: options.dist, target: target.label, release: id }));
  const incoming = `${target.path}/releases/.incoming-${id}/`;
  const rsyncArgs = [
    // Recursive, links, permissions; not the build's times (each build writes every file anew): a file the same as
    // the live release's (by content, --checksum) becomes a hard link to it and keeps its time, so nginx's ETag and
    // Last-Modified stay and browsers revalidate with a 304; a changed file gets the time of its upload.
    '-rlpD',
    '--delete',
    ...(live ? ['--checksum', `--link-dest=${target.path}/${live}/`] : []),
    ...(options.bwlimit ? [`--bwlimit=${options.bwlimit}`] : []),
    ...(target.host ? ['-e', sshCommand()] : []),
    `${resolve(options.dist)}/`,
    target.host ? `${target.host}:${incoming}` : incoming,
  ];
  const upload = spawnSync('rsync', rsyncArgs, { encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  if (upload.status !== 0)
    fail('rsync', { status: upload.status ?? 1, stderr: `${upload.stderr ?? ''}${upload.error?.message ?? ''}` });
  // 3. Complete: name it, switch current, keep the newest N (never the live one).
  const finish = onTarget(
    target,
    [
      `cd ${root}`,
      `mv releases/.incoming-${id} releases/${id}`,
      switchTo('.', id),
      `n=0; for r in $(ls -1 releases | sort -r); do n=$((n+1)); ` +
        `if [ $n -gt ${options.keep} ] && [ "releases/$r" != "$(readlink current)" ]; then rm -rf "releases/$r" && echo "$r"; fi; done`,
    ].join(' && '),
  );
  if (finish.status !== 0) fail('switch', finish);
  const removed = finish.stdout.trim().split('\n').filter(Boolean).length;
  console.log(
    t('deploy.done', {
      target: target.label,
      release: id,
      keep: options.keep,
      removed: removed ? t('deploy.removed', { count: removed }) : '',
    }),
  );
}

export function rollback(target: Target): void {
  const root = shellQuote(target.path);
  // Exit 3: nothing live; exit 4: no older release. Otherwise prints "from to" and switches.
  const run = onTarget(
    target,
    [
      `cd ${root} 2>/dev/null && [ -L current ] || exit 3`,
      'cur=$(readlink current); cur=${cur#releases/}',
      'prev=$(ls -1 releases | sort | awk -v c="$cur" \'$0 < c\' | tail -n 1)',
      '[ -n "$prev" ] || { echo "$cur"; exit 4; }',
      'ln -s "releases/$prev" ".current-$prev" && mv -T ".current-$prev" current && echo "$cur $prev"',
    ].join('\n'),
  );
  if (run.status === 3) {
    console.error(t('deploy.noCurrent', { target: target.label }));
    process.exit(1);
  }
  if (run.status === 4) {
    console.error(t('deploy.noPrevious', { target: target.label, current: run.stdout.trim() }));
    process.exit(1);
  }
  if (run.status !== 0) fail('rollback', run);
  const [from, to] = run.stdout.trim().split(' ');
  console.log(t('deploy.rolledBack', { target: target.label, release: to, from }));
}

/** The target: one, and only one, word after the subcommand. */
function targetOf(command: 'deploy' | 'rollback', positionals: string[]): Target {
  const [where] = positionals;
  if (!where || positionals.length > 1) usageError(t('deploy.usage', { command }));
  return parseTarget(where);
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
  run({ values, positionals }) {
    const target = targetOf('deploy', positionals);
    const keep = Number(values.keep);
    if (!Number.isInteger(keep) || keep < 2) usageError(t('deploy.badKeep', { value: values.keep }));
    deploy(target, { dist: values.dist, keep, bwlimit: values.bwlimit });
  },
});

export const rollbackCommand = defineCommand({
  name: 'rollback',
  audience: 'operator',
  help: 'cli.rollback.help',
  positionals: true,
  run({ positionals }) {
    rollback(targetOf('rollback', positionals));
  },
});
