// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { boardData } from './src/data/integration.ts';
import { pictures } from './src/build/pictures.ts';
import { precompressed } from './src/build/precompress.ts';
import { boardConfigOrExit } from './src/lib/config.ts';

// Every BOARD_* setting is checked before anything else: a wrong value stops here with its message.
const config = boardConfigOrExit();

export default defineConfig({
  // Where the board is published (BOARD_SITE_URL); used for absolute links in feeds and the sitemap.
  site: config.siteUrl,
  trailingSlash: 'always',
  // The sitemap leaves out the chrome-less embeds (their ranking page is the one to index).
  // boardData: reads and validates data/ once, before the build writes anything (src/data/board.ts).
  // pictures: /images/ from the image cache, drawing only what it lacks (src/build/pictures.ts), before the
  // compressed copies are made. precompressed: .gz and .br beside every text file once the build is done
  // (src/build/precompress.ts), last so that the sitemap's and the pictures' files have them too.
  integrations: [
    boardData(),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/embed/') }),
    pictures(),
    precompressed(),
  ],
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy meta tag with hashes on every page: no inline styles or handlers.
  security: { csp: true },
  build: { inlineStylesheets: 'never' },
});
