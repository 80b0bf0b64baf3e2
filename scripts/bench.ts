/**
 * `npm run bench`: a synthetic board of 10 years × 300 units (120 monthly reports) is written to a
 * temp folder, then timed: read + validate + score with our pipeline, against plain `yaml` parsing
 * of the same files in the same run. Prints the figures; the target is ≤ 2× and < 3 s.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { scoreBoard } from '../src/lib/score/board.ts';
import { loadData, readDataFile, checkTree } from '../src/lib/model/load.ts';
import type { Model } from '../src/lib/model/model.ts';
import { type SourceFile } from '../src/lib/read/read-yaml.ts';
import { writeBenchBoard } from './bench-board.ts';
import { t } from '../src/lib/messages/index.ts';
import { defineCommand, median } from './cli.ts';

const YEARS = 10;
const UNITS = 300;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

const timed = (run: () => void) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

/** Medians of both runs, taken in alternating rounds so a change in machine load hits both alike. */
function timeBoth(a: () => void, b: () => void, rounds: number): [number, number] {
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    as.push(timed(a));
    bs.push(timed(b));
  }
  return [median(as), median(bs)];
}

/** Where the pipeline's time goes: reading (strict YAML), validating, scoring. */
function phases(root: string, files: string[]): string {
  let sources: SourceFile[] = [];
  let model: Model | undefined;
  const read = timed(() => {
    sources = files.map((f) => readDataFile(relative(root, f), readFileSync(f)).source!);
  });
  const validate = timed(() => {
    model = checkTree(sources, { dataDir: 'data', currentPeriod: '2030-12' }).model;
  });
  const score = timed(() => scoreBoard(model!));
  return `read ${read.toFixed(0)} ms · validate ${validate.toFixed(0)} ms · score ${score.toFixed(0)} ms`;
}

export const bench = defineCommand({
  name: 'bench',
  audience: 'developer',
  help: 'cli.bench.help',
  run() {
    const root = mkdtempSync(join(tmpdir(), 'board-bench-'));
    try {
      writeBenchBoard(root, { years: YEARS, units: UNITS });
      const files = yamlFiles(join(root, 'data'));
      const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
      let checked = 0;
      const pipeline = () => {
        const { model, issues } = loadData({ root, currentPeriod: '2030-12' });
        if (!model)
          throw new Error(
            `synthetic board should be valid:\n${issues
              .slice(0, 5)
              .map((i) => JSON.stringify(i))
              .join('\n')}`,
          );
        checked = scoreBoard(model).periods.length;
      };
      const plain = () => {
        for (const f of files) parse(readFileSync(f, 'utf8'));
      };
      pipeline();
      plain(); // warm up JIT and file cache
      const rounds = 5;
      const [plainMs, pipelineMs] = timeBoth(plain, pipeline, rounds);
      const mb = (bytes / 1e6).toFixed(1);
      console.log(t('scripts.bench.board', { years: YEARS, units: UNITS, files: files.length, mb, periods: checked }));
      console.log(t('scripts.bench.plain', { ms: plainMs.toFixed(0), rounds }));
      console.log(t('scripts.bench.pipeline', { ms: pipelineMs.toFixed(0), rounds }));
      console.log(t('scripts.bench.phases', { phases: phases(root, files) }));
      const ratio = (pipelineMs / plainMs).toFixed(2);
      console.log(t('scripts.bench.ratio', { ratio, seconds: (pipelineMs / 1000).toFixed(2) }));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
});
