/**
 * A tiny static file server for the built site, loopback only. Used by the e2e tests and the
 * screenshot script; also handy by hand:
 *
 *   npm run serve [-- dist-preview] [--port 4321]     (or --dir dist-preview; --help)
 *
 * Directory URLs serve their index.html (trailingSlash 'always': /x/ → dist/x/index.html). A
 * directory asked for without its trailing slash gets a 301 to the slashed URL, like most static
 * hosts. Anything else that is missing is a 404 (served from dist/404.html when there is one).
 *
 * Like a real static host it gzips text when the browser accepts it, and lets browsers keep
 * Astro's content-hashed files (/_astro/…) for a year; everything else is revalidated on each
 * visit (no-cache), so a rebuild shows at once. Lighthouse (npm run lighthouse) scores this setup.
 */
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { t } from '../src/lib/messages/index.ts';
import { defineCommand, usageError } from './cli.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.xsl': 'application/xslt+xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Text and SVG shrink when gzipped; PNG, fonts, PDF and ZIP are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|rss\+xml|atom\+xml|xslt\+xml)|image\/svg\+xml)/;

/** Astro names bundled files by their content hash: they never change, so they may be kept. */
export function cacheControl(pathname: string): string {
  return pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  port: number;
  server: Server;
  close: () => Promise<void>;
}

async function fileAt(path: string) {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/** Starts serving `dir` on 127.0.0.1; port 0 (the default) picks a free port. */
export async function serveDist({
  dir = 'dist',
  port = 0,
}: { dir?: string; port?: number } = {}): Promise<RunningServer> {
  const root = resolve(dir);

  const server = createServer(async (req, res) => {
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method Not Allowed', { allow: 'GET, HEAD' });
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return send(400, 'Bad Request');
      }
      const target = resolve(join(root, pathname));
      if (target !== root && !target.startsWith(root + sep)) return send(403, 'Forbidden');

      let file = target;
      let info = await fileAt(file);
      if (info?.isDirectory()) {
        if (!pathname.endsWith('/'))
          return send(301, 'Moved Permanently', { location: `${url.pathname}/${url.search}` });
        file = join(target, 'index.html');
        info = await fileAt(file);
      }
      if (!info?.isFile()) {
        const notFound = join(root, '404.html');
        const page = await fileAt(notFound);
        if (page?.isFile()) {
          res.writeHead(404, { 'content-type': CONTENT_TYPES['.html'], 'content-length': page.size });
          if (req.method === 'HEAD') return res.end();
          return createReadStream(notFound).pipe(res);
        }
        return send(404, `Not Found: ${pathname}`);
      }
      const type = contentType(file);
      const headers: Record<string, string | number> = {
        'content-type': type,
        'cache-control': cacheControl(url.pathname),
        vary: 'accept-encoding',
      };
      const gzip = COMPRESSIBLE.test(type) && acceptsGzip(req);
      if (gzip) headers['content-encoding'] = 'gzip';
      else headers['content-length'] = info.size;
      res.writeHead(200, headers);
      if (req.method === 'HEAD') return res.end();
      const body = createReadStream(file).on('error', () => res.destroy());
      if (gzip)
        body
          .pipe(createGzip())
          .on('error', () => res.destroy())
          .pipe(res);
      else body.pipe(res);
    } catch (error) {
      if (!res.headersSent) send(500, `Internal Server Error: ${(error as Error).message}`);
      else res.destroy();
    }
  });

  // Keep-alive sockets would hold close() open; track and end them.
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen());
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    server,
    close: () =>
      new Promise<void>((resolveClose) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolveClose());
      }),
  };
}

export const serve = defineCommand({
  name: 'serve',
  audience: 'clerk',
  help: 'clerk.serveHelp',
  positionals: true,
  options: { port: { type: 'string', default: '4321' }, dir: { type: 'string' } },
  async run({ values, positionals }) {
    // `npm run serve -- dist-preview` or `-- --dir dist-preview`; dist/ when neither is given.
    const dir = positionals[0] ?? values.dir ?? 'dist';
    if (positionals.length > 1 || !existsSync(join(dir, 'index.html')))
      usageError(t(positionals.length > 1 ? 'clerk.serveOneFolder' : 'clerk.serveNoSite', { dir }));
    const running = await serveDist({ dir, port: Number(values.port) });
    console.log(t('clerk.serving', { dir, url: running.url }));
    const stop = () => running.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
});
