/**
 * Received files that would bring the importer down: each is read in a worker with a time and heap
 * limit, or not read at all (not a regular file), and refused by name while every other file is read.
 * The damaged .xls are one-byte changes of a form LibreOffice saved (test/bad-inputs/excel/README.md).
 * Time limits: a damaged file costs at most `limits.timeMs` (3 s here); each test states its own.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { excelBoard, modelOf } from '../../../test/support/excel-board.ts';
import { seededRandom } from '../../../test/support/random.ts';
import type { Model } from '../model/model.ts';
import { readFormsIsolated, type IsolationLimits } from './isolated.ts';
import { openForm } from './open-file.ts';

process.env.BOARD_LANG = 'zh';
const corpus = join(import.meta.dirname, '..', '..', '..', 'test', 'bad-inputs', 'excel');
const good = readFileSync(join(corpus, 'libreoffice-filled.xls'));
const limits: IsolationLimits = { timeMs: 3_000, heapMb: 64, growthMb: 768 };
let model: Model;
let dir: string;

beforeAll(() => {
  model = modelOf(excelBoard());
  dir = mkdtempSync(join(tmpdir(), 'received-'));
}, 60_000);

const codes = (r: { problems: Array<{ code: string }> }) => r.problems.map((p) => p.code);

describe('reading received files in isolation', () => {
  it('refuses a file that makes the legacy reader allocate without end, and one that loops, and reads the rest', async () => {
    const readings = await readFormsIsolated(
      model,
      [
        { file: '大中镇.xls', bytes: good },
        { file: '损坏-内存.xls', bytes: readFileSync(join(corpus, 'libreoffice-minifat-byte-8220-out-of-memory.xls')) },
        { file: '损坏-死循环.xls', bytes: readFileSync(join(corpus, 'libreoffice-byte-3519-endless-loop.xls')) },
        { file: '大中镇-again.xls', bytes: good },
      ],
      limits,
    );
    expect(readings.map((r) => r.file)).toEqual(['大中镇.xls', '损坏-内存.xls', '损坏-死循环.xls', '大中镇-again.xls']);
    expect(readings[0].entries[0].figures.contracted.value).toBe(321);
    expect(readings[3].entries[0].figures.contracted.value).toBe(321);
    expect(readings[0].entries[0].unit).toBe(model.units.find((u) => u.id === 'dazhong'));
    expect(['read.memory', 'read.timeout']).toContain(codes(readings[1])[0]);
    expect(codes(readings[2])).toEqual(['read.timeout']);
  }, 60_000);

  it('reads only regular files: a link to /dev/zero or /dev/urandom, a FIFO, a folder, a dangling link, a missing path are refused by what they are', () => {
    symlinkSync('/dev/zero', join(dir, 'zero.xlsx'));
    symlinkSync('/dev/urandom', join(dir, 'urandom.xlsx'));
    symlinkSync(join(dir, 'gone.xlsx'), join(dir, 'dangling.xlsx'));
    execFileSync('mkfifo', [join(dir, 'fifo.xlsx')]);
    mkdirSync(join(dir, 'folder.xlsx'));
    writeFileSync(join(dir, 'real.xls'), good);
    symlinkSync(join(dir, 'real.xls'), join(dir, 'link.xls'));
    const started = performance.now();
    const refused = (name: string) => {
      const opened = openForm(join(dir, name));
      return opened.ok ? 'read' : `${opened.problem.code} ${opened.problem.vars?.kind ?? ''}`.trim();
    };
    expect(refused('zero.xlsx')).toBe('read.linkNotRegular 设备文件');
    expect(refused('urandom.xlsx')).toBe('read.linkNotRegular 设备文件');
    expect(refused('fifo.xlsx')).toBe('read.notRegular 管道（FIFO）');
    expect(refused('folder.xlsx')).toBe('read.notRegular 文件夹');
    expect(refused('dangling.xlsx')).toBe('read.dangling');
    expect(refused('missing.xlsx')).toBe('read.missing');
    expect(refused('link.xls')).toBe('read');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('never reads an empty file or more than the size limit', () => {
    writeFileSync(join(dir, 'empty.xlsx'), '');
    writeFileSync(join(dir, 'big.xlsx'), Buffer.alloc(6_000_000));
    const code = (name: string) => {
      const opened = openForm(join(dir, name));
      return opened.ok ? 'read' : opened.problem.code;
    };
    expect(code('empty.xlsx')).toBe('read.empty');
    expect(code('big.xlsx')).toBe('read.tooBig');
  });
});

describe('fuzzing a form saved by LibreOffice as .xls (seed 20260)', () => {
  // 150 files with one to three bytes changed; a file that hangs costs limits.timeMs; the whole run
  // stays within the test's limit of 60 s (about 5 s on an idle machine).
  it('reads or refuses every changed file with a catalogue message, never throws, and reads the good form after them', async () => {
    const next = seededRandom(20260);
    const files = Array.from({ length: 150 }, (_, i) => {
      const bytes = Buffer.from(good);
      for (let n = 1 + Math.floor(next() * 3); n > 0; n--)
        bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
      return { file: `fuzz-${i}.xls`, bytes };
    });
    const readings = await readFormsIsolated(model, [...files, { file: 'good.xls', bytes: good }], limits);
    expect(readings).toHaveLength(151);
    for (const r of readings)
      for (const p of [...r.problems, ...r.entries.flatMap((e) => e.problems)])
        expect(p.code, r.file).toMatch(/^(read|cell)\./);
    expect(readings.at(-1)!.entries[0].figures.actual.value).toBe(123);
  }, 60_000);
});
