/**
 * A real nginx serving a built site with the repository's configuration (deploy/nginx/), for the tests:
 * unprivileged-style, in a prefix folder of its own (config, pid, logs, temp folders), on a free loopback
 * port, in the foreground (`daemon off`, one process), stopped by its process id.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './site.ts';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const CONFIG_DIR = join(ROOT, 'deploy', 'nginx');
/** Debian's brotli module (libnginx-mod-http-brotli-static), used when it is installed. */
export const BROTLI_MODULE = '/usr/share/nginx/modules/ngx_http_brotli_static_module.so';
export const hasBrotli = (): boolean => existsSync(BROTLI_MODULE);

/** A port nobody listens on right now (the kernel's choice). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A self-signed certificate for 127.0.0.1 and localhost, made by openssl now (valid a day). */
export function selfSignedCertificate(): { cert: string; key: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-tls-'));
  const cert = join(dir, 'fullchain.pem');
  const key = join(dir, 'privkey.pem');
  const run = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`openssl could not make a certificate: ${run.stderr}`);
  return { cert, key, dir };
}

/** Serving over HTTPS with https.conf: its two ports and the certificate to use instead of the placeholders. */
export type HttpsOptions = { port?: number; httpPort?: number; cert: string; key: string };

/**
 * An nginx prefix: conf/nginx.conf (written here), conf/mime.types (Debian's), conf/paihangbang/ (a copy of
 * deploy/nginx/ with site.conf's — or, with `https`, https.conf's — listen and root pointed at the port and the
 * site). `root` undefined keeps the file as shipped but for the certificate's paths (for nginx -t).
 */
export function nginxPrefix(options: { port?: number; root?: string; brotli?: boolean; https?: HttpsOptions }): string {
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-board-'));
  const conf = join(prefix, 'conf');
  for (const dir of ['conf', 'logs', 'tmp']) mkdirSync(join(prefix, dir));
  cpSync(CONFIG_DIR, join(conf, 'paihangbang'), { recursive: true });
  copyFileSync('/etc/nginx/mime.types', join(conf, 'mime.types'));
  const siteName = options.https ? 'https.conf' : 'site.conf';
  const site = join(conf, 'paihangbang', siteName);
  let text = readFileSync(site, 'utf8');
  const { https } = options;
  if (https) {
    text = text
      .replace(/^(\s*ssl_certificate) \S+;$/m, `$1 ${https.cert};`)
      .replace(/^(\s*ssl_certificate_key) \S+;$/m, `$1 ${https.key};`);
    if (https.port !== undefined)
      text = text.replace(/^(\s*)listen 443 ssl;$/m, `$1listen 127.0.0.1:${https.port} ssl;`);
    if (https.httpPort !== undefined)
      text = text.replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${https.httpPort};`);
  }
  if (options.port !== undefined) text = text.replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${options.port};`);
  if (options.root !== undefined) text = text.replace(/^(\s*)root \S+;$/m, `$1root ${options.root};`);
  if (options.brotli)
    text = text.replace(
      'include paihangbang/board.conf;',
      'include paihangbang/board.conf;\n    include paihangbang/brotli.conf;',
    );
  writeFileSync(site, text);
  const tmp = (name: string) => `${name}_temp_path ${join(prefix, 'tmp', name)};`;
  writeFileSync(
    join(conf, 'nginx.conf'),
    [
      'daemon off;',
      'master_process off;',
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'logs', 'error.log')} warn;`,
      options.brotli ? `load_module ${BROTLI_MODULE};` : '',
      'events { worker_connections 64; }',
      'http {',
      '  include mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      `  client_body_temp_path ${join(prefix, 'tmp', 'client_body')};`,
      `  ${tmp('proxy')} ${tmp('fastcgi')} ${tmp('uwsgi')} ${tmp('scgi')}`,
      '  sendfile on;',
      `  include paihangbang/${siteName};`,
      '}',
      '',
    ].join('\n'),
  );
  return prefix;
}

const args = (prefix: string) => ['-p', prefix, '-c', join(prefix, 'conf', 'nginx.conf')];

/** `nginx -t` on a prefix: its exit status and what it printed. */
export function nginxTest(prefix: string): { status: number | null; output: string } {
  const run = spawnSync(NGINX, ['-t', ...args(prefix)], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

export interface RunningNginx {
  url: string;
  /** With `https`: the HTTPS address (its HTTP one, `url`, only redirects). */
  httpsUrl?: string;
  prefix: string;
  stop: () => Promise<void>;
}

async function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Starts nginx serving `root` on a free loopback port; `stop()` ends that one process and removes its prefix. */
export async function startNginx(
  root: string,
  options: { brotli?: boolean; https?: { cert: string; key: string } } = {},
): Promise<RunningNginx> {
  const port = await freePort();
  const httpsPort = options.https ? await freePort() : undefined;
  const prefix = options.https
    ? nginxPrefix({ root, brotli: options.brotli, https: { ...options.https, port: httpsPort, httpPort: port } })
    : nginxPrefix({ port, root, brotli: options.brotli });
  const child: ChildProcess = spawn(NGINX, args(prefix), { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT'); // graceful: finish the requests in hand
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    if ((await answers(port)) && (httpsPort === undefined || (await answers(httpsPort))))
      return {
        url: `http://127.0.0.1:${port}`,
        httpsUrl: httpsPort === undefined ? undefined : `https://127.0.0.1:${httpsPort}`,
        prefix,
        stop,
      };
    await new Promise((r) => setTimeout(r, 50));
  }
  const log = existsSync(join(prefix, 'logs', 'error.log'))
    ? readFileSync(join(prefix, 'logs', 'error.log'), 'utf8')
    : '';
  await stop();
  throw new Error(`nginx did not start on port ${port}: ${stderr}${log}`);
}
