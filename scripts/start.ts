/**
 * `npm start [-- --port 4321] [--dir dist]`: the newcomer's command. Builds the pages of the shipped data (the same
 * `scripts/build.sh` as `npm run build`, told to stop once the pages are written), serves dist/ at
 * once and says where, then draws the pictures, prints the 督查通报 PDFs and makes the compressed copies
 * (`finish-build`) in the background. A picture or PDF asked for before it is made is answered once it
 * is (serve-dist.ts waits for the finish), so no page shows a broken image for long. A data error
 * stops it before anything is served, with the build's messages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { t } from '../src/lib/messages/index.ts';
import { EXIT, defineCommand, usageError } from './cli.ts';
import { serveDist } from './serve-dist.ts';

const ROOT = join(import.meta.dirname, '..');

/** Runs a program with this terminal; resolves with its exit code (1 when it was killed). */
function run(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.on('error', () => resolve(EXIT.data));
    child.on('exit', (code) => resolve(code ?? EXIT.data));
  });
}

/** Whether `port` can be listened on (127.0.0.1): asked before a build, not after it. */
const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

export const start = defineCommand({
  name: 'start',
  audience: 'clerk',
  help: 'clerk.startHelp',
  options: { port: { type: 'string', default: '4321' }, dir: { type: 'string', default: 'dist' } },
  async run({ values }) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) usageError(t('clerk.startBadPort', { port: values.port }));
    if (!(await portFree(port))) usageError(t('clerk.startPortTaken', { port, next: port + 1 }));

    const started = Date.now();
    const env = { ...process.env, BOARD_FINISH_APART: '1', BOARD_FINISH_LATER: '1' };
    const dir = resolve(String(values.dir));
    const outDir = ['--outDir', dir];
    const pages = await run(
      spawn('bash', [join(ROOT, 'scripts/build.sh'), ...outDir], { stdio: 'inherit', env, cwd: ROOT }),
    );
    if (pages !== 0) return EXIT.data;

    let finishing: Promise<number> | undefined;
    const server = await serveDist({ dir, port, finishing: () => finishing });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\n${t('clerk.startServing', { url: server.url, seconds })}\n`);

    // From the same folder as the pages' build: both read the data of BOARD_ROOT, else of ROOT.
    const finish = spawn(process.execPath, [join(ROOT, 'scripts/board.ts'), 'finish-build', ...outDir], {
      stdio: 'inherit',
      env,
      cwd: ROOT,
    });
    finishing = run(finish).then((code) => {
      finishing = undefined;
      console.log(`\n${t(code === 0 ? 'clerk.startFinished' : 'clerk.startFinishFailed', { url: server.url })}\n`);
      return code;
    });

    const stop = () => {
      finish.kill('SIGTERM');
      void server.close().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
});
