/**
 * `npm run bench`: a synthetic board of 10 years × 300 units (120 monthly reports) is written to a
 * temp folder, then timed: read + validate + score with our pipeline, against plain `yaml` parsing
 * of the same files in the same run. Prints the figures; the target is ≤ 3× and < 5 s.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { scoreBoard } from '../src/lib/score/board.ts';
import { loadData } from '../src/lib/read/load.ts';
import type { Model } from '../src/lib/model/model.ts';
import { readYaml, type SourceFile } from '../src/lib/read/read-yaml.ts';
import { validateTree } from '../src/lib/validate/validate.ts';

const YEARS = 10;
const UNITS = 300;
const FIRST_YEAR = 2011;
const groups = ['zones', 'towns', 'departments'];

function writeBoard(root: string): void {
  const data = join(root, 'data');
  mkdirSync(join(data, 'plans'), { recursive: true });
  writeFileSync(join(data, 'site.yaml'), 'city: 基准市\ntitle: 基准\nsubject: 利用外资\npublisher: 基准\ndescription: 基准测试\nillustrative: true\n');
  writeFileSync(join(data, 'indicators.yaml'), 'indicators:\n  - { id: contracted, name: 合同利用外资, unit: 万美元 }\n  - { id: actual, name: 实际利用外资, unit: 万美元, warnAbove: contracted }\n');
  const units = Array.from({ length: UNITS }, (_, i) => `  - { id: unit-${i}, name: 单位${i}, group: ${groups[i % 3]}, activeFrom: ${FIRST_YEAR} }`);
  writeFileSync(join(data, 'units.yaml'), `groups:\n${groups.map((g) => `  - { id: ${g}, name: ${g}, countsTowardCity: ${g !== 'departments'} }`).join('\n')}\nunits:\n${units.join('\n')}\n`);
  for (let y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
    const targets = Array.from({ length: UNITS }, (_, i) => `  - { unit: unit-${i}, contracted: { base: ${300 + (i % 7) * 50}, stretch: 900 }, actual: ${120 + (i % 5) * 20} }`);
    writeFileSync(join(data, 'plans', `${y}.yaml`), [
      `year: ${y}`, 'source: 基准', 'indicators: [contracted, actual]', 'cityTargets: { contracted: 90000, actual: 40000 }',
      'ranking: { method: composite, weights: { contracted: 40, actual: 60 }, completionCap: 1.5, tieDecimals: 1, tieRule: 并列 }',
      'bands:', '  - { id: ahead, label: 超, symbol: ▲, minGap: 0, tone: good }', '  - { id: behind, label: 欠, symbol: ▼, tone: bad }',
      'targets:', ...targets, '',
    ].join('\n'));
    mkdirSync(join(data, 'reports', String(y)), { recursive: true });
    for (let m = 1; m <= 12; m++) {
      const period = `${y}-${String(m).padStart(2, '0')}`;
      const entries = Array.from({ length: UNITS }, (_, i) => {
        const c = Math.round(m * (20 + (i % 11) * 3));
        return `  - unit: unit-${i}\n    contracted: ${c}\n    actual: ${Math.round(c * 0.4)}${i % 50 === 0 ? '\n    remark: 重点项目推进中' : ''}`;
      });
      writeFileSync(join(data, 'reports', String(y), `${period}.yaml`), `period: ${period}\nstatus: published\npublishedOn: ${period}-28\npublisher: 督查室\nunits:\n${entries.join('\n')}\n`);
    }
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
}

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
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
    sources = files.map((f) => readYaml(relative(root, f), readFileSync(f)).source!);
  });
  const validate = timed(() => {
    model = validateTree(sources, { dataDir: 'data', currentPeriod: '2030-12' }).model;
  });
  const score = timed(() => scoreBoard(model!));
  return `read ${read.toFixed(0)} ms · validate ${validate.toFixed(0)} ms · score ${score.toFixed(0)} ms`;
}

const root = mkdtempSync(join(tmpdir(), 'board-bench-'));
try {
  writeBoard(root);
  const files = yamlFiles(join(root, 'data'));
  const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
  let checked = 0;
  const pipeline = () => {
    const { model, issues } = loadData({ root, currentPeriod: '2030-12' });
    if (!model) throw new Error(`synthetic board should be valid:\n${issues.slice(0, 5).map((i) => JSON.stringify(i)).join('\n')}`);
    checked = scoreBoard(model).periods.length;
  };
  const plain = () => {
    for (const f of files) parse(readFileSync(f, 'utf8'));
  };
  pipeline(); plain(); // warm up JIT and file cache
  const rounds = 5;
  const [plainMs, pipelineMs] = timeBoth(plain, pipeline, rounds);
  console.log(`synthetic board: ${YEARS} years × ${UNITS} units, ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${checked} periods scored`);
  console.log(`plain yaml.parse (read + parse)       : ${plainMs.toFixed(0)} ms (median of ${rounds})`);
  console.log(`read + validate + score (our pipeline): ${pipelineMs.toFixed(0)} ms (median of ${rounds})`);
  console.log(`pipeline phases (one run)            : ${phases(root, files)}`);
  console.log(`ratio: ${(pipelineMs / plainMs).toFixed(2)}× plain parsing (target ≤ 3×); whole set ${(pipelineMs / 1000).toFixed(2)} s (target < 5 s)`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
