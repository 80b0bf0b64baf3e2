/**
 * The site as nginx serves it with the repository's configuration (deploy/nginx/): a real nginx on a free
 * loopback port, in the foreground with a prefix of its own, serving the built site. Checks the headers of each
 * kind of response, the precompressed copies, the 404 page, who may frame what (in Chromium), and that no page
 * breaks the header's Content-Security-Policy.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, get as httpGet, request as httpRequest, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cspConf, pagesPolicy } from '../scripts/nginx-csp.ts';
import { connectBrowser } from './lib/browser.ts';
import { newInspectionContext, PageInspector } from './lib/inspect.ts';
import {
  CONFIG_DIR,
  hasBrotli,
  nginxPrefix,
  nginxTest,
  selfSignedCertificate,
  startNginx,
  type RunningNginx,
} from './lib/nginx.ts';
import { builtPages, DIST, rankingPeriod } from './lib/site.ts';

const pages = builtPages();
const ranking = pages.find((p) => rankingPeriod(p.path))!.path;
const embed = pages.find((p) => p.path.startsWith('/embed/'))!.path;
const data = readdirSync(join(DIST, 'data'));
const csv = `/data/${data.find((f) => f.endsWith('.csv'))}`;
const json = `/data/${data.find((f) => f.endsWith('.json'))}`;
const css = `/_astro/${readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'))}`;
const image =
  pages.length &&
  `/images/${readdirSync(join(DIST, 'images'), { recursive: true }).find((f) => String(f).endsWith('.png'))}`;
const brotli = hasBrotli();

let nginx: RunningNginx;
/** The same site through https.conf: HTTPS on one port, its HTTP port only redirecting. */
let tls: RunningNginx;
const certificate = selfSignedCertificate();
const prefixes: string[] = [];
beforeAll(async () => {
  nginx = await startNginx(DIST, { brotli });
  tls = await startNginx(DIST, { brotli, https: certificate });
}, 30_000);
afterAll(async () => {
  await nginx?.stop();
  await tls?.stop();
  for (const prefix of [...prefixes, certificate.dir]) rmSync(prefix, { recursive: true, force: true });
});

interface Raw {
  status: number;
  headers: Headers;
  /** The bytes as sent (fetch would undo the content encoding). */
  body: Buffer;
}
/** Status, headers and the body exactly as nginx sent it, once the response ends. */
const collect = (resolve: (raw: Raw) => void) => (response: IncomingMessage) => {
  const chunks: Buffer[] = [];
  response.on('data', (c: Buffer) => chunks.push(c));
  response.on('end', () => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) if (value) headers.set(name, String(value));
    resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
  });
};

/** GET with the given Accept-Encoding; the body exactly as nginx sent it. */
const get = (path: string, encoding = 'identity') =>
  new Promise<Raw>((resolve, reject) => {
    httpGet(nginx.url + path, { headers: { 'accept-encoding': encoding } }, collect(resolve)).on('error', reject);
  });
const headersOf = get;

/** GET over HTTPS, trusting only the test's own certificate. */
const getTls = (path: string) =>
  new Promise<Raw>((resolve, reject) => {
    httpsGet(
      tls.httpsUrl + path,
      { ca: readFileSync(certificate.cert), headers: { 'accept-encoding': 'identity' } },
      collect(resolve),
    ).on('error', reject);
  });

/** A request nginx answers itself with an error: the status and the header lines as sent. */
const rawRequest = (url: string, text: string) =>
  new Promise<{ status: number; headers: Headers }>((resolve, reject) => {
    const { port } = new URL(url);
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(text));
    let reply = '';
    socket.setEncoding('latin1').on('data', (chunk: string) => (reply += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [statusLine, ...lines] = reply.split('\r\n\r\n')[0].split('\r\n');
      const headers = new Headers();
      for (const line of lines)
        headers.append(line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim());
      resolve({ status: Number(statusLine.split(' ')[1]), headers });
    });
  });

/** A POST to a static page: nginx's own 405. */
const post = (path: string) =>
  new Promise<Raw>((resolve, reject) => {
    const request = httpRequest(nginx.url + path, { method: 'POST' }, (response) => {
      response.resume();
      response.on('end', () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(response.headers)) if (value) headers.set(name, String(value));
        resolve({ status: response.statusCode ?? 0, headers, body: Buffer.alloc(0) });
      });
    });
    request.on('error', reject);
    request.end('x=1');
  });

const SHORT = 'public, max-age=300, must-revalidate';
const YEAR = 'public, max-age=31536000, immutable';
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

/** The headers that do not depend on the kind of response (nor on whether nginx made it itself). */
function expectBaseHeaders(headers: Headers, { hsts = false } = {}) {
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(headers.get('server')).toBe('nginx'); // no version
  expect(headers.get('permissions-policy')).toContain('camera=(), geolocation=()');
  expect(headers.get('permissions-policy')).toContain('microphone=()');
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(headers.get('x-permitted-cross-domain-policies')).toBe('none');
  // HSTS only over HTTPS (https.conf), never on plain HTTP (site.conf).
  expect(headers.get('strict-transport-security')).toBe(hsts ? 'max-age=31536000' : null);
}

