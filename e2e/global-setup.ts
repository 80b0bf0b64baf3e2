/**
 * Runs once before the e2e files: builds the site if dist/ is stale, serves dist/ on a free
 * loopback port and starts one Chromium that every test file connects to. The teardown it
 * returns stops both, whatever the tests did.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../scripts/serve-dist.ts';
import { CHROMIUM, launchBrowserServer } from './lib/browser.ts';
import { ensureBuilt } from './lib/build.ts';
import { DIST } from './lib/site.ts';

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
    throw new Error(`No Chromium at ${CHROMIUM}. Install it: apt-get update && apt-get install -y chromium fonts-noto-cjk (or run "npm run test:all").`);
  }
  await ensureBuilt();

  const server = await serveDist({ dir: DIST });
  let browser;
  try {
    browser = await launchBrowserServer();
  } catch (error) {
    await server.close();
    throw error;
  }
  project.provide('baseUrl', server.url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  console.log(`[e2e] serving ${DIST} at ${server.url}/`);

  return async () => {
    await Promise.allSettled([browser.close(), server.close()]);
  };
}
