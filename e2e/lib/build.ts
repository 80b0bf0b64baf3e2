/**
 * Builds the site for the e2e tests when dist/ is missing or older than its inputs.
 * E2E_BUILD=always forces a build, E2E_BUILD=never uses dist/ as it is.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, builtPages } from './site.ts';
import { readdirSync } from 'node:fs';

const INPUTS = ['src', 'data', 'public', 'astro.config.mjs', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs; // a deleted file bumps its folder
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why dist/ needs a build, or undefined when it is up to date. */
export function staleReason(): string | undefined {
  const pages = builtPages();
  if (pages.length === 0) return `${DIST} has no HTML pages`;
  const oldestPage = Math.min(...pages.map((p) => statSync(p.file).mtimeMs));
  for (const input of INPUTS) {
    if (newestMtime(join(ROOT, input)) > oldestPage) return `${input} changed after the last build`;
  }
  return undefined;
}

export async function buildSite(): Promise<void> {
  const started = Date.now();
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // process.execPath: the Node 24 running vitest (node_modules/.bin/astro would get the system Node 20).
  const child = spawn(process.execPath, [astro, 'build'], {
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    throw new Error(`astro build failed (exit ${code}); its output:\n${output.split('\n').slice(-80).join('\n')}`);
  }
  console.log(`[e2e] astro build: ${builtPages().length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export async function ensureBuilt(): Promise<void> {
  const mode = process.env.E2E_DIST ? 'never' : (process.env.E2E_BUILD ?? 'auto');
  if (mode === 'never') {
    if (builtPages().length === 0) throw new Error(`${DIST} has no HTML pages: run "npm run build" first.`);
    return;
  }
  const reason = mode === 'always' ? 'E2E_BUILD=always' : staleReason();
  if (!reason) {
    console.log('[e2e] dist/ is up to date; not rebuilding (E2E_BUILD=always to force)');
    return;
  }
  console.log(`[e2e] building the site: ${reason}`);
  await buildSite();
}
