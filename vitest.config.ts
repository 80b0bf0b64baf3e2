// `npm test` (= `vitest run --project fast`): the inner loop — unit, golden, bad-input and other tests
// that take seconds. `npm run test:slow` (= `vitest run --project slow`): the files that build whole
// sites, run LibreOffice, deploy with rsync or run CI tools — minutes on a 2-core machine.
// `npx vitest run` (no --project) runs both, as `npm run test:all` does. Browser tests against the
// built site have their own config: vitest.e2e.config.ts (`npm run test:e2e`).
import { configDefaults, defineConfig } from 'vitest/config';

/** The slow tier: each of these takes tens of seconds or more (measured in docs/testing.md). */
export const SLOW = [
  'test/another-city.test.ts',
  'test/bad-data-stops-build.test.ts',
  'test/deploy.test.ts',
  'test/excel-libreoffice.test.ts',
  'test/gitlab-ci.test.ts',
  'test/hostile-text.test.ts',
  'test/independent-check.test.ts',
  'test/month-command.test.ts',
  'test/settings.test.ts',
  'test/stage-boundaries.test.ts',
  'test/start-command.test.ts',
];

const exclude = [...configDefaults.exclude, 'e2e/**', 'dist/**', 'dist-preview/**', '.astro/**'];

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          exclude: [...exclude, ...SLOW],
          // One process per worker for all its files: importing the same modules for each file took a
          // third of the tier's time. The set-up file gives each file a fresh environment and folder.
          isolate: false,
          setupFiles: ['test/support/fresh-process.ts'],
        },
      },
      { extends: true, test: { name: 'slow', include: SLOW, exclude } },
    ],
  },
});
