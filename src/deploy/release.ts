/**
 * `npm run deploy` and `npm run rollback` (scripts/deploy.ts is the command line).
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
 * failure or interruption before that rename leaves `current` as it was; an interruption (Ctrl-C, `kill`,
 * npm or its shell killed) stops rsync and ssh too (children.ts); a leftover `.incoming-*` folder is
 * removed by the next deploy. The newest N releases are kept (and never the one `current` names).
 * Rollback points `current` at the release before the one it names, the same way.
 * One deploy at a time per target (CI: resource_group / concurrency).
 */
import { resolve } from 'node:path';
import { t } from '../lib/messages/index.ts';
import { children, type Children, type Finished, type RunOptions } from './children.ts';

/** Where a target is: on this machine, or `user@host` and an absolute path there. */
export type Target = { host?: string; path: string; label: string };

export function parseTarget(text: string): Target {
  const [, host, path] = /^((?:[^@\s/:]+@)?[^@\s/:]+):(\/.*)$/.exec(text) ?? [];
  if (host && path) return { host, path: path.replace(/\/+$/, ''), label: text.replace(/\/+$/, '') };
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
function onTarget(jobs: Children, target: Target, script: string, options?: RunOptions): Promise<Finished> {
  const [ssh = 'ssh', ...sshArgs] = sshCommand().split(/\s+/);
  return target.host
    ? jobs.run(ssh, [...sshArgs, target.host, script], options)
    : jobs.run('sh', ['-c', script], options);
}

/** Shell lines that switch `current` to releases/<id> in one rename. */
const switchTo = (root: string, id: string) =>
  [`ln -s ${shellQuote(`releases/${id}`)} ${root}/.current-${id}`, `mv -T ${root}/.current-${id} ${root}/current`].join(
    ' && ',
  );

/** A step that failed: what to print and the exit code. */
export class DeployFailed extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.exitCode = exitCode;
  }
}

const failed = (step: string, run: Finished) =>
  new DeployFailed(t('deploy.failed', { step, code: run.status, detail: run.stderr.trim() }), run.status || 1);

export type DeployOptions = { dist: string; keep: number; bwlimit?: string };

/** Uploads `dist` as a new release and switches `current` to it; resolves with the release's id. */
export async function deploy(target: Target, options: DeployOptions, jobs = children()): Promise<string> {
  try {
    const root = shellQuote(target.path);
    const id = releaseId();
    // 1. The releases folder exists; leftovers of an interrupted upload go; which release is live.
    const prepare = await onTarget(
      jobs,
      target,
      [
        `mkdir -p ${root}/releases`,
        `rm -rf ${root}/releases/.incoming-* ${root}/.current-*`,
        `if [ -L ${root}/current ]; then readlink ${root}/current; fi`,
      ].join(' && '),
    );
    if (prepare.status !== 0) throw failed('prepare', prepare);
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
    const upload = await jobs.run('rsync', rsyncArgs, { stdout: 'inherit' });
    if (upload.status !== 0) throw failed('rsync', upload);
    // 3. Complete: name it, switch current, keep the newest N (never the live one). Not once interrupted; once
    // begun (a few file operations), it runs to its end, so which release is live is never in doubt.
    jobs.check();
    const finish = await onTarget(
      jobs,
      target,
      [
        `cd ${root}`,
        `mv releases/.incoming-${id} releases/${id}`,
        switchTo('.', id),
        `n=0; for r in $(ls -1 releases | sort -r); do n=$((n+1)); ` +
          `if [ $n -gt ${options.keep} ] && [ "releases/$r" != "$(readlink current)" ]; then rm -rf "releases/$r" && echo "$r"; fi; done`,
      ].join(' && '),
      { committed: true },
    );
    if (finish.status !== 0) throw failed('switch', finish);
    const removed = finish.stdout.trim().split('\n').filter(Boolean).length;
    console.log(
      t('deploy.done', {
        target: target.label,
        release: id,
        keep: options.keep,
        removed: removed ? t('deploy.removed', { count: removed }) : '',
      }),
    );
    return id;
  } finally {
    jobs.release();
  }
}

/** Points `current` at the release before the one it names. */
export async function rollback(target: Target, jobs = children()): Promise<void> {
  try {
    const root = shellQuote(target.path);
    // Exit 3: nothing live; exit 4: no older release. Otherwise prints "from to" and switches.
    const run = await onTarget(
      jobs,
      target,
      [
        `cd ${root} 2>/dev/null && [ -L current ] || exit 3`,
        'cur=$(readlink current); cur=${cur#releases/}',
        'prev=$(ls -1 releases | sort | awk -v c="$cur" \'$0 < c\' | tail -n 1)',
        '[ -n "$prev" ] || { echo "$cur"; exit 4; }',
        'ln -s "releases/$prev" ".current-$prev" && mv -T ".current-$prev" current && echo "$cur $prev"',
      ].join('\n'),
    );
    if (run.status === 3) throw new DeployFailed(t('deploy.noCurrent', { target: target.label }), 1);
    if (run.status === 4)
      throw new DeployFailed(t('deploy.noPrevious', { target: target.label, current: run.stdout.trim() }), 1);
    if (run.status !== 0) throw failed('rollback', run);
    const [from = '', to = ''] = run.stdout.trim().split(' ');
    console.log(t('deploy.rolledBack', { target: target.label, release: to, from }));
  } finally {
    jobs.release();
  }
}
