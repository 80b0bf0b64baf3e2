/**
 * Errors at scale: a generated board of 25 years of monthly reports (300 files) with the same
 * mistake in every one. `npm run validate` must name every file with its line — in text, in the
 * log and annotations of `--format github` (within GitHub's 10 a step), in the step summary — and
 * `--format json` must list every issue.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROGRAM_MS } from './support/setup.ts';

const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'errors-at-scale-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FIRST_YEAR = 1981;
const YEARS = 25;
const UNITS = ['north', 'south', 'east'];

/** The line each report's misspelt field is on, by file. */
const mistakes = new Map<string, number>();

function writeBoard(dir: string, misspell: boolean): void {
  const data = join(dir, 'data');
  mkdirSync(join(data, 'plans'), { recursive: true });
  writeFileSync(
    join(data, 'site.yaml'),
    'city: 样本县\ntitle: 样本县排行榜\nsubject: 招商\npublisher: 样本县督查室\ndescription: 生成的测试数据。\nillustrative: true\n',
  );
  writeFileSync(join(data, 'indicators.yaml'), 'indicators:\n  - { id: contracted, name: 合同额, unit: 万元 }\n');
  writeFileSync(
    join(data, 'units.yaml'),
    `groups:\n  - { id: all, name: 全部, countsTowardCity: true }\nunits:\n${UNITS.map((u) => `  - { id: ${u}, name: ${u}, group: all, activeFrom: ${FIRST_YEAR} }`).join('\n')}\n`,
  );
  for (let year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
    writeFileSync(
      join(data, 'plans', `${year}.yaml`),
      [
        `year: ${year}`,
        'source: 生成',
        'indicators: [contracted]',
        `cityTargets: { contracted: ${3 * (1000 + year)} }`,
        'ranking: { method: composite, weights: { contracted: 100 }, completionCap: 1.5, tieDecimals: 1, tieRule: 并列 }',
        'bands:',
        '  - { id: ahead, label: 超, symbol: ▲, minGap: 0, tone: good }',
        '  - { id: behind, label: 欠, symbol: ▼, tone: bad }',
        'targets:',
        ...UNITS.map((u) => `  - { unit: ${u}, contracted: ${1000 + year} }`),
        '',
      ].join('\n'),
    );
    mkdirSync(join(data, 'reports', String(year)), { recursive: true });
    for (let month = 1; month <= 12; month++) {
      const period = `${year}-${String(month).padStart(2, '0')}`;
      const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
      const lines = [
        `period: ${period}`,
        'status: published',
        `publishedOn: ${next}-05`,
        'publisher: 督查室',
        'units:',
      ];
      UNITS.forEach((u, i) => {
        lines.push(`  - unit: ${u}`);
        // The second unit's figure under a misspelt name, as a template copied month to month would carry it.
        if (misspell && i === 1) mistakes.set(`data/reports/${year}/${period}.yaml`, lines.length + 1);
        lines.push(`    ${misspell && i === 1 ? 'contractd' : 'contracted'}: ${month * 10}`);
      });
      writeFileSync(join(data, 'reports', String(year), `${period}.yaml`), `${lines.join('\n')}\n`);
    }
  }
}

const validate = (dir: string, args: string[] = [], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(root, 'scripts/board.ts'), 'validate', ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
    env: {
      ...process.env,
      BOARD_CURRENT_PERIOD: '2026-11',
      GITHUB_STEP_SUMMARY: '',
      BOARD_LANG: '',
      NO_COLOR: '1',
      ...env,
    },
  });

const good = join(work, 'good');
const bad = join(work, 'bad');
writeBoard(good, false);
writeBoard(bad, true);
const everyPlace = () => [...mistakes].map(([file, line]) => `${file}:${line}:`);

describe('the same mistake in 300 files', () => {
  it(
    'is a mistake: the board without it passes',
    () => {
      const run = validate(good, ['--format', 'json']);
      expect(JSON.parse(run.stdout)).toEqual([]);
      expect(run.status).toBe(0);
      expect(mistakes.size).toBe(300);
    },
    PROGRAM_MS,
  );

  it(
    'names every file with its line in npm run validate',
    () => {
      const run = validate(bad);
      expect(run.status).toBe(1);
      expect(everyPlace().filter((place) => !run.stdout.includes(place))).toEqual([]);
    },
    PROGRAM_MS,
  );

  it(
    'lists every issue with --format json',
    () => {
      const issues = JSON.parse(validate(bad, ['--format', 'json']).stdout) as Array<{
        file: string;
        line: number;
        rule: string;
      }>;
      expect(issues).toHaveLength(300);
      expect(issues.map((i) => `${i.file}:${i.line}:`).sort()).toEqual(everyPlace().sort());
    },
    PROGRAM_MS,
  );

  describe('with --format github', () => {
    const summaryFile = join(work, 'step-summary.md');
    writeFileSync(summaryFile, '# an earlier step\n');
    const run = validate(bad, ['--format', 'github'], { GITHUB_STEP_SUMMARY: summaryFile });
    const lines = run.stdout.split('\n');
    const stop = lines.findIndex((l) => l.startsWith('::stop-commands::'));
    const end = lines.indexOf(`::${lines[stop].slice('::stop-commands::'.length)}::`);
    const commands = lines.slice(end + 1).filter((l) => l.startsWith('::'));

    it('fails the step', () => {
      expect(run.status).toBe(1);
    });

    it('prints every file with its line in the log, where no line can run as a command', () => {
      expect(stop).toBe(0);
      expect(end).toBeGreaterThan(300);
      const log = lines.slice(stop + 1, end).join('\n');
      expect(everyPlace().filter((place) => !log.includes(place))).toEqual([]);
    });

    it("spends at most GitHub's 10 error annotations, and names every file with its line in them", () => {
      expect(commands).toHaveLength(10);
      const text = decodeURIComponent(commands.join('\n').replace(/%(?![0-9A-F]{2})/g, '%25'));
      const named = [...mistakes].filter(
        ([file, line]) => !text.includes(`file=${file},line=${line},`) && !text.includes(`${file}:${line}`),
      );
      expect(named).toEqual([]);
    });

    it('adds every issue to the step summary after what earlier steps wrote', () => {
      const summary = readFileSync(summaryFile, 'utf8');
      expect(summary).toMatch(/^# an earlier step\n## 数据检查未通过：300 处错误、0 处提醒，涉及 300 个文件/);
      const escaped = (file: string) => file.replace(/-/g, '\\-');
      expect(
        [...mistakes].filter(([file, line]) => !summary.includes(`### ${escaped(file)}（1 处）\n\n- ${line}:5 `)),
      ).toEqual([]);
    });
  });
});
