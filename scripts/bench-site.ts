/**
 * `npm run bench:site [-- --years 10 --units 300 --keep]`: builds the synthetic board
 * (scripts/bench-board.ts) with the same command as `npm run build`, from a cold image cache, into a
 * temp folder; then builds as many trivial Astro routes (a page of a few lines each) in a throwaway
 * project in the same run. Prints build time and its ratio to the trivial build (target ≤ 2×), peak
 * memory of the build (target < 1 GB), pages and files, the size of dist/, and the heaviest page of
 * each kind against the 40 KB HTML + CSS budget. A report, not a test: it always exits 0 unless a
 * build fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBenchBoard } from './bench-board.ts';

const { values } = parseArgs({ options: { years: { type: 'string', default: '10' }, units: { type: 'string', default: '300' }, keep: { type: 'boolean', default: false } } });
const years = Number(values.years);
const units = Number(values.units);
const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const work = mkdtempSync(join(tmpdir(), 'bench-site-'));

interface Run {
  seconds: number;
  /** User + system CPU seconds: steadier than wall time on a shared machine. */
  cpu: number;
  peakMB: number;
}

/** Runs `command` through the shell under GNU time: wall-clock seconds and the peak resident memory of the largest process. */
function timedBuild(command: string, cwd: string, env: Record<string, string>): Run {
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-v', 'sh', '-c', command], { cwd, encoding: 'utf8', env: { ...process.env, ...env, PATH: `${BIN}:${process.env.PATH}`, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) {
    console.error(run.stdout.slice(-6000), run.stderr.slice(-6000));
    throw new Error(`build failed: ${command}`);
  }
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  const cpu = ['User', 'System'].reduce((n, what) => n + Number(new RegExp(`${what} time \\(seconds\\): ([\\d.]+)`).exec(run.stderr)?.[1] ?? NaN), 0);
  return { seconds, cpu, peakMB: kb / 1024 };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
}

/** A throwaway Astro project with one route file that makes `count` pages of a few lines. */
function trivialProject(dir: string, count: number): void {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), "export default { trailingSlash: 'always' };\n");
  writeFileSync(join(dir, 'src', 'pages', '[n].astro'), [
    '---',
    `export const getStaticPaths = () => Array.from({ length: ${count} }, (_, i) => ({ params: { n: String(i) } }));`,
    'const { n } = Astro.params;',
    '---',
    '<html lang="zh-CN"><head><title>第 {n} 页</title></head><body><h1>第 {n} 页</h1><p>一个很小的页面。</p></body></html>',
    '',
  ].join('\n'));
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

try {
  const board = join(work, 'board');
  writeBenchBoard(board, { years, units });
  const build = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.build as string;
  const dist = join(work, 'dist');
  console.log(`synthetic board: ${years} years × ${units} units; building it with "${build}" (cold image cache) …`);
  const site = timedBuild(`${build} --outDir ${dist}`, ROOT, { BOARD_ROOT: board, BOARD_IMAGE_CACHE: join(work, 'image-cache'), BOARD_CURRENT_PERIOD: `${2011 + years - 1}-12` });

  const files = filesUnder(dist);
  const rel = (f: string) => relative(dist, f).split(sep).join('/');
  const routeFiles = files.filter((f) => !rel(f).startsWith('_astro/') && !statSync(f).isDirectory());
  const html = files.filter((f) => f.endsWith('.html'));
  const kinds = new Map<string, number>();
  for (const f of routeFiles) {
    const kind = rel(f).includes('/') ? rel(f).split('/')[0] : '(top)';
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);

  console.log(`building ${routeFiles.length} trivial routes in a throwaway Astro project …`);
  const trivialDir = join(work, 'trivial');
  trivialProject(trivialDir, routeFiles.length);
  const trivial = timedBuild("astro build", trivialDir, {}); // its dist/ stays inside the project: the prerender step resolves packages from there

  console.log('');
  console.log(`pages (HTML)        : ${html.length}`);
  console.log(`files from routes   : ${routeFiles.length} (${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')})`);
  console.log(`dist/ size          : ${mb(bytes)} in ${files.length} files (images ${mb(files.filter((f) => rel(f).startsWith('images/')).reduce((n, f) => n + statSync(f).size, 0))})`);
  console.log(`build time          : ${site.seconds.toFixed(1)} s; ${routeFiles.length} trivial routes: ${trivial.seconds.toFixed(1)} s`);
  console.log(`CPU time (user+sys) : ${site.cpu.toFixed(1)} s; trivial routes: ${trivial.cpu.toFixed(1)} s`);
  console.log(`ratio               : ${(site.seconds / trivial.seconds).toFixed(2)}× the trivial build in wall time, ${(site.cpu / trivial.cpu).toFixed(2)}× in CPU time (target ≤ 2×)`);
  console.log(`peak memory (RSS)   : ${site.peakMB.toFixed(0)} MB (target < 1024 MB); trivial build ${trivial.peakMB.toFixed(0)} MB`);

  // Weights: every page against the ranking page's budget (HTML + CSS ≤ 40 KB gzipped), the heaviest of each kind.
  process.env.E2E_DIST = dist;
  const { BUDGETS, kb, pageWeight } = await import('../e2e/lib/weight.ts');
  const { builtPages } = await import('../e2e/lib/site.ts');
  const heaviest = new Map<string, { path: string; weight: number }>();
  for (const page of builtPages()) {
    const kind = page.path === '/' ? '/' : `/${page.path.split('/')[1]}/`;
    const w = await pageWeight(page.file, page.path);
    const weight = w.html + w.css;
    if ((heaviest.get(kind)?.weight ?? -1) < weight) heaviest.set(kind, { path: page.path, weight });
  }
  console.log(`\nheaviest page of each kind, HTML + CSS gzipped (budget ${kb(BUDGETS.htmlAndCss)}):`);
  for (const [kind, { path, weight }] of [...heaviest].sort((a, b) => b[1].weight - a[1].weight)) {
    console.log(`  ${kind.padEnd(16)} ${kb(weight).padStart(9)}  ${weight <= BUDGETS.htmlAndCss ? 'within' : 'OVER  '}  ${path}`);
  }
} finally {
  if (values.keep) console.log(`\nkept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