/** What every response carries, whatever its kind. `shared`: other sites may frame it / load it (CORP). */
function expectSecurityHeaders(headers: Headers, frameable: boolean, { shared = frameable, hsts = false } = {}) {
  expectBaseHeaders(headers, { hsts });
  const csp = headers.get('content-security-policy') ?? '';
  expect(directive(csp, 'frame-ancestors')).toBe(frameable ? 'frame-ancestors *' : "frame-ancestors 'none'");
  expect(headers.get('x-frame-options')).toBe(frameable ? null : 'DENY');
  expect(headers.get('cross-origin-resource-policy')).toBe(shared ? 'cross-origin' : 'same-origin');
}

describe('the nginx configuration in deploy/nginx/', () => {
  const prefix = (options: Parameters<typeof nginxPrefix>[0]) => {
    const dir = nginxPrefix(options);
    prefixes.push(dir);
    return dir;
  };

  it('passes nginx -t as shipped without a warning (and with the brotli include where the module is installed)', () => {
    const { status, output } = nginxTest(prefix({}));
    expect(output).not.toMatch(/\[(warn|emerg|error)\]/);
    expect(status, output).toBe(0);
    if (brotli) expect(nginxTest(prefix({ brotli: true })).status).toBe(0);
    // …and nginx -t does find a mistake.
    const broken = prefix({});
    const board = join(broken, 'conf', 'paihangbang', 'board.conf');
    writeFileSync(board, readFileSync(board, 'utf8').replace('gzip_static on;', 'gzip_statik on;'));
    expect(nginxTest(broken).status).not.toBe(0);
  });

  it('passes nginx -t with https.conf as shipped, but for its certificate paths (a self-signed one)', () => {
    const { status, output } = nginxTest(prefix({ https: certificate }));
    expect(output).not.toMatch(/\[(warn|emerg|error)\]/);
    expect(status, output).toBe(0);
  });

  it("sends the pages' own Content-Security-Policy as a header (csp.conf matches this build)", async () => {
    expect(readFileSync(join(CONFIG_DIR, 'csp.conf'), 'utf8')).toBe(cspConf(pagesPolicy(DIST)));
    const meta = pagesPolicy(DIST);
    const header = (await headersOf(ranking)).headers.get('content-security-policy') ?? '';
    for (const name of ['script-src', 'style-src']) expect(directive(header, name)).toBe(directive(meta, name));
    expect(directive(header, 'object-src')).toBe("object-src 'none'");
  });
});

