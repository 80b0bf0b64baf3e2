/**
 * `npm run deploy` and `npm run rollback` against a folder on this machine (and, through a stand-in ssh that
 * runs the commands here, against user@host:/path): release folders, `current` switched in one rename, the
 * newest N kept, a draft preview refused, and an interrupted upload leaving the live site as it was.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTarget, releaseId, shellQuote } from '../src/deploy/release.ts';
import { needTool, sharedSetup } from './support/setup.ts';

const script = join(import.meta.dirname, '..', 'scripts', 'board.ts');
const work = mkdtempSync(join(tmpdir(), 'deploy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A built site with one page saying `text` (and any other files). */
function site(name: string, text: string, extra: Record<string, string | Buffer> = {}): string {
  const dir = join(work, name);
  for (const [path, body] of Object.entries({ 'index.html': `<html><body>${text}</body></html>`, ...extra })) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env, BOARD_LANG: 'zh' },
    timeout: 60_000,
  });
const live = (target: string) => readFileSync(join(target, 'current', 'index.html'), 'utf8');
const releases = (target: string) => readdirSync(join(target, 'releases')).sort();

describe('npm run deploy and npm run rollback', () => {
  sharedSetup(() => needTool('rsync', 'rsync'), 10_000);
  const a = site('a', '一月版', { 'data/a.csv': '单位,完成率\n大中镇,103.5\n' });
  const b = site('b', '二月版', { 'data/a.csv': '单位,完成率\n大中镇,103.5\n' });
  let targets = 0;
  /** A target of the test's own, with these sites deployed to it in turn. */
  const deployedTo = (...dists: string[]) => {
    const target = join(work, `srv-${++targets}`);
    for (const dist of dists) expect(run(['deploy', target, '--dist', dist]).status).toBe(0);
    return target;
  };

  it('deploys into a release folder and points current at it; a second deploy switches current', () => {
    const target = deployedTo();
    const first = run(['deploy', target, '--dist', a]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('✓ 已发布');
    expect(live(target)).toContain('一月版');
    const second = run(['deploy', target, '--dist', b]);
    expect(second.status, second.stderr).toBe(0);
    expect(live(target)).toContain('二月版');
    expect(releases(target)).toHaveLength(2);
    expect(readlinkSync(join(target, 'current'))).toBe(`releases/${releases(target)[1]}`);
    // What did not change is the same file on disk (hard link), so it costs no room and keeps its ETag.
    const [r1, r2] = releases(target).map((r) => join(target, 'releases', r, 'data', 'a.csv'));
    expect(statSync(r1).ino).toBe(statSync(r2).ino);
    expect(statSync(join(r1, '..', '..', 'index.html')).ino).not.toBe(statSync(join(r2, '..', '..', 'index.html')).ino);
    expect(existsSync(join(target, 'releases', releases(target)[0], 'index.html'))).toBe(true);
  }, 120_000);

  it('rolls back to the previous release, and says so when there is none older', () => {
    const target = deployedTo(a, b);
    const back = run(['rollback', target]);
    expect(back.status, back.stderr).toBe(0);
    expect(back.stdout).toContain('✓ 已回退');
    expect(live(target)).toContain('一月版');
    const again = run(['rollback', target]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('没有比当前版本');
    expect(live(target)).toContain('一月版');
  }, 120_000);

  it('leaves current untouched when an upload is interrupted, and the next deploy clears what it left', async () => {
    const target = deployedTo(a);
    const big = site('big', '三月版', { 'images/big.png': randomBytes(3 * 1024 * 1024) });
    const before = readlinkSync(join(target, 'current'));
    // A slow upload (300 KB/s), killed — node and rsync — as soon as part of it has arrived.
    const child = spawn(process.execPath, [script, 'deploy', target, '--dist', big, '--bwlimit', '300'], {
      detached: true,
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const incoming = () => readdirSync(join(target, 'releases')).find((r) => r.startsWith('.incoming-'));
    const deadline = Date.now() + 20_000;
    while (!(incoming() && existsSync(join(target, 'releases', incoming()!, 'index.html'))) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(incoming()).toBeDefined();
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
    expect(readlinkSync(join(target, 'current'))).toBe(before);
    expect(live(target)).toContain('一月版');
    expect(releases(target).filter((r) => !r.startsWith('.'))).toHaveLength(1);
    // The next deploy goes through and removes the half-uploaded folder.
    const next = run(['deploy', target, '--dist', b]);
    expect(next.status, next.stderr).toBe(0);
    expect(live(target)).toContain('二月版');
    expect(releases(target).filter((r) => r.startsWith('.'))).toEqual([]);
  }, 60_000);

  /**
   * A slow deploy (300 KB/s) started by `start`, stopped by `stop` once rsync is writing; then: the process that
   * was started ends with the signal's exit code, no rsync of this target is left, and `current` stays as it was
   * — also a few seconds later, when a deploy carrying on alone would have switched it.
   */
  async function interrupt(
    name: string,
    start: (args: string[]) => ReturnType<typeof spawn>,
    stop: (child: ReturnType<typeof spawn>) => void,
  ) {
    const where = join(work, `interrupted-${name}`);
    expect(run(['deploy', where, '--dist', a]).status).toBe(0);
    const before = readlinkSync(join(where, 'current'));
    const big = site(`big-${name}`, '四月版', { 'images/big.png': randomBytes(3 * 1024 * 1024) });
    const child = start(['deploy', where, '--dist', big, '--bwlimit', '300']);
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const rsyncs = () => spawnSync('pgrep', ['-f', `rsync.*${where}`], { encoding: 'utf8' }).stdout.trim();
    const incoming = () => readdirSync(join(where, 'releases')).find((r) => r.startsWith('.incoming-'));
    const deadline = Date.now() + 30_000;
    while (!(incoming() && existsSync(join(where, 'releases', incoming()!, 'index.html'))) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(rsyncs(), 'rsync is uploading').not.toBe('');
    stop(child);
    const code = await exited;
    // The deploy itself (node) may be a grandchild (npm run): wait for its rsync and for it to be gone.
    const gone = Date.now() + 10_000;
    while ((rsyncs() || spawnSync('pgrep', ['-f', `board.ts deploy ${where}`]).status === 0) && Date.now() < gone)
      await new Promise((r) => setTimeout(r, 50));
    expect(rsyncs(), 'no rsync left running').toBe('');
    expect(spawnSync('pgrep', ['-f', `board.ts deploy ${where}`]).status, 'no deploy left running').toBe(1);
    await new Promise((r) => setTimeout(r, 2000));
    expect(readlinkSync(join(where, 'current'))).toBe(before);
    expect(live(where)).toContain('一月版');
    return { code, stderr };
  }

  const node = (args: string[]) =>
    spawn(process.execPath, [script, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, BOARD_LANG: 'zh' },
    });

  it('stops rsync and never switches current when the deploy gets SIGINT (Ctrl-C)', async () => {
    const { code, stderr } = await interrupt('sigint', node, (child) => child.kill('SIGINT'));
    expect(code).toBe(130);
    expect(stderr).toContain('发布被中断（SIGINT）');
    expect(stderr).toContain('current 仍指向原来的版本');
  }, 90_000);

  it('stops rsync and never switches current when the deploy gets SIGTERM (kill <pid>)', async () => {
    const { code, stderr } = await interrupt('sigterm', node, (child) => child.kill('SIGTERM'));
    expect(code).toBe(143);
    expect(stderr).toContain('发布被中断（SIGTERM）');
  }, 90_000);

  it('stops when the shell that started it is killed, instead of carrying on re-parented', async () => {
    // `; :` keeps sh from exec-ing node, as npm's shell did: killing sh leaves node without its parent.
    const viaShell = (args: string[]) =>
      spawn('sh', ['-c', `${[process.execPath, script, ...args].map(shellQuote).join(' ')}; :`], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, BOARD_LANG: 'zh' },
      });
    await interrupt('orphaned', viaShell, (child) => child.kill('SIGKILL'));
  }, 90_000);

  it('stops everything when npm run deploy is killed by its pid', async () => {
    const viaNpm = (args: string[]) =>
      spawn('npm', ['run', '--silent', 'deploy', '--', ...args.slice(1)], {
        cwd: join(import.meta.dirname, '..'),
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, BOARD_LANG: 'zh' },
      });
    await interrupt('npm', viaNpm, (child) => child.kill('SIGTERM'));
  }, 90_000);

  it('keeps the newest N releases (--keep), never removing the live one', () => {
    const target = deployedTo(a);
    for (let i = 0; i < 3; i++) expect(run(['deploy', target, '--dist', a, '--keep', '3']).status).toBe(0);
    const kept = releases(target);
    expect(kept).toHaveLength(3);
    expect(readlinkSync(join(target, 'current'))).toBe(`releases/${kept[2]}`);
    expect(run(['deploy', target, '--dist', a, '--keep', '1']).status).toBe(2);
  }, 120_000);

  it('refuses a draft preview and changes nothing on the target', () => {
    const target = deployedTo(a);
    const preview = site('preview', '<meta name="board-preview" content="草稿·未发布">');
    const before = releases(target);
    const refused = run(['deploy', target, '--dist', preview]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('是草稿预览');
    expect(releases(target)).toEqual(before);
  }, 120_000);

  it('deploys to user@host:/path over ssh and rsync (a stand-in ssh that runs the commands on this machine)', () => {
    const fakeSsh = join(work, 'fake-ssh');
    writeFileSync(
      fakeSsh,
      [
        '#!/bin/sh',
        '# ssh [options] host command…: drops the options and the host, runs the command here.',
        'while [ $# -gt 0 ]; do case "$1" in -l|-p|-i|-o) shift 2;; -*) shift;; *) break;; esac; done',
        'shift',
        'exec sh -c "$*"',
        '',
      ].join('\n'),
    );
    chmodSync(fakeSsh, 0o755);
    const remote = join(work, 'remote srv'); // a space, to prove the quoting
    const deployed = run(['deploy', `deployer@board.example:${remote}`, '--dist', a], { DEPLOY_SSH: fakeSsh });
    expect(deployed.status, deployed.stderr).toBe(0);
    expect(run(['deploy', `deployer@board.example:${remote}`, '--dist', b], { DEPLOY_SSH: fakeSsh }).status).toBe(0);
    expect(live(remote)).toContain('二月版');
    expect(run(['rollback', `deployer@board.example:${remote}`], { DEPLOY_SSH: fakeSsh }).status).toBe(0);
    expect(live(remote)).toContain('一月版');
  }, 120_000);
});

describe('deploy targets and release names', () => {
  it('reads user@host:/path as remote and anything else as a local folder', () => {
    expect(parseTarget('deploy@10.0.0.5:/srv/paihangbang/')).toMatchObject({
      host: 'deploy@10.0.0.5',
      path: '/srv/paihangbang',
    });
    expect(parseTarget('web:/srv/board').host).toBe('web');
    expect(parseTarget('/srv/board').host).toBeUndefined();
    expect(parseTarget('releases/x').host).toBeUndefined();
  });

  it('names releases so that their order by name is their order in time', () => {
    const ids = ['2026-01-02T03:04:05.006Z', '2026-01-02T03:04:05.100Z', '2026-11-30T23:59:59.999Z'].map((d) =>
      releaseId(new Date(d)),
    );
    expect(ids[0]).toBe('20260102-030405-006');
    expect([...ids].sort()).toEqual(ids);
  });

  it('quotes a path for the shell', () => {
    expect(spawnSync('sh', ['-c', `printf %s ${shellQuote("/srv/a b/c'd")}`], { encoding: 'utf8' }).stdout).toBe(
      "/srv/a b/c'd",
    );
  });
});
