// Unit tests: `npm test` (= `vitest run`) runs every *.test.ts / *.spec.ts outside e2e/, as
// before this file existed. The browser tests against the built site have their own config:
// vitest.e2e.config.ts (`npm run test:e2e`).
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, 'e2e/**', 'dist/**', '.astro/**'],
  },
});
