/**
 * `npm run lighthouse [-- /path/ …]`: Lighthouse 13 (from npm) against Debian's Chromium, offline,
 * on the built site as it is (builds nothing: run `npm run build` first). dist/ is served the way
 * a decent static host serves it (gzip, hashed files cached for a year: scripts/serve-dist.ts).
 * Scores the home page, the newest ranking, the first unit and the newest year's places page
 * (or the paths given), on mobile and desktop, and prints the four category scores with CLS,
 * LCP and TBT; then, for every score below 100, the audits that cost points.
 * Reports (HTML + JSON) go to test-results/lighthouse/. A benchmark that prints figures: it exits
 * 1 only when a run fails, not when a score is low (scores move a little with the machine's load).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CHROMIUM, launchOptions } from '../e2e/lib/browser.ts';
import { staleReason } from '../e2e/lib/build.ts';
import { DIST, pathSlug, ROOT, rootedPath } from '../e2e/lib/site.ts';
import { serveDist } from './serve-dist.ts';
import { t } from '../src/lib/messages/index.ts';
import { defineCommand, EXIT } from './cli.ts';
import { tableLines } from './table.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const FORM_FACTORS = ['mobile', 'desktop'] as const;
const OUT = join(ROOT, 'test-results', 'lighthouse');
const CLI = join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');
// The project's launch flags (headless, nothing that would reach out to the network: these machines are
// offline); Lighthouse launches Chromium itself, so headless is a flag here, not Playwright's option.
const CHROME_FLAGS = ['--headless=new', ...(launchOptions.args ?? []), '--disable-default-apps'];

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
}
interface Report {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

const dirsIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];

/** One page of each kind, found in dist/ (nothing about a particular board in here). */
function defaultPaths(): string[] {
  const ranking = dirsIn(join(DIST, 'rankings'))
    .filter((d) => /^\d{4}-\d{2}$/.test(d))
    .at(-1);
  const unit = dirsIn(join(DIST, 'units'))[0];
  const year = dirsIn(join(DIST, 'assessments'))
    .filter((d) => /^\d{4}$/.test(d))
    .at(-1);
  const checks = year ? dirsIn(join(DIST, 'assessments', year)) : [];
  const check = checks.includes('places') ? 'places' : checks[0];
  return [
    '/',
    ranking && `/rankings/${ranking}/`,
    unit && `/units/${unit}/`,
    year && check && `/assessments/${year}/${check}/`,
  ].filter((p): p is string => Boolean(p));
}

function runLighthouse(url: string, formFactor: (typeof FORM_FACTORS)[number], outBase: string): Promise<Report> {
  const args = [
    CLI,
    url,
    '--quiet',
    '--output=json',
    '--output=html',
    `--output-path=${outBase}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ];
  return new Promise((resolveRun, reject) => {
    // process.execPath: the project's Node 24 (Lighthouse 13 needs ≥ 22.19).
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0)
        return reject(new Error(`lighthouse exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`));
      const report = JSON.parse(readFileSync(`${outBase}.report.json`, 'utf8')) as Report;
      if (report.runtimeError) return reject(new Error(`${report.runtimeError.code}: ${report.runtimeError.message}`));
      resolveRun(report);
    });
  });
}

const pct = (score: number | null | undefined) => (score == null ? '—' : String(Math.round(score * 100)));

/** The audits that cost points in a category below 100, heaviest first. */
function losses(report: Report, category: string): string[] {
  return (report.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .flatMap((ref) => {
      const audit = report.audits[ref.id];
      const lost =
        audit &&
        audit.score !== null &&
        audit.score < 1 &&
        audit.scoreDisplayMode !== 'informative' &&
        audit.scoreDisplayMode !== 'notApplicable';
      return lost ? [{ ref, audit }] : [];
    })
    .sort((a, b) => b.ref.weight * (1 - (b.audit.score ?? 0)) - a.ref.weight * (1 - (a.audit.score ?? 0)))
    .map(
      ({ audit }) =>
        `${audit.id} (${pct(audit.score)}${audit.displayValue ? `, ${audit.displayValue}` : ''}): ${audit.title}`,
    );
}

export const lighthouse = defineCommand({
  name: 'lighthouse',
  audience: 'developer',
  help: 'cli.lighthouse.help',
  positionals: true,
  async run({ positionals }) {
    const paths = positionals.length ? positionals.map(rootedPath) : defaultPaths();
    const stale = staleReason();
    if (stale) console.warn(t('scripts.staleDist', { reason: stale }));
    mkdirSync(OUT, { recursive: true });

    const server = await serveDist({ dir: DIST });
    const rows: string[][] = [];
    const notes: string[] = [];
    let failures = 0;
    try {
      for (const path of paths) {
        for (const formFactor of FORM_FACTORS) {
          const outBase = join(OUT, `${pathSlug(path)}-${formFactor}`);
          const started = Date.now();
          try {
            const report = await runLighthouse(server.url + path, formFactor, outBase);
            const a = report.audits;
            rows.push([
              path,
              formFactor,
              ...CATEGORIES.map((c) => pct(report.categories[c]?.score)),
              (a['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3),
              `${Math.round(a['largest-contentful-paint']?.numericValue ?? NaN)} ms`,
              `${Math.round(a['total-blocking-time']?.numericValue ?? NaN)} ms`,
            ]);
            for (const c of CATEGORIES) {
              if ((report.categories[c]?.score ?? 1) < 1)
                notes.push(`${path} ${formFactor} ${c}:`, ...losses(report, c).map((l) => `    ${l}`));
            }
            console.error(
              `  ${path} ${formFactor}: ${((Date.now() - started) / 1000).toFixed(1)} s → ${relative(ROOT, outBase)}.report.html`,
            );
          } catch (error) {
            failures++;
            rows.push([path, formFactor, '✗', '✗', '✗', '✗', '', '', '']);
            console.error(`✗ ${path} ${formFactor}: ${(error as Error).message}`);
          }
        }
      }
    } finally {
      await server.close();
    }

    const header = ['page', 'form', 'perf', 'a11y', 'best-pr', 'seo', 'CLS', 'LCP', 'TBT'];
    const lighthouse = readFileSync(join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8');
    console.log(`\nLighthouse ${(JSON.parse(lighthouse) as { version: string }).version} · ${CHROMIUM}`);
    for (const line of tableLines([header, ...rows], { rightAligned: (column) => column >= 2 })) console.log(line);
    if (notes.length) console.log(`\n${t('scripts.lighthouse.below100')}\n${notes.join('\n')}`);
    return failures ? EXIT.data : EXIT.ok;
  },
});
