/**
 * The Astro integration that checks the data once, when `astro build` starts (see board.ts): a bad
 * file stops the build before it writes anything; a good board is scored once for every page.
 */
import type { AstroIntegration } from 'astro';
import { checkBoard } from './board.ts';

export const boardData = (): AstroIntegration => ({
  name: 'board-data',
  hooks: {
    'astro:build:start': ({ logger }) => {
      checkBoard((line) => logger.info(line));
    },
  },
});
