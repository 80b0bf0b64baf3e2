import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreFirstProcess } from './support/first-process.ts';

describe('test files that share a process (the fast tier)', () => {
  it('each starts with the environment, folder and exit code the first file found', () => {
    const before = { lang: process.env.BOARD_LANG, cwd: process.cwd() };
    const elsewhere = realpathSync(mkdtempSync(join(tmpdir(), 'first-process-')));
    try {
      process.env.BOARD_LANG = before.lang === 'en' ? 'zh' : 'en';
      process.env.FIRST_PROCESS_TEST_ADDED = '1';
      process.chdir(elsewhere);
      process.exitCode = 1;

      restoreFirstProcess();

      expect(process.env.BOARD_LANG).toBe(before.lang);
      expect(process.env.FIRST_PROCESS_TEST_ADDED).toBeUndefined();
      expect(process.cwd()).toBe(before.cwd);
      expect(process.exitCode).toBeUndefined();
    } finally {
      process.chdir(before.cwd);
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
