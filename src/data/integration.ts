/**
 * The Astro integration that checks the data once, when `astro build` starts (see board.ts): a bad
 * file stops the build before it writes anything; a good board is scored once for every page.
 */
import type { AstroIntegration } from 'astro';
import { checkBoard, DataError } from './board.ts';

export const boardData = (): AstroIntegration => ({
  name: 'board-data',
  hooks: {
    'astro:build:start': ({ logger }) => {
      try {
        checkBoard((line) => logger.info(line));
      } catch (error) {
        if (!(error instanceof DataError)) throw error;
        // A data problem is told once, in the clerk's words, and stops the build before anything is written:
        // not rethrown, so Astro adds no stack trace (the problem is in the data, not the code).
        console.error(error.message);
        process.exit(1);
      }
    },
  },
});
