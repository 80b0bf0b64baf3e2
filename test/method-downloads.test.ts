/**
 * The downloads an auditor needs, on the shipped data: method.json matches its JSON Schema, and after the
 * build's checksum step `sha256sum -c` passes in /data/ and in every release folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { writeChecksums } from '../src/build/checksums.ts';
import { downloadBody, listDownloads } from '../src/lib/export/downloads.ts';
import { METHOD_SCHEMA } from '../src/lib/export/method-schema.ts';
import { loadData } from '../src/lib/model/load.ts';
import { scoreBoard } from '../src/lib/score/board.ts';

const { model } = loadData({ root: join(import.meta.dirname, '..'), currentPeriod: '2026-11' });
const board = scoreBoard(model!);
const dist = mkdtempSync(join(tmpdir(), 'method-downloads-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the method and its proof, on the shipped data', { timeout: 120_000 }, () => {
  it('method.json follows method.schema.json and names the rules’ version and the data’s commit', () => {
    const method = listDownloads(board).find((d) => d.href === '/data/method.json')!;
    const doc = JSON.parse(downloadBody(board, method) as string);
    const validate = new Ajv2020({ strict: false }).compile(METHOD_SCHEMA);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.rulesVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc.dataCommit.length).toBeGreaterThan(0);
    expect(doc.years[0].ranking.completionCap).toBe(model!.plans[0].ranking.completionCap);
  });

  it('sha256sum -c passes in /data/ and in every release folder', async () => {
    for (const d of listDownloads(board)) {
      const path = join(dist, d.href.slice(1));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, await downloadBody(board, d));
    }
    const folders = writeChecksums(join(dist, 'data'));
    const releases = readdirSync(join(dist, 'data', 'releases'));
    expect(folders).toBe(releases.length + 1);
    for (const dir of [join(dist, 'data'), ...releases.map((r) => join(dist, 'data', 'releases', r))])
      expect(() => execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: dir })).not.toThrow();
    // Each release folder holds the verdicts as published that day, not only the rankings.
    expect(readdirSync(join(dist, 'data', 'releases', '2005-06')).some((f) => f.startsWith('assessment-'))).toBe(true);
  });
});
