/**
 * The process as the fast tier's first test file found it, given back to each later file
 * (test/support/fresh-process.ts): its environment, working directory and exit code.
 */
const first = globalThis as { firstEnv?: NodeJS.ProcessEnv; firstCwd?: string };

/** Notes the process's state the first time; every call puts that state back. */
export function restoreFirstProcess(): void {
  first.firstEnv ??= { ...process.env };
  first.firstCwd ??= process.cwd();
  for (const name of Object.keys(process.env)) if (!(name in first.firstEnv)) delete process.env[name];
  Object.assign(process.env, first.firstEnv);
  if (process.cwd() !== first.firstCwd) process.chdir(first.firstCwd);
  process.exitCode = undefined;
}
