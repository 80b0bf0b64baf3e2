/**
 * `npm run serve`: any built folder, named plainly (`-- dist-preview`) or with --dir; --help says how;
 * a wrong argument or a folder with no site is told in the clerk's words, never a stack trace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROGRAM_MS } from './support/setup.ts';

const board = join(import.meta.dirname, '..', 'scripts', 'board.ts');
const site = mkdtempSync(join(tmpdir(), 'serve-'));
writeFileSync(join(site, 'index.html'), '<p>预览</p>');
afterAll(() => rmSync(site, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [board, 'serve', ...args], {
    encoding: 'utf8',
    env: { ...process.env, BOARD_LANG: 'zh' },
  });

describe('npm run serve', () => {
  it(
    'explains itself with --help, naming the preview folder',
    () => {
      const help = run('--help');
      expect(help.status).toBe(0);
      expect(help.stdout).toContain('用法：npm run serve [-- 文件夹] [--port 端口]');
      expect(help.stdout).toContain('npm run serve -- dist-preview');
    },
    PROGRAM_MS,
  );

  it(
    'says what is wrong, without a stack trace, for an unknown option or a folder with no site',
    () => {
      const bogus = run('--bogus');
      expect(bogus.status).toBe(2);
      expect(bogus.stderr).toMatch(
        /^✗ 看不懂这些参数（Unknown option '--bogus'.*）。用法见 npm run serve -- --help\n$/s,
      );
      const empty = run(join(site, 'nothing-here'));
      expect(empty.status).toBe(2);
      expect(empty.stderr).toContain('里没有生成好的网站（没有 index.html）。先运行 npm run build');
      expect(bogus.stderr + empty.stderr).not.toMatch(/\n\s+at /);
    },
    PROGRAM_MS,
  );

  it(
    'serves the folder named without --dir',
    async () => {
      const child = spawn(process.execPath, [board, 'serve', site, '--port', '0'], {
        env: { ...process.env, BOARD_LANG: 'zh' },
      });
      try {
        const url = await new Promise<string>((resolve, reject) => {
          child.stdout.on('data', (chunk: Buffer) => {
            const found = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(chunk.toString());
            if (found) resolve(found[1]);
          });
          child.on('exit', (code) => reject(new Error(`exited with ${code}`)));
        });
        expect(await (await fetch(`${url}/`)).text()).toBe('<p>预览</p>');
      } finally {
        child.kill();
      }
    },
    PROGRAM_MS,
  );
});
