/**
 * `node scripts/finish-build.ts [astro options]`: the step after `astro build` (src/build/finish.ts) —
 * the pictures, then the compressed copies — in a process of its own. scripts/build.sh runs it with the
 * options it gave astro, so it finds the same output folder (`--outDir`, default dist/). It reads and
 * scores the data again (≈ 1 s at 10 years × 300 units): a process that starts empty is the point.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkBoard } from '../src/data/board.ts';
import { finishBuild } from '../src/build/finish.ts';
import { boardConfigOrExit } from '../src/lib/config.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } }, strict: false });
boardConfigOrExit();
const time = () => new Date().toTimeString().slice(0, 8);
await finishBuild(resolve(String(values.outDir)), checkBoard(), (step, line) =>
  console.log(`${time()} [${step}] ${line}`),
);
