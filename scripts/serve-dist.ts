/**
 * The built site served on this machine (loopback only), by `sirv`: for the e2e tests, the screenshot,
 * print-preview and Lighthouse scripts, and by hand:
 *
 *   npm run serve [-- dist-preview] [--port 4321]     (or --dir dist-preview; --help)
 *
 * It answers as nginx does in deploy/nginx/ (e2e/nginx.test.ts): directory URLs serve their index.html
 * (trailingSlash 'always') and one asked for without its slash gets a 301 to the slashed URL; anything
 * else missing is the site's 404.html with status 404; the build's .br/.gz copies are sent as they are
 * to a browser that accepts them; Astro's content-hashed files (/_astro/…) may be kept a year and all
 * else is revalidated on each visit (no-cache). Files are looked up on each request (sirv's `dev`), so
 * a rebuild, or a picture drawn after the pages, shows at once. Lighthouse (npm run lighthouse) scores
 * this setup.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { t } from '../src/lib/messages/index.ts';
import { defineCommand, usageError } from './cli.ts';

/** Astro names bundled files by their content hash: they never change, so they may be kept. */
export function cacheControl(pathname: string): string {
  return pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** sirv gives a charset to HTML only; the CSV, JSON, scripts and SVG are UTF-8 Chinese text too. */
const TEXT = /^(text\/|application\/(json|manifest\+json|xml|rss\+xml|atom\+xml|xslt\+xml)$|image\/svg\+xml$)/;
/** What mrmime does not know: the workbooks, and files named without an ending (SHA256SUMS). */
const OTHER_TYPES: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ico': 'image/x-icon',
};
export function contentType(pathname: string): string {
  const type = pathname.endsWith('/')
    ? 'text/html' // a page: /x/ is /x/index.html
    : (OTHER_TYPES[extname(pathname).toLowerCase()] ?? lookup(pathname) ?? 'application/octet-stream');
  return type && TEXT.test(type) ? `${type}; charset=utf-8` : type;
}

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  port: number;
  server: Server;
  close: () => Promise<void>;
}

const isDirectory = (path: string) =>
  stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts serving `dir` on 127.0.0.1; port 0 (the default) picks a free port. */
export async function serveDist({
  dir = 'dist',
  port = 0,
  finishing = () => undefined,
}: {
  dir?: string;
  port?: number;
  /**
   * While the pictures and PDFs are still being made after the pages (`npm start`), the finish to wait
   * for before a missing file is answered 404: a picture asked for early comes once it is drawn.
   */
  finishing?: () => Promise<unknown> | undefined;
} = {}): Promise<RunningServer> {
  const root = resolve(dir);
  const files = sirv(root, {
    dev: true,
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ['html'],
    setHeaders: (res, pathname) => {
      res.setHeader('cache-control', cacheControl(pathname));
      // The type of the file asked for, also when its .br or .gz copy is sent.
      res.setHeader('content-type', contentType(pathname));
    },
    onNoMatch: (req, res) => {
      readFile(join(root, '404.html')).then(
        (page) => {
          res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
          res.end(req.method === 'HEAD' ? undefined : page);
        },
        () => {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('Not Found');
        },
      );
    },
  });

  const server = createServer((req, res) => {
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
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
    // sirv would serve /x/index.html at /x: the page's relative links need /x/, as nginx redirects.
    const redirect = pathname.endsWith('/') ? Promise.resolve(false) : isDirectory(target);
    redirect.then(
      (toSlash) => {
        if (toSlash) return send(301, 'Moved Permanently', { location: `${url.pathname}/${url.search}` });
        // While the finish runs, a missing file is looked for again every quarter second until it is
        // made or the finish ends; then, still missing, it is the 404 page.
        const attempt = () => {
          const later = finishing();
          if (res.destroyed) return;
          files(req, res, later ? () => void Promise.race([later, pause(250)]).then(attempt) : undefined);
        };
        attempt();
      },
      () => send(500, 'Internal Server Error'),
    );
  });

  // Keep-alive sockets would hold close() open; track and end them.
  const sockets = new Set<Socket>();
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
    // A signal handler cannot wait: the process ends once the server has closed, or failed to.
    const stop = () => void running.close().finally(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
});
