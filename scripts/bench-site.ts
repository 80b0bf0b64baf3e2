/**
 * `npm run bench:site [-- --years 10 --units 300 --keep]`: builds the synthetic board
 * (scripts/bench-board.ts) with the same command as `npm run build`, from a cold image cache, into a
 * temp folder; then adds the next month's report and builds again with the image cache the first build
 * left (a month's publish build, as CI runs it: the warm build). After each, builds as many trivial Astro
 * routes (a page of a few lines each) in a throwaway project in the same run. Prints each build's time
 * and its ratio to the trivial build (target ≤ 4× for the warm build; a cold build draws every picture of
 * every month and has no target), peak memory (target < 1 GB for both), pictures drawn, pages and files,
 * the size of dist/, and the heaviest page of each kind against the 40 KB HTML + CSS budget. A report, not
 * a test: it always exits 0 unless a build fails.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { writeBenchBoard, writeBenchMonth } from './bench-board.ts';
import { t } from '../src/lib/messages/index.ts';
import { defineCommand, median } from './cli.ts';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules', '.bin');
export const benchSite = defineCommand({
  name: 'bench-site',
  audience: 'developer',
  npmScript: 'bench:site',
  help: 'cli.benchSite.help',
  options: {
    years: { type: 'string', default: '10' },
    units: { type: 'string', default: '300' },
    keep: { type: 'boolean', default: false },
    'warm-runs': { type: 'string', default: '1' },
  },
  async run({ values }) {
    const years = Number(values.years);
    const units = Number(values.units);
    const warmRuns = Math.max(1, Number(values['warm-runs']));
    const work = mkdtempSync(join(tmpdir(), 'bench-site-'));

    interface Run {
      seconds: number;
      /** Astro's own log of the build: a line per route with its time (`├─ /units/x/index.html (+7ms)`). */
      log: string;
      /** User + system CPU seconds: steadier than wall time on a shared machine. */
      cpu: number;
      /** The largest sum of every process's PSS at one moment. */
      peakMB: number;
      /** The largest sum of their RSS (pages shared between processes counted in each). */
      peakRssMB: number;
      /** The peak PSS of each step, in MB: the samples since the line before, counted to the next `[step]` printed. */
      stepPeaksMB: Map<string, number>;
    }

    /**
     * Memory of a process's own: its proportional set size (PSS, /proc/<pid>/smaps_rollup), where a page
     * shared by n processes counts 1/n. Chromium's dozen processes (the PDF step) share ≈ 200 MB of
     * program and fonts each: their RSS added up counts that a dozen times. RSS where PSS is not given.
     */
    function ownMemory(pid: number, rss: number): number {
      try {
        const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
        return pss ? Number(pss[1]) * 1024 : rss;
      } catch {
        return rss; // the process ended while being read
      }
    }

    /** Memory of a process and all its descendants, in bytes, from /proc (0 once they are gone): PSS and RSS summed. */
    function treeMemory(root: number): { pss: number; rss: number } {
      const children = new Map<number, number[]>();
      const rss = new Map<number, number>();
      for (const entry of readdirSync('/proc')) {
        // A descendant started after the root, so its number is higher (unless numbers wrapped round mid-run).
        if (!/^\d+$/.test(entry) || Number(entry) < root) continue;
        try {
          const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          const pid = Number(entry);
          children.set(Number(fields[1]), [...(children.get(Number(fields[1])) ?? []), pid]);
          rss.set(pid, Number(fields[21]) * 4096);
        } catch {
          // the process ended while being read
        }
      }
      const total = { pss: 0, rss: 0 };
      const stack = [root];
      while (stack.length) {
        const pid = stack.pop()!;
        const resident = rss.get(pid) ?? 0;
        total.rss += resident;
        if (resident) total.pss += ownMemory(pid, resident);
        stack.push(...(children.get(pid) ?? []));
      }
      return total;
    }

    /**
     * Runs `command` through the shell under GNU time: wall-clock seconds, CPU seconds, and peak memory
     * as the largest sum of every process of the build at one moment (sampled every 100 ms), so a build
     * that starts helper processes is measured whole.
     */
    async function timedBuild(command: string, cwd: string, env: Record<string, string>): Promise<Run> {
      const start = performance.now();
      const child = spawn('/usr/bin/time', ['-v', 'sh', '-c', command], {
        cwd,
        env: { ...process.env, ...env, PATH: `${BIN}:${process.env.PATH}`, NO_COLOR: '1' },
      });
      let stdout = '';
      let stderr = '';
      // A step says what it did when it ends (ours: `[board-pictures] …`; astro's `[vite] ✓ built in …`): the
      // samples since the line before are counted to the `[tag]` of the next line printed.
      let sinceLastLine = 0;
      const stepPeaks = new Map<string, number>();
      const countTo = (tag: string) => {
        stepPeaks.set(tag, Math.max(stepPeaks.get(tag) ?? 0, sinceLastLine / 1024 / 1024));
        sinceLastLine = 0;
      };
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        for (const [, tag = ''] of String(chunk).matchAll(/^\S*\s*\[([\w:-]+)\]/gm)) countTo(tag);
      });
      child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-20000)));
      const peak = { pss: 0, rss: 0 };
      const sampler = setInterval(() => {
        const now = treeMemory(child.pid!);
        peak.pss = Math.max(peak.pss, now.pss);
        peak.rss = Math.max(peak.rss, now.rss);
        sinceLastLine = Math.max(sinceLastLine, now.pss);
      }, 100);
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      clearInterval(sampler);
      if (sinceLastLine) countTo('(end)');
      const seconds = (performance.now() - start) / 1000;
      if (status !== 0) {
        console.error(stdout.slice(-6000), stderr.slice(-6000));
        throw new Error(`build failed: ${command}`);
      }
      const cpu = ['User', 'System'].reduce(
        (n, what) => n + Number(new RegExp(`${what} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? NaN),
        0,
      );
      const peakMB = peak.pss / 1024 / 1024;
      return { seconds, cpu, peakMB, peakRssMB: peak.rss / 1024 / 1024, stepPeaksMB: stepPeaks, log: stdout };
    }

    function filesUnder(dir: string): string[] {
      return readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((d) => d.isFile())
        .map((d) => join(d.parentPath, d.name));
    }

    /** A throwaway Astro project with one route file that makes `count` pages of a few lines. */
    function trivialProject(dir: string, count: number): void {
      mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
      writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
      writeFileSync(join(dir, 'astro.config.mjs'), "export default { trailingSlash: 'always' };\n");
      writeFileSync(
        join(dir, 'src', 'pages', '[n].astro'),
        [
          '---',
          `export const getStaticPaths = () => Array.from({ length: ${count} }, (_, i) => ({ params: { n: String(i) } }));`,
          'const { n } = Astro.params;',
          '---',
          '<html lang="zh-CN"><head><title>第 {n} 页</title></head><body><h1>第 {n} 页</h1><p>一个很小的页面。</p></body></html>',
          '',
        ].join('\n'),
      );
    }

    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

    const period = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;
    /** Pictures in the image cache (a drawn picture is kept as an .svg and a .png). */
    const cachedPictures = (dir: string) => {
      try {
        return readdirSync(dir).filter((f) => f.endsWith('.svg')).length;
      } catch {
        return 0;
      }
    };

    /** Builds the board into `dist`, then as many trivial routes; prints the figures of both. */
    async function measure(warm: boolean, board: string, current: string, dist: string, cache: string) {
      const label = warm ? t('scripts.benchSite.warm', { month: current }) : t('scripts.benchSite.cold');
      const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        scripts: { build: string };
      };
      const build = scripts.build;
      const before = cachedPictures(cache);
      console.log(`\n${t('scripts.benchSite.building', { label, build })}`);
      const site = await timedBuild(`${build} --outDir ${dist}`, ROOT, {
        BOARD_ROOT: board,
        BOARD_IMAGE_CACHE: cache,
        BOARD_CURRENT_PERIOD: current,
      });
      const drawn = cachedPictures(cache) - before;

      const files = filesUnder(dist);
      const rel = (f: string) => relative(dist, f).split(sep).join('/');
      // The site's addresses: every file but the bundled assets and the compressed copies beside files (.gz, .br).
      const routeFiles = files.filter((f) => !rel(f).startsWith('_astro/') && !/\.(gz|br)$/.test(f));
      const html = files.filter((f) => f.endsWith('.html'));
      const images = files.filter((f) => rel(f).startsWith('images/'));
      const kinds = new Map<string, number>();
      for (const f of routeFiles) {
        const [top, ...under] = rel(f).split('/');
        const kind = under.length && top ? top : '(top)';
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }
      const bytes = files.reduce((n, f) => n + statSync(f).size, 0);

      console.log(t('scripts.benchSite.trivial', { routes: routeFiles.length }));
      const trivialDir = mkdtempSync(join(work, 'trivial-'));
      trivialProject(trivialDir, routeFiles.length);
      const trivial = await timedBuild('astro build', trivialDir, {}); // its dist/ stays inside the project: the prerender step resolves packages from there
      rmSync(trivialDir, { recursive: true, force: true });

      console.log('');
      console.log(t('scripts.benchSite.pages', { pages: html.length }));
      const byKind = [...kinds]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
      console.log(t('scripts.benchSite.routeFiles', { files: routeFiles.length, byKind }));
      const imageBytes = mb(images.reduce((n, f) => n + statSync(f).size, 0));
      console.log(t('scripts.benchSite.size', { size: mb(bytes), files: files.length, images: imageBytes }));
      console.log(t('scripts.benchSite.drawn', { drawn, images: images.length }));
      const seconds = { site: site.seconds.toFixed(1), trivial: trivial.seconds.toFixed(1), routes: routeFiles.length };
      console.log(t('scripts.benchSite.time', seconds));
      console.log(t('scripts.benchSite.cpu', { site: site.cpu.toFixed(1), trivial: trivial.cpu.toFixed(1) }));
      const wallRatio = site.seconds / trivial.seconds;
      const ratio = { wall: wallRatio.toFixed(2), cpu: (site.cpu / trivial.cpu).toFixed(2) };
      console.log(t(warm ? 'scripts.benchSite.ratioWarm' : 'scripts.benchSite.ratioCold', ratio));
      console.log(
        t('scripts.benchSite.memory', {
          site: site.peakMB.toFixed(0),
          rss: site.peakRssMB.toFixed(0),
          trivial: trivial.peakMB.toFixed(0),
        }),
      );
      // Which step the memory peaked in: each sample counted to the step running then (timedBuild).
      const stepPeaks = [...site.stepPeaksMB].map(([step, peak]) => `${step} ${peak.toFixed(0)}`).join(', ');
      console.log(t('scripts.benchSite.stepPeaks', { stepPeaks }));
      // Where the time went, from Astro's per-route log: the rest is starting, checking the data and bundling.
      const routeTimes = new Map<string, { ms: number; count: number }>();
      for (const [, path = '', ms] of site.log.matchAll(/[├└]─ (\/\S*) \(\+(\d+)ms\)/g)) {
        const kind = path.startsWith('/images/')
          ? 'pictures (/images/)'
          : `/${path.split('/')[1]}/`.replace(/\/[^/]*\.[a-z]+\/$/, '/');
        const entry = routeTimes.get(kind) ?? { ms: 0, count: 0 };
        routeTimes.set(kind, { ms: entry.ms + Number(ms), count: entry.count + 1 });
      }
      const routesMs = [...routeTimes.values()].reduce((n, r) => n + r.ms, 0);
      const kindTimes = [...routeTimes]
        .sort((a, b) => b[1].ms - a[1].ms)
        .slice(0, 8)
        .map(([k, r]) => `${k} ${(r.ms / 1000).toFixed(1)} s (${r.count})`)
        .join(', ');
      const routesS = (routesMs / 1000).toFixed(1);
      const rest = (site.seconds - routesMs / 1000).toFixed(1);
      console.log(t('scripts.benchSite.routeTimes', { kindTimes, routes: routesS, rest }));
      // The steps after the routes (pictures from the cache, compressed copies) report their own time.
      for (const [, step = ''] of site.log.matchAll(/\[(?:board-pictures|precompressed)\] (.*)/g))
        console.log(t('scripts.benchSite.step', { step }));
      return { ratio: wallRatio, seconds: site.seconds, peakMB: site.peakMB };
    }

    try {
      const board = join(work, 'board');
      const { lastYear } = writeBenchBoard(board, { years, units });
      const dist = join(work, 'dist');
      const cache = join(work, 'image-cache');
      console.log(t('scripts.benchSite.board', { years, units }));
      // The January after the last year: its December is published.
      await measure(false, board, period(lastYear + 1, 1), dist, cache);

      // A month's publish build: the next month's reports added, the image cache of the build before kept
      // (as CI keeps it).
      writeBenchMonth(board, { units, year: lastYear + 1, month: 1 });
      // Each warm run starts from the cache the cold build left: a copy of hard links, put back before each.
      const coldCache = `${cache}-cold`;
      const copyTree = (from: string, to: string) => {
        if (spawnSync('cp', ['-al', from, to], { stdio: 'inherit' }).status !== 0)
          throw new Error(`could not copy ${from} to ${to}: the warm runs would not start alike`);
      };
      if (warmRuns > 1) copyTree(cache, coldCache);
      const runs = [];
      for (let run = 1; run <= warmRuns; run++) {
        if (run > 1) {
          rmSync(cache, { recursive: true, force: true });
          copyTree(coldCache, cache);
        }
        runs.push(await measure(true, board, period(lastYear + 1, 2), dist, cache));
      }
      if (warmRuns > 1) {
        const ratios = runs.map((r) => r.ratio);
        console.log(
          '\n' +
            t('scripts.benchSite.median', {
              runs: warmRuns,
              median: median(ratios).toFixed(2),
              ratios: ratios.map((r) => r.toFixed(2)).join(', '),
              seconds: median(runs.map((r) => r.seconds)).toFixed(1),
              peak: Math.max(...runs.map((r) => r.peakMB)).toFixed(0),
            }),
        );
      }

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
      console.log('\n' + t('scripts.benchSite.heaviest', { budget: kb(BUDGETS.htmlAndCss) }));
      for (const [kind, { path, weight }] of [...heaviest].sort((a, b) => b[1].weight - a[1].weight)) {
        console.log(
          `  ${kind.padEnd(16)} ${kb(weight).padStart(9)}  ${weight <= BUDGETS.htmlAndCss ? t('scripts.benchSite.within') : t('scripts.benchSite.over')}  ${path}`,
        );
      }
    } finally {
      if (values.keep) console.log('\n' + t('scripts.benchSite.kept', { work }));
      else rmSync(work, { recursive: true, force: true });
    }
  },
});
