/**
 * Runs once before the e2e files: builds the site if dist/ is stale, serves dist/ on a free
 * loopback port and starts one Chromium that every test file connects to. The teardown it
 * returns stops both, whatever the tests did.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../scripts/serve-dist.ts';
import { CHROMIUM, launchBrowserServer } from './lib/browser.ts';
import { ensureBuilt } from './lib/build.ts';
import { DIST, ROOT, builtPages } from './lib/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** http://127.0.0.1:PORT, no trailing slash. */
    baseUrl: string;
    /** Playwright WebSocket endpoint of the shared Chromium. */
    wsEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}. Install it: apt-get update && apt-get install -y chromium fonts-noto-cjk (or run "npm run test:all").`,
    );
  }
  await ensureBuilt();

  // Test a private copy: others may rebuild dist/ while the suite runs. Inside node_modules so
  // html-validate still finds the repository's .htmlvalidate.json and tsc never looks at it.
  const cache = join(ROOT, 'node_modules', '.cache', 'paihangbang-e2e');
  mkdirSync(cache, { recursive: true });
  const snapshot = mkdtempSync(join(cache, 'dist-'));
  cpSync(DIST, snapshot, { recursive: true });
  process.env.E2E_SNAPSHOT = snapshot; // the test workers start after this and inherit it
  const removeSnapshot = () => rmSync(snapshot, { recursive: true, force: true });
  console.log(`[e2e] testing a snapshot of dist/ (${builtPages().length} pages) in ${snapshot}`);

  const server = await serveDist({ dir: snapshot }).catch((error) => {
    removeSnapshot();
    throw error;
  });
  let browser;
  try {
    browser = await launchBrowserServer();
  } catch (error) {
    await server.close();
    removeSnapshot();
    throw error;
  }
  project.provide('baseUrl', server.url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  console.log(`[e2e] serving it at ${server.url}/`);

  return async () => {
    await Promise.allSettled([browser.close(), server.close()]);
    removeSnapshot();
  };
}
