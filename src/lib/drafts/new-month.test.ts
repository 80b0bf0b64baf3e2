import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextPeriod } from '../schema/period.ts';
import { loadData, readDataFile, checkTree } from '../model/load.ts';
import { newMonthReport } from './new-month.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { asPeriod } from '../../../test/support/ids.ts';

const root = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'minimal');
const { model } = loadData({ root, currentPeriod: '2026-11' });

/** The fixture tree plus one more file, validated the way the build does. */
function validateWith(file: string, text: string) {
  const files = readdirSync(join(root, 'data'), { recursive: true, withFileTypes: true }).filter(
    (d) => d.isFile() && d.name.endsWith('.yaml'),
  );
  const sources = files.map(
    (d) => readDataFile(relative(root, join(d.parentPath, d.name)), readFileSync(join(d.parentPath, d.name))).source!,
  );
  const added = readDataFile(file, new TextEncoder().encode(text));
  expect(added.issues).toEqual([]);
  return checkTree([...sources, added.source!], { dataDir: 'data', currentPeriod: '2026-11' });
}

describe('the next month’s report form', () => {
  it('follows the latest report, rolling over to January of the next year', () => {
    expect(nextPeriod('2005-03')).toBe('2005-04');
    expect(nextPeriod('2005-12')).toBe('2006-01');
  });

  it('lists every active unit with a blank figure per indicator and last month’s 累计 as a hint', () => {
    const next = newMonthReport(model!, { today: '2005-05-05' });
    expect(next.ok && next.file).toBe('data/reports/2005/2005-04.yaml');
    if (!next.ok) return;
    expect(next.text).toContain('period: 2005-04\nstatus: draft\npublishedOn: 2005-05-05  # 改为通报实际发布的日期');
    for (const unit of model!.units) expect(next.text).toContain(`- unit: ${unit.id}`);
    expect(next.text).toMatch(/contracted: {3}# 合同利用外资，上月累计 \d+/);
  });

  it('is a draft: blank figures only warn, and the month is not published', () => {
    const next = newMonthReport(model!, { today: '2005-05-05' });
    if (!next.ok) throw new Error(next.reason);
    const result = validateWith(next.file, next.text);
    expect(result.issues.every((i) => i.severity === 'warning')).toBe(true);
    expect(result.issues[0]).toMatchObject({
      file: 'data/reports/2005/2005-04.yaml',
      field: 'units[0].contracted',
      got: '空白（草稿：填完之前不发布）',
    });
    expect(result.model!.reports.find((r) => r.period === '2005-04')!.status).toBe('draft');
  });

  it('cannot be published unfilled: marked published, blank figures are errors', () => {
    const next = newMonthReport(model!, { today: '2005-05-05' });
    if (!next.ok) throw new Error(next.reason);
    const result = validateWith(next.file, next.text.replace('status: draft', 'status: published'));
    expect(result.model).toBeUndefined();
    expect(result.issues[0]).toMatchObject({
      severity: 'error',
      field: 'units[0].contracted',
      expected: '一个数字（1—N月累计）',
      got: '空白',
    });
  });

  it('validates once every figure is filled in', () => {
    const next = newMonthReport(model!, { today: '2005-05-05' });
    if (!next.ok) throw new Error(next.reason);
    const filled = next.text.replace(
      /^( {4}\w+:) {3}# .*上月累计 (\d+)$/gm,
      (_, key, last) => `${key} ${Number(last) + 10}`,
    );
    expect(validateWith(next.file, filled).issues).toEqual([]);
  });

  it('asks for the year’s plan before the first month of a new year', () => {
    const december = {
      ...model!,
      reports: [...model!.reports, { ...model!.reports.at(-1)!, period: asPeriod('2005-12'), month: 12 }],
    };
    expect(newMonthReport(december, { today: '2006-02-05' })).toEqual({
      ok: false,
      reason: '还没有 2006 年的计划：先添加 data/plans/2006.yaml（当年的目标任务）',
    });
  });
});
