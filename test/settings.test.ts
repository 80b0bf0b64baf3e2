/**
 * A wrong setting stops `npm run validate` and the build with its message (docs/settings.md), not a
 * stack trace, and the build writes nothing.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROGRAM_MS, runNode } from './support/setup.ts';

const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'wrong-setting-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const node = (args: string[], env: Record<string, string>) =>
  runNode(args, { cwd: root, env: { BOARD_LANG: '', ...env } });

const message =
  /BOARD_CURRENT_PERIOD 应为：年月，写作 YYYY-MM，月份 01—12（如 2005-03）；实际：“2005-13”。建议：写成要当作“本月”的月份/;
const stackFrame = /^\s+at /m;

describe('a wrong setting', () => {
  it(
    'stops npm run validate with exit 2 and the Chinese message',
    () => {
      const run = node([join(root, 'scripts/board.ts'), 'validate'], { BOARD_CURRENT_PERIOD: '2005-13' });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^设置有 1 处不对，没有继续/);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(stackFrame);
    },
    PROGRAM_MS,
  );

  it(
    'is told in English with BOARD_LANG=en',
    () => {
      const run = node([join(root, 'scripts/board.ts'), 'validate'], {
        BOARD_CURRENT_PERIOD: '2005-13',
        BOARD_LANG: 'en',
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/BOARD_CURRENT_PERIOD: expected a month written YYYY-MM, month 01–12 .*got "2005-13"/);
    },
    PROGRAM_MS,
  );

  it('stops astro build before it writes anything, with the same message', () => {
    const outDir = join(work, 'dist');
    const run = node([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      BOARD_CURRENT_PERIOD: '2005-13',
    });
    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).toMatch(message);
    expect(run.stdout + run.stderr).not.toMatch(stackFrame);
    expect(existsSync(outDir)).toBe(false);
  }, 120_000);
});
