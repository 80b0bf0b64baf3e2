/**
 * A copy of the sample board (test/fixtures/sample: the shipped data, frozen, so a fork's data/ does not
 * move these tests) with a 2006 plan added (test/fixtures/excel/plan-2006.yaml), in a temporary folder:
 * the month after the sample data, as a clerk would start it.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadData } from '../../src/lib/model/load.ts';
import type { Model } from '../../src/lib/model/model.ts';
import { SAMPLE } from './sample.ts';

export const CURRENT = '2006-03';

export function excelBoard(): string {
  const root = mkdtempSync(join(tmpdir(), 'excel-board-'));
  cpSync(join(SAMPLE, 'data'), join(root, 'data'), { recursive: true });
  cpSync(
    join(import.meta.dirname, '..', 'fixtures', 'excel', 'plan-2006.yaml'),
    join(root, 'data', 'plans', '2006.yaml'),
  );
  return root;
}

export function modelOf(root: string): Model {
  const { model, issues } = loadData({ root, currentPeriod: CURRENT });
  if (!model) throw new Error(issues.map((i) => `${i.file}:${i.line} ${i.expected} / ${i.got}`).join('\n'));
  return model;
}

export const validateIn = (root: string) => (file: string, text: string) =>
  loadData({ root, currentPeriod: CURRENT, overrides: new Map([[file, Buffer.from(text)]]) }).issues;
