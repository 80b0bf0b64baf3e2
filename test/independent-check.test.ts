/**
 * The independent check an outside auditor would run: build the site with the shipped data, then, from
 * the built /data/ folder alone — method.json, units.json, plan-YYYY.json, observations.json,
 * corrections-YYYY.json — recompute with exact fractions every published figure and verdict: each
 * month's rankings (completion rates, gaps, composite, bands, places, 较上月), group and city totals with
 * their carried figures, each check's verdicts and 红黑榜, the warnings, today's and in every release
 * folder as it stood that day. The checker (test/independent/) never imports the board's code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPublished, type Report } from './independent/check.ts';
import { needTool, sharedSetup } from './support/setup.ts';

const root = join(import.meta.dirname, '..');
const outDir = mkdtempSync(join(tmpdir(), 'independent-check-'));
const data = join(outDir, 'data');
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** A whole build with the shipped data: minutes on a busy 2-core machine. */
const BUILD_MS = 900_000;
const CHECK_MS = 120_000;

describe('an independent recomputation of everything published, from the downloads alone', () => {
  let report: Report;
  sharedSetup(() => {
    needTool('sha256sum', 'coreutils');
    const build = spawnSync(
      process.execPath,
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        timeout: BUILD_MS - 30_000,
      },
    );
    if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr}`);
    report = checkPublished(data);
    console.info(
      `independent check: ${report.comparisons} comparisons, ${report.mismatches.length} mismatches, ${report.files} files read`,
    );
  }, BUILD_MS);

  it(
    'matches every figure and verdict: 0 mismatches',
    () => {
      expect(report.mismatches).toEqual([]);
      expect(report.comparisons).toBeGreaterThan(0);
    },
    CHECK_MS,
  );

  it(
    'reads every rankings file (JSON and CSV, months, groups, years, units), the totals, every assessment (JSON and CSV), the warnings and the comparison, today’s and in each release folder',
    () => {
      const releases = readdirSync(join(data, 'releases'));
      const verdicts =
        /^(rankings-\d{4}(-\d{2})?|assessment-.*|compare-\d{4})\.json$|^(warnings-\d{4}|totals-\d{4}-\d{2}|rankings-[\w-]+|unit-[\w-]+|assessment-.*)\.csv$/;
      const inputs = /^(method|units|observations|plan-\d{4}|corrections-\d{4})\.json$/;
      const expected = [
        ...readdirSync(data).filter((f) => inputs.test(f)),
        ...[data, ...releases.map((r) => join(data, 'releases', r))].flatMap((dir) =>
          readdirSync(dir).filter((f) => verdicts.test(f)),
        ),
      ];
      expect(report.files).toBe(expected.length);
    },
    CHECK_MS,
  );

  it(
    'proves each file: sha256sum -c passes in /data/ and in every release folder',
    () => {
      const folders = [data, ...readdirSync(join(data, 'releases')).map((r) => join(data, 'releases', r))];
      for (const dir of folders) {
        expect(existsSync(join(dir, 'SHA256SUMS')), dir).toBe(true);
        const run = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
        expect(run.status, `${dir}: ${run.stdout}${run.stderr}`).toBe(0);
        // Every download of the folder is listed (the 督查通报 PDFs too), not only the ones checked above.
        const listed = readFileSync(join(dir, 'SHA256SUMS'), 'utf8')
          .trim()
          .split('\n')
          .map((line) => line.slice(66))
          .sort();
        const files = readdirSync(dir, { withFileTypes: true })
          .filter((d) => d.isFile() && d.name !== 'SHA256SUMS' && !/\.(gz|br)$/.test(d.name))
          .map((d) => d.name)
          .sort();
        expect(listed, dir).toEqual(files);
      }
    },
    CHECK_MS,
  );

  it('the checker imports nothing of the board’s code (only the downloads and method.json)', () => {
    const dir = join(import.meta.dirname, 'independent');
    for (const file of readdirSync(dir)) {
      const imports = [...readFileSync(join(dir, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect(
        imports.filter((i) => i.includes('src/') || i.startsWith('../')),
        file,
      ).toEqual([]);
    }
  });
});