describe('responses as nginx sends them', () => {
  it('a ranking page: HTML in UTF-8, short cache with revalidation, not frameable', async () => {
    const { status, headers } = await headersOf(ranking);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(headers.get('cache-control')).toBe(SHORT);
    expect(headers.get('etag')).toBeTruthy();
    expectSecurityHeaders(headers, false);
  });

  it('an embed: the same, but any site may frame it', async () => {
    const { status, headers } = await headersOf(embed);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(headers.get('cache-control')).toBe(SHORT);
    expectSecurityHeaders(headers, true);
  });

  it('a CSV download: text/csv in UTF-8, short cache with revalidation; JSON as application/json', async () => {
    const { status, headers } = await headersOf(csv);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('cache-control')).toBe(SHORT);
    expectSecurityHeaders(headers, false);
    expect((await headersOf(json)).headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('the feed and the XML sitemap: short cache with revalidation', async () => {
    for (const path of ['/feed.xml', '/sitemap-index.xml']) {
      const { status, headers } = await headersOf(path);
      expect(status, path).toBe(200);
      expect(headers.get('content-type'), path).toBe('text/xml; charset=utf-8');
      expect(headers.get('cache-control'), path).toBe(SHORT);
    }
  });

  it('a hashed asset under /_astro/: kept a year, immutable', async () => {
    const { status, headers } = await headersOf(css);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(headers.get('cache-control')).toBe(YEAR);
    expectSecurityHeaders(headers, false);
  });

  it('an image (slides, the WeChat long image, link previews): other sites and WeChat may load it', async () => {
    const { status, headers } = await headersOf(String(image));
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('image/png');
    expect(headers.get('cache-control')).toBe(SHORT);
    expectSecurityHeaders(headers, false, { shared: true });
    const preview = readdirSync(join(DIST, 'images', 'preview')).find((f) => f.endsWith('.png'));
    expectSecurityHeaders((await headersOf(`/images/preview/${preview}`)).headers, false, { shared: true });
  });

  it('the errors nginx makes itself (405 for a POST, 400 for a request without Host) carry the security headers', async () => {
    const notAllowed = await post(ranking);
    expect(notAllowed.status).toBe(405);
    expectSecurityHeaders(notAllowed.headers, false);
    const bad = await rawRequest(nginx.url, 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(bad.status).toBe(400);
    expectSecurityHeaders(bad.headers, false);
  });

  it("a missing page: the site's 404 page with status 404 and the same headers", async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.body.toString('utf8')).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
    expectSecurityHeaders(response.headers, false);
  });

  it('lists no folder (a folder without a page is a 404) and redirects a folder without its slash, relatively', async () => {
    for (const path of ['/_astro/', '/data/../_astro/', '/embed/'])
      expect((await headersOf(path)).status, path).toBe(404);
    const redirect = await headersOf('/rankings');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/rankings/');
  });

  it('serves the precompressed .gz (and .br where nginx has brotli) written by the build, byte for byte', async () => {
    for (const path of [ranking, csv, css]) {
      const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
      const gz = await get(path, 'gzip');
      const body = gz.body;
      expect(gz.headers.get('content-encoding'), path).toBe('gzip');
      expect(gz.headers.get('vary'), path).toBe('Accept-Encoding');
      // The copy on disk, sent as it is (gzip on the fly would send other bytes, without a length).
      expect(body.equals(readFileSync(`${file}.gz`)), path).toBe(true);
      expect(Number(gz.headers.get('content-length'))).toBe(statSync(`${file}.gz`).size);
      expect(gunzipSync(body).equals(readFileSync(file))).toBe(true);
      const br = await get(path, 'br, gzip');
      const brBody = br.body;
      if (brotli) {
        expect(br.headers.get('content-encoding')).toBe('br');
        expect(brotliDecompressSync(brBody).equals(readFileSync(file))).toBe(true);
      } else expect(br.headers.get('content-encoding')).toBe('gzip');
    }
  });
});

describe('over HTTPS (https.conf, a certificate made by openssl for the test)', () => {
  it('serves the site over HTTPS with HSTS and every other header as over HTTP', async () => {
    for (const [path, frameable] of [
      [ranking, false],
      [embed, true],
      [csv, false],
    ] as const) {
      const { status, headers } = await getTls(path);
      expect(status, path).toBe(200);
      expect(headers.get('cache-control'), path).toBe(SHORT);
      expectSecurityHeaders(headers, frameable, { hsts: true });
    }
    const missing = await getTls('/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString('utf8')).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
    expectSecurityHeaders(missing.headers, false, { hsts: true });
  });

  it('redirects every plain HTTP request to the same address over HTTPS, permanently, without HSTS', async () => {
    for (const path of [ranking, `${csv}?x=1`, '/no-such-page/']) {
      const { status, headers, body } = await new Promise<Raw>((resolve, reject) =>
        httpGet(tls.url + path, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('end', () => {
            const headers = new Headers();
            for (const [name, value] of Object.entries(response.headers)) if (value) headers.set(name, String(value));
            resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
          });
        }).on('error', reject),
      );
      expect(status, path).toBe(301);
      expect(headers.get('location'), path).toBe(`https://127.0.0.1${path}`);
      expect(body.toString('utf8')).not.toContain('排行');
      expectBaseHeaders(headers);
    }
  });
});

describe('the site under the header policy, in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await connectBrowser(inject('wsEndpoint'));
    context = await newInspectionContext(browser, 1024);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('lets another site frame an embed, and not a ranking page', async () => {
    // Another site: a page served from this machine under another host name and port (a page from a public
    // address framing a loopback one would meet Chromium's local-network checks instead).
    const host = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><title>别的网站</title>` +
          `<iframe id="embed" src="${nginx.url}${embed}"></iframe>` +
          `<iframe id="ranking" src="${nginx.url}${ranking}"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const other = `http://localhost:${(host.address() as AddressInfo).port}`;
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/frame-ancestors|Refused to (display|frame)/.test(m.text())) blocked.push(m.text());
    });
    await page.goto(`${other}/`, { waitUntil: 'load' });
    /** What the frame shows: the page's own title, or Chromium's error page when the page refused to be framed. */
    const frameShows = async (id: string) => {
      const frame = await (await page.$(`#${id}`))!.contentFrame();
      const title = await frame!.evaluate(() => document.title).catch(() => '');
      return { url: frame!.url(), title };
    };
    await expect.poll(async () => (await frameShows('embed')).title).toContain('排行');
    const refused = await frameShows('ranking');
    expect(refused.url).toBe('chrome-error://chromewebdata/');
    expect(refused.title).not.toContain('排行');
    expect(blocked.join('\n')).toContain("frame-ancestors 'none'");
    await page.close();
    await new Promise((resolve) => host.close(resolve));
  });

  it('logs no CSP violation on any kind of page', async () => {
    const inspector = await PageInspector.open(context);
    const kinds = [
      '/',
      ranking,
      embed,
      ...['/units/', '/slides/', '/methodology/', '/data/', '/corrections/', '/assessments/', '/projects/'].flatMap(
        (prefix) =>
          pages
            .filter((p) => p.path.startsWith(prefix))
            .slice(0, 2)
            .map((p) => p.path),
      ),
      '/no-such-page/',
    ];
    const found: string[] = [];
    for (const path of kinds) {
      const seen = await inspector.inspect(nginx.url + path, { width: 1024, axe: false });
      found.push(...seen.cspViolations.map((v) => `${path}: ${v}`));
      found.push(...seen.consoleErrors.filter((e) => /Content Security Policy/i.test(e)).map((e) => `${path}: ${e}`));
    }
    await inspector.close();
    expect(kinds.length).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });
});
