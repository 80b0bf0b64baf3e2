/**
 * `npm start`, the newcomer's command: the pages are served as soon as they are written, before the
 * pictures and PDFs are made; a picture asked for early is answered once it is drawn; a port already
 * taken or data with an error stop it before anything is served, in the clerk's words.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROGRAM_MS } from './support/setup.ts';

const root = join(import.meta.dirname, '..');
const board = join(root, 'scripts', 'board.ts');
const work = mkdtempSync(join(tmpdir(), 'start-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const env = (data: string) => ({
  ...process.env,
  BOARD_LANG: 'zh',
  NO_COLOR: '1',
  BOARD_ROOT: data,
  BOARD_CURRENT_PERIOD: '2026-11',
  // A cache of its own, empty: every picture is drawn after the pages are served.
  BOARD_IMAGE_CACHE: join(work, 'cache'),
});
const minimal = join(root, 'test', 'fixtures', 'minimal');

describe('npm start', () => {
  it(
    'serves the pages before the pictures are drawn, and a picture asked for early once it is drawn',
    async () => {
      const child = spawn(process.execPath, [board, 'start', '--port', '0', '--dir', join(work, 'site')], {
        env: env(minimal),
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const waitFor = (pattern: RegExp) =>
        new Promise<RegExpExecArray>((resolve, reject) => {
          const look = setInterval(() => {
            const found = pattern.exec(output);
            if (found || child.exitCode !== null) clearInterval(look);
            if (found) resolve(found);
            else if (child.exitCode !== null) reject(new Error(output));
          }, 50);
        });
      try {
        const [, url] = await waitFor(/✓ 网站已可打开：(http:\/\/127\.0\.0\.1:\d+)\//);
        const home = await fetch(`${url}/`);
        expect(home.status).toBe(200);
        const html = await home.text();
        // Said before the pictures' step began: the site was served while they were still to draw.
        const pictures = output.indexOf('[board-pictures]');
        expect(pictures === -1 || pictures > output.indexOf('网站已可打开')).toBe(true);
        const preview = /<meta property="og:image" content="[^"]*?(\/images\/[^"]+\.png)"/.exec(html)?.[1];
        expect(preview).toBeDefined();
        const picture = await fetch(`${url}${preview}`);
        expect(picture.status).toBe(200);
        expect(picture.headers.get('content-type')).toBe('image/png');
        expect([...new Uint8Array(await picture.arrayBuffer()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
        await waitFor(/✓ 图片、PDF 和压缩副本都已生成/);
        const missing = await fetch(`${url}/images/not-a-picture.png`);
        expect(missing.status).toBe(404);
      } finally {
        child.kill('SIGINT');
      }
    },
    PROGRAM_MS * 2,
  );

  it(
    'says a port is taken before building anything',
    async () => {
      const holder = createServer();
      await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
      const { port } = holder.address() as AddressInfo;
      try {
        const started = spawnSync(process.execPath, [board, 'start', '--port', String(port)], {
          encoding: 'utf8',
          env: env(minimal),
          timeout: PROGRAM_MS,
        });
        expect(started.status).toBe(2);
        expect(started.stderr).toContain(`✗ 端口 ${port} 已被占用`);
        expect(started.stderr).toContain(`npm start -- --port ${port + 1}`);
        expect(started.stdout).not.toContain('[build]');
      } finally {
        holder.close();
      }
    },
    PROGRAM_MS,
  );

  it(
    'stops on a data error with the file and line, serving nothing',
    () => {
      const broken = join(work, 'broken');
      cpSync(minimal, broken, { recursive: true });
      writeFileSync(join(broken, 'data', 'units.yaml'), 'units:\n  - id: [\n');
      const started = spawnSync(process.execPath, [board, 'start', '--port', '0', '--dir', join(work, 'none')], {
        encoding: 'utf8',
        env: env(broken),
        timeout: PROGRAM_MS,
      });
      expect(started.status).toBe(1);
      expect(started.stdout + started.stderr).toMatch(/units\.yaml:\d+:\d+/);
      expect(started.stdout).not.toContain('网站已可打开');
    },
    PROGRAM_MS,
  );
});
