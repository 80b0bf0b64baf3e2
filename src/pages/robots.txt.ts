/** /robots.txt: everything may be crawled except the chrome-less embeds; the sitemap's address. */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  new Response(
    ['User-agent: *', 'Disallow: /embed/', `Sitemap: ${new URL('/sitemap-index.xml', site)}`, ''].join('\n'),
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
