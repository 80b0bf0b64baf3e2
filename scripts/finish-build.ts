/**
 * `node scripts/board.ts finish-build [astro options]`: the step after `astro build` (src/build/finish.ts) —
 * the pictures, then the compressed copies — in a process of its own. scripts/build.sh runs it with the
 * options it gave astro, so it finds the same output folder (`--outDir`, default dist/). It reads and
 * scores the data again (≈ 1 s at 10 years × 300 units): a process that starts empty is the point.
 */
import { resolve } from 'node:path';
import { checkBoard } from '../src/data/board.ts';
import { finishBuild as finish } from '../src/build/finish.ts';
import { boardConfig, boardConfigOrExit } from '../src/lib/config.ts';
import { drawThreads } from '../src/build/draw-threads.ts';
import { defineCommand } from './cli.ts';

export const finishBuild = defineCommand({
  name: 'finish-build',
  audience: 'developer',
  help: 'cli.finishBuild.help',
  passThrough: true,
  options: { outDir: { type: 'string', default: 'dist' } },
  async run({ values }) {
    boardConfigOrExit();
    const time = () => new Date().toTimeString().slice(0, 8);
    // Drawing on both cores: a process of its own, so its threads add to no page's memory.
    await finish(
      resolve(String(values.outDir)),
      checkBoard,
      (step, line) => console.log(`${time()} [${step}] ${line}`),
      () => drawThreads(boardConfig().imageCache),
    );
  },
});
