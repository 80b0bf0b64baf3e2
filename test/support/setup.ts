/**
 * What a test file needs before its tests: a set-up several tests share, and the programs it runs.
 *
 * A `beforeAll` that throws makes vitest report the tests under it as skipped, so a set-up that broke
 * (a fork's data, a missing program) would pass for green in a hurried glance. `sharedSetup` runs the
 * set-up once, before the first test, and fails every test with its error instead.
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, beforeEach } from 'vitest';

/** Runs `setUp` once before the tests of the enclosing block; if it throws, each of them fails with its error. */
export function sharedSetup(setUp: () => unknown, timeoutMs: number): void {
  let failure: unknown;
  beforeAll(async () => {
    try {
      await setUp();
    } catch (error) {
      failure = error;
    }
  }, timeoutMs);
  beforeEach(() => {
    if (failure !== undefined) throw failure;
  });
}

/** A program missing from PATH: one line naming the Debian package that brings it (scripts/test-all.sh installs it). */
export class MissingTool extends Error {
  constructor(command: string, debianPackage: string) {
    super(`${command} is not installed: apt-get install ${debianPackage}`);
    this.name = 'MissingTool';
    this.stack = this.message; // the line is the whole story
  }
}

/** Throws MissingTool unless `command` is on PATH. */
export function needTool(command: string, debianPackage: string): void {
  const found = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', command], { stdio: 'ignore' }).status === 0;
  if (!found) throw new MissingTool(command, debianPackage);
}

/**
 * The time limit of a test that starts a program (node on a script, a build, LibreOffice, nginx, a
 * browser) or draws pictures: vitest's default 5 s is about what such a test takes on an idle
 * 2-core machine, so a busy one would fail it. Tests that build a whole site state more.
 */
export const PROGRAM_MS = 120_000;

/**
 * Runs this Node (the project's, not the system's) on `args`: output as text, colours off, the given
 * variables over the test's own environment, stopped after `timeoutMs`.
 */
export const runNode = (
  args: string[],
  { cwd, env = {}, timeoutMs = PROGRAM_MS }: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {},
) =>
  spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env, NO_COLOR: '1' },
    timeout: timeoutMs,
  });
