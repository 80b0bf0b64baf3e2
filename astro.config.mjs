// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { boardData } from './src/data/integration.ts';
import { finish } from './src/build/finish.ts';
import { picturesInDev } from './src/build/pictures.ts';
import { boardConfigOrExit } from './src/lib/config.ts';

// Every BOARD_* setting is checked before anything else: a wrong value stops here with its message.
const config = boardConfigOrExit();

export default defineConfig({
  // Where the board is published (BOARD_SITE_URL); used for absolute links in feeds and the sitemap.
  site: config.siteUrl,
  trailingSlash: 'always',
  // The sitemap leaves out the chrome-less embeds (their ranking page is the one to index).
  // boardData: reads and validates data/ once, before the build writes anything (src/data/board.ts).
  // picturesInDev: /images/ drawn on request in `astro dev`. finish: once the pages are written, the pictures
  // (from the image cache, drawing only what it lacks) and a .gz and .br beside every text file — last, so the
  // sitemap's files have them too; `npm run build` runs that step in a process of its own (src/build/finish.ts).
  integrations: [
    boardData(),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/embed/') }),
    picturesInDev(),
    finish(),
  ],
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy meta tag with hashes on every page: no inline styles or handlers.
  security: { csp: true },
  build: { inlineStylesheets: 'never' },
});
