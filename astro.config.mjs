// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  // Where the board is published; used for absolute links in feeds and the sitemap.
  site: process.env.BOARD_SITE_URL ?? 'https://paihangbang.example.gov.cn',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy meta tag with hashes on every page: no inline styles or handlers.
  security: { csp: true },
  build: { inlineStylesheets: 'never' },
});
