// End-to-end tests against the built site: `npm run test:e2e`.
// e2e/global-setup.ts builds dist/ if it is stale (E2E_BUILD=always|never to override), serves it
// on 127.0.0.1 and starts one headless Chromium (/usr/bin/chromium, or CHROME_PATH) that every
// test file connects to; its teardown stops both.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    teardownTimeout: 30_000,
    // Never retry: a flaky page is a failure to look at, not to hide.
    retry: 0,
  },
});
