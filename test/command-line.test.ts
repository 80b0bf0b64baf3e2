/**
 * The command line (scripts/board.ts): every subcommand says how it is used with --help (exit 0, in
 * Chinese and in English), every npm script that runs the program names a subcommand and every
 * subcommand has its npm script, and what it cannot read is a usage problem (exit 2).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMANDS, main } from '../scripts/board.ts';

const root = join(import.meta.dirname, '..');
const board = join(root, 'scripts', 'board.ts');
const npmScripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

/** What `main` prints on stdout and stderr, and its exit code. */
async function said(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: unknown) => void out.push(String(line)));
  vi.spyOn(console, 'error').mockImplementation((line: unknown) => void err.push(String(line)));
  const code = await main(args);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.BOARD_LANG;
});

describe('the command line', () => {
  it.each(Object.keys(COMMANDS))(
    'says how %s is used with --help, with the exit codes, in Chinese and in English',
    async (name) => {
      const zh = await said([name, '--help', '--lang', 'zh']);
      expect(zh.code).toBe(0);
      expect(zh.stderr).toBe('');
      expect(zh.stdout).toMatch(/^用法：(npm run |npm start|node scripts\/board\.ts )/);
      expect(zh.stdout).toContain('退出码：0 完成；1 数据有问题');
      const en = await said([name, '-h', '--lang', 'en']);
      expect(en.code).toBe(0);
      expect(en.stdout).toMatch(/^usage: (npm run |npm start|node scripts\/board\.ts )/);
      expect(en.stdout).toContain('Exit codes: 0 done; 1 a data problem');
    },
    30_000,
  );

  it('has an npm script for every subcommand but the build’s own step, and every npm script that runs it names a subcommand', () => {
    const runs = Object.values(npmScripts)
      .map((script) => /^(?:exec )?node scripts\/board\.ts ([a-z-]+)$/.exec(script)?.[1])
      .filter((name): name is string => name !== undefined);
    expect(runs.filter((name) => !(name in COMMANDS))).toEqual([]);
    expect(Object.keys(COMMANDS).filter((name) => !runs.includes(name))).toEqual(['finish-build']);
    expect(npmScripts.board).toBe('node scripts/board.ts');
  });

  it('lists every subcommand by audience with no subcommand named', async () => {
    const { code, stdout } = await said(['--help', '--lang', 'zh']);
    expect(code).toBe(0);
    for (const heading of ['填报和发布（督查室）：', '上线和服务器（管理员）：', '开发和测量：'])
      expect(stdout).toContain(heading);
    for (const name of Object.keys(COMMANDS)) expect(stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('refuses an unknown subcommand, an unknown option and a malformed month with exit 2', async () => {
    const unknown = await said(['publish', '--lang', 'zh']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('✗ 没有“publish”这个命令');
    const option = await said(['status', '--bogus', '--lang', 'zh']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/^✗ 看不懂这些参数（Unknown option '--bogus'.*）。用法见 npm run status -- --help$/s);
    const month = await said(['status', '2006-13', '--lang', 'zh']);
    expect(month.code).toBe(2);
    expect(month.stderr).toBe('用法：npm run status -- 2006-02');
  });

  it('runs as a program: the overview on --help, exit 2 with it when no subcommand is named', () => {
    const help = spawnSync(process.execPath, [board, '--help'], {
      encoding: 'utf8',
      env: { ...process.env, BOARD_LANG: 'en' },
    });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('For the clerk (data):');
    const bare = spawnSync(process.execPath, [board], { encoding: 'utf8', env: { ...process.env, BOARD_LANG: 'en' } });
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('For the operator (publishing):');
  }, 30_000);
});
