/**
 * A bad file must stop the publication with the clerk's message — through `npm run validate` and
 * through `astro build` and `npm run build` alike (one code path), and the build must write nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROGRAM_MS, runNode } from './support/setup.ts';

const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'bad-build-'));
cpSync(join(root, 'test', 'fixtures', 'minimal', 'data'), join(work, 'data'), { recursive: true });
// units[1].contracted made negative in the last month of the fixture.
const month = join(work, 'data', 'reports', '2005', '2005-03.yaml');
writeFileSync(month, readFileSync(month, 'utf8').replace(/contracted: (\d+)/, 'contracted: -5'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const node = (args: string[], cwd: string, env: Record<string, string> = {}) => runNode(args, { cwd, env });

describe('a bad data file', () => {
  const expected = /data\/reports\/2005\/2005-03\.yaml:\d+:\d+ units\[0\]\.contracted 应为：≥ 0 的数；实际：-5/;

  it(
    'makes npm run validate exit 1 with file:line:col, expected and got',
    () => {
      const run = node([join(root, 'scripts/board.ts'), 'validate'], work);
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(expected);
      expect(run.stderr).toMatch(/✗ 检查未通过：1 处错误，0 处提醒，本次不发布。/);
    },
    PROGRAM_MS,
  );

  it(
    'speaks English to a developer who asks with --lang en',
    () => {
      const run = node([join(root, 'scripts/board.ts'), 'validate', '--lang', 'en'], work);
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/2005-03\.yaml:\d+:\d+ units\[0\]\.contracted: expected a number ≥ 0, got -5/);
      expect(run.stderr).toMatch(/nothing was published/);
    },
    PROGRAM_MS,
  );

  it(
    'keeps --format github annotations, titled with the check',
    () => {
      const run = node([join(root, 'scripts/board.ts'), 'validate', '--format', 'github'], work, {
        GITHUB_STEP_SUMMARY: '',
      });
      expect(run.stdout).toMatch(
        /^::error file=data\/reports\/2005\/2005-03\.yaml,line=\d+,col=\d+,title=schema::units\[0\]\.contracted 应为：≥ 0 的数；实际：-5/m,
      );
    },
    PROGRAM_MS,
  );

  it(
    'keeps --format json listing every issue',
    () => {
      const run = node([join(root, 'scripts/board.ts'), 'validate', '--format', 'json'], work);
      expect(JSON.parse(run.stdout)).toMatchObject([
        { severity: 'error', field: 'units[0].contracted', expected: '≥ 0 的数', got: '-5', rule: 'schema' },
      ]);
    },
    PROGRAM_MS,
  );

  it('stops astro build with the same message and writes no site', () => {
    const outDir = join(work, 'dist');
    const run = node([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], root, {
      BOARD_ROOT: work,
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(expected);
    expect(run.stdout + run.stderr).toMatch(/数据有 1 处错误，网站没有生成/);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  }, 120_000);

  it('ends a build that a data problem stops with the message once and no stack trace', () => {
    const run = node(
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(work, 'dist-once')],
      root,
      { BOARD_ROOT: work, BOARD_PREVIEW: '1' },
    );
    const output = run.stdout + run.stderr;
    expect(run.status).toBe(1);
    expect(output.match(/数据有 1 处错误，网站没有生成/g)).toHaveLength(1);
    expect(output.match(/units\[0\]\.contracted 应为：/g)).toHaveLength(1);
    expect(output).not.toMatch(/Stack trace|\n\s+at |board\.ts:\d+/);
  }, 120_000);

  it('makes npm run build fail too and leaves the previously built site as it was (the data is checked before the build writes anything)', () => {
    const outDir = join(work, 'dist-published');
    mkdirSync(join(outDir, 'rankings'), { recursive: true });
    writeFileSync(join(outDir, 'index.html'), 'published before');
    // scripts/build.sh is what `npm run build` runs: it must pass astro's failure on, or CI would publish.
    const run = spawnSync('bash', [join(root, 'scripts/build.sh'), '--outDir', outDir], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        BOARD_ROOT: work,
        NO_COLOR: '1',
        PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}`,
      },
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(expected);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('published before');
    expect(existsSync(join(outDir, 'rankings'))).toBe(true);
  }, 120_000);
});
