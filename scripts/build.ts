/**
 * `npm run build [-- astro options]`: `astro build`, started with four memory settings that a
 * running process cannot change for itself. Measured with `npm run bench:site` (10 years × 300
 * units, this machine): peak 1.17–1.22 GB without them, 0.82 GB with them, build time within noise.
 * - MIMALLOC_ARENA_EAGER_COMMIT=0, MIMALLOC_PURGE_DELAY=0: Vite's bundler (rolldown, Rust with the
 *   mimalloc allocator) otherwise keeps ≈ 150 MB committed after bundling, for the whole build.
 * - MALLOC_MMAP_THRESHOLD_=131072: glibc gives back each large buffer (pages and downloads of
 *   0.2–2 MB are written one after another) instead of keeping the freed room in its heap.
 * - --max-semi-space-size=16: V8's young generation stays at 16 MB a half (it grows to 64 MB on a
 *   machine with much memory, and a build makes garbage fast enough to fill it).
 * A setting already in the environment wins. Other platforms ignore the two allocators' variables.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const settings: Record<string, string> = { MIMALLOC_ARENA_EAGER_COMMIT: '0', MIMALLOC_PURGE_DELAY: '0', MALLOC_MMAP_THRESHOLD_: '131072' };
const nodeOptions = process.env.NODE_OPTIONS ?? '';
const env = {
  ...settings,
  ...process.env,
  NODE_OPTIONS: nodeOptions.includes('--max-semi-space-size') ? nodeOptions : `${nodeOptions} --max-semi-space-size=16`.trim(),
};

const run = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env });
if (run.error) throw run.error;
process.exitCode = run.status ?? 1;
