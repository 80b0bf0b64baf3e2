/**
 * The GitLab pipeline (.gitlab-ci.yml) passes GitLab's own CI schema (as bundled in gitlab-ci-local, offline),
 * runs the same checks as the GitHub workflow, reports validation problems to the merge request, posts the
 * summary only on a merge request, and deploys only from the default branch, one deploy at a time, with secrets
 * that only its deploy job reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..');
const file = '.gitlab-ci.yml';
const text = readFileSync(join(root, file), 'utf8');
const ci = parse(text) as Record<string, Record<string, unknown>>;
const cli = join(root, 'node_modules', 'gitlab-ci-local', 'dist', 'index.js');

/** A throwaway git repository holding one pipeline file (gitlab-ci-local reads the repository it runs in). */
const work = mkdtempSync(join(tmpdir(), 'gitlab-ci-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
spawnSync('git', ['init', '-q', '-b', 'main', work]);
spawnSync('git', [
  '-C',
  work,
  '-c',
  'user.email=ci@example.invalid',
  '-c',
  'user.name=ci',
  'commit',
  '-q',
  '--allow-empty',
  '-m',
  'x',
]);

/** The jobs gitlab-ci-local would run for a pipeline with these variables, after checking the schema. */
function jobs(pipelineText: string, variables: Record<string, string>) {
  writeFileSync(join(work, file), pipelineText);
  const args = [cli, '--list-json', '--ignore-predefined-vars', 'CI_PIPELINE_SOURCE,CI_PROJECT_ID'];
  for (const [k, v] of Object.entries(variables)) args.push('--variable', `${k}=${v}`);
  const run = spawnSync(process.execPath, args, { cwd: work, encoding: 'utf8', timeout: 60_000 });
  const json = run.stdout.slice(run.stdout.indexOf('\n[') + 1);
  const list = run.status === 0 ? (JSON.parse(json) as Array<{ name: string; when: string }>) : [];
  return {
    status: run.status,
    output: `${run.stdout}${run.stderr}`,
    running: list.filter((j) => j.when !== 'never').map((j) => j.name),
  };
}

const mergeRequest = {
  CI_PIPELINE_SOURCE: 'merge_request_event',
  CI_PROJECT_ID: '7',
  CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '7',
};

describe('the GitLab CI pipeline', () => {
  it("passes GitLab's CI schema, and the check does find a misspelt keyword", () => {
    const ok = jobs(text, mergeRequest);
    expect(ok.output).toContain('json schema validated');
    expect(ok.status, ok.output).toBe(0);
    const broken = jobs(text.replace('  resource_group: production', '  resource_grup: production'), mergeRequest);
    expect(broken.status).not.toBe(0);
  }, 120_000);

  it('on a merge request: checks and posts the summary, never deploys', () => {
    expect(jobs(text, mergeRequest).running).toEqual(['check', 'mr-note']);
    // A merge request from a fork gets no note (the token is not handed to another project's code).
    expect(jobs(text, { ...mergeRequest, CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '8' }).running).toEqual(['check']);
  }, 120_000);

  it('on the default branch: checks, then deploys when a target is set', () => {
    expect(
      jobs(text, { CI_PIPELINE_SOURCE: 'push', DEPLOY_TARGET: 'deploy@10.0.0.5:/srv/paihangbang' }).running,
    ).toEqual(['check', 'deploy']);
    expect(jobs(text, { CI_PIPELINE_SOURCE: 'push' }).running).toEqual(['check']);
  }, 120_000);

  it('runs the same checks as the GitHub workflow and reports validation problems to the merge request', () => {
    const check = ci.check as { script: string[]; artifacts: { when: string; reports: { codequality: string } } };
    const script = check.script.join('\n');
    for (const step of [
      'validate -- --codequality gl-code-quality-report.json',
      'scripts/test-all.sh',
      'check-deployable',
    ])
      expect(script).toContain(step);
    expect(check.artifacts.reports.codequality).toBe('gl-code-quality-report.json');
    expect(check.artifacts.when).toBe('always'); // a failed validation still shows in the merge request
    expect(script).toContain('npm run -s summary -- --base');
  });

  it('keeps the image cache from one pipeline to the next, inside the project, and drops what a run did not use', () => {
    const variables = ci.variables as unknown as Record<string, string>;
    expect(variables.BOARD_IMAGE_CACHE).toBe('$CI_PROJECT_DIR/.board-image-cache');
    const check = ci.check as {
      cache: Array<{ key: unknown; paths: string[] }>;
      before_script: string[];
      script: string[];
    };
    const images = check.cache.find((c) => c.paths.includes('.board-image-cache/'));
    // One key for every run: a new month's build finds last month's pictures.
    expect(images?.key).toBe('board-images-v1');
    expect(check.before_script.join('\n')).toContain('touch build-started');
    const script = check.script.join('\n');
    const prune = script.indexOf('find .board-image-cache -type f ! -newer build-started -delete');
    expect(prune).toBeGreaterThan(script.indexOf('scripts/test-all.sh'));
  });

  it('deploys one at a time, after the checks, never cancelled half-way', () => {
    const deploy = ci.deploy as Record<string, unknown>;
    expect(deploy.resource_group).toBe('production');
    expect(deploy.needs).toEqual(['check']);
    expect(deploy.interruptible).toBe(false);
    expect((deploy.script as string[]).join('\n')).toContain('npm run -s deploy -- "$DEPLOY_TARGET"');
  });

  it('reads the deploy secrets in the deploy job only, and never prints them', () => {
    const secrets = ['DEPLOY_SSH_KEY', 'DEPLOY_KNOWN_HOSTS', 'DEPLOY_TARGET'];
    for (const [name, job] of Object.entries(ci)) {
      if (name === 'deploy' || typeof job !== 'object' || !job || !('script' in job)) continue;
      const body = JSON.stringify(job);
      for (const secret of secrets) expect(body, `${name} reads ${secret}`).not.toContain(secret);
    }
    expect(text).not.toMatch(/echo[^\n]*\$DEPLOY_SSH_KEY/);
    expect(text).not.toMatch(/set -x/);
  });

  it('installs npm packages from the registry mirror NPM_REGISTRY names, when set', () => {
    expect(text).toContain('npm config set registry "$NPM_REGISTRY"');
    for (const job of ['check', 'deploy']) {
      const before = (ci[job].before_script as string[]).join('\n');
      expect(before.indexOf('NPM_REGISTRY'), job).toBeGreaterThanOrEqual(0);
      expect(before.indexOf('NPM_REGISTRY')).toBeLessThan(before.indexOf('npm ci'));
    }
  });
});
