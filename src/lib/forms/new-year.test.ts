import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateMinimal } from '../../../test/support/tree.ts';
import { loadData } from '../model/load.ts';
import { newYearPlan } from './new-year.ts';

const root = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'minimal');
const { model } = loadData({ root, currentPeriod: '2026-11' });
const form = () => {
  const plan = newYearPlan(model!, 2006);
  if (!plan.ok) throw new Error(plan.reason);
  return plan;
};

describe('the new year’s plan form', () => {
  it('lists every unit active that year with a blank per indicator and last year’s target as a comment', () => {
    const { file, text } = form();
    expect(file).toBe('data/plans/2006.yaml');
    for (const unit of model!.units.filter((u) => u.activeUntil === undefined || u.activeUntil >= 2006))
      expect(text).toContain(`  - unit: ${unit.id}  # ${unit.name}`);
    expect(text).toContain('    contracted:   # 合同利用外资，2005 年 确保 1000，力争 1500\n');
    expect(text).toContain('    actual:   # 实际利用外资，2005 年 无目标\n');
    expect(text).toContain('  contracted:   # 合同利用外资，2005 年 2600\n');
  });

  it('cannot pass unfilled: every blank is an error', () => {
    const issues = validateMinimal({ 'plans/2006.yaml': form().text }).filter((i) => i.file === 'data/plans/2006.yaml');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
    expect(issues[0]).toMatchObject({ field: 'source', expected: '文字', got: '空白（冒号后面什么也没写）' });
  });

  it('passes once filled in, a reason given for each target not set', () => {
    let n = 100;
    const filled = form()
      .text.replace(/^source:$/m, 'source: 2006 年责任状')
      .replace(/^( +(?:contracted|actual)): {3}#/gm, (_, key) => `${key}: ${(n += 7)}   #`);
    expect(validateMinimal({ 'plans/2006.yaml': filled }).filter((i) => i.file === 'data/plans/2006.yaml')).toEqual([]);
  });

  it('is not written over an existing plan', () => {
    expect(newYearPlan(model!, 2005)).toEqual({ ok: false, reason: '2005 年的计划已经有了：data/plans/2005.yaml' });
  });
});
