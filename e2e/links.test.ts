/** No built page links to, loads or embeds an internal URL that dist/ does not hold. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import config from '../astro.config.mjs';
import { brokenReason, referencesIn } from './lib/links.ts';
import { builtPages } from './lib/site.ts';

/** Absolute links to the published site (canonical, og:image, feeds) must exist too. */
const siteOrigin = config.site ? new URL(config.site).origin : undefined;
const pages = builtPages();

test('the site has built pages to check links on', () => {
  expect(pages.length, 'dist/ holds no HTML pages').toBeGreaterThan(0);
});

describe.each(pages)('$path', ({ file, path }) => {
  test('has no broken internal links', () => {
    const broken = referencesIn(readFileSync(file, 'utf8')).flatMap((ref) => {
      const reason = brokenReason(path, ref, siteOrigin);
      return reason ? [`${path}: ${ref.where} "${ref.url}" — ${reason}`] : [];
    });
    expect(broken).toEqual([]);
  });
});
