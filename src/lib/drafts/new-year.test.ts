import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateMinimal } from '../../../test/support/tree.ts';
import { loadData } from '../model/load.ts';
import { newYearPlan } from './new-year.ts';
import { asUnit } from '../../../test/support/ids.ts';

const root = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'minimal');
const { model } = loadData({ root, currentPeriod: '2026-11' });
const ASSESSMENTS = {
  source: '2005 年会议讲话',
  checks: [{ id: 'q1', name: '一季度考评', month: 3, threshold: 'pace' as const, passLabel: '达', failLabel: '未达' }],
  exemptions: [{ unit: asUnit('waijing'), checks: ['year'], reason: '经批准免考' }],
  warning: { behindMonths: 3 },
};
/** The form after a year whose plan had assessments and a release day (the minimal fixture's has neither). */
const withLastYearsRules = () => {
  const plans = model!.plans.map((p) => ({ ...p, assessments: ASSESSMENTS, releaseDay: 5 }));
  const plan = newYearPlan({ ...model!, plans }, 2006);
  if (!plan.ok) throw new Error(plan.reason);
  return plan;
};
const form = () => {
  const plan = newYearPlan(model!, 2006);
  if (!plan.ok) throw new Error(plan.reason);
  return plan;
};

describe('the new year’s plan form', () => {
  it('lists every unit active that year with a blank per indicator and last year’s target as a comment', () => {
    const { file, text } = form();
    expect(file).toBe('data/plans/2006.yaml');
    for (const unit of model!.units.filter((u) => u.activeUntil === undefined || Number(u.activeUntil) >= 2006))
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
      .text.replace(/^source:$/m, 'source: 2006 年责任状\ntargetSumNote: 测试用数字，不求相加等于全市')
      .replace(/^( +(?:contracted|actual)): {3}#/gm, (_, key) => `${key}: ${(n += 7)}   #`);
    expect(validateMinimal({ 'plans/2006.yaml': filled }).filter((i) => i.file === 'data/plans/2006.yaml')).toEqual([]);
  });

  it('carries last year’s assessments and release day over for the clerk to confirm', () => {
    const { text } = withLastYearsRules();
    const plan = parse(text) as Record<string, Record<string, unknown>>;
    expect(plan.assessments.checks).toEqual(ASSESSMENTS.checks);
    expect(plan.assessments.warning).toEqual(ASSESSMENTS.warning);
    expect(plan.releaseDay).toBe(5);
    expect(text).toContain('# 考核办法照抄了 2005 年：请逐项核对');
    expect(text).toContain('# 发布日程照抄了 2005 年');
  });

  it('leaves the assessments’ source blank and last year’s exemptions commented out: each was that year’s', () => {
    const { text } = withLastYearsRules();
    const plan = parse(text) as Record<string, Record<string, unknown>>;
    expect(plan.assessments.source).toBeNull();
    expect(plan.assessments.exemptions).toBeUndefined();
    expect(text).toContain('  #   - { unit: waijing, checks: [ year ], reason: 经批准免考 }');
    const filled = text
      .replace(/^source:$/m, 'source: 2006 年责任状')
      .replace(/^( +(?:contracted|actual)): {3}#/gm, (_, key) => `${key}: 300   #`);
    const issues = validateMinimal({ 'plans/2006.yaml': filled }).filter((i) => i.file === 'data/plans/2006.yaml');
    expect(issues.map((i) => [i.field, i.severity])).toEqual([['assessments.source', 'error']]);
  });

  it('is not written over an existing plan', () => {
    expect(newYearPlan(model!, 2005)).toEqual({ ok: false, reason: '2005 年的计划已经有了：data/plans/2005.yaml' });
  });
});

describe('the new year’s illustrative notice', () => {
  const withNotice = () => {
    const plans = model!.plans.map((p) => ({
      ...p,
      illustrativeNotice: `示意数据：本站 2004—${p.year} 年数字为编造。`,
    }));
    const plan = newYearPlan({ ...model!, plans }, 2006);
    if (!plan.ok) throw new Error(plan.reason);
    return plan;
  };

  it('carries last year’s notice only as a comment, so the new year prints no words of the old one', () => {
    const { text } = withNotice();
    expect(text).toContain('\n# illustrativeNotice: 示意数据：本站 2004—2005 年数字为编造。\n');
    expect(parse(text)).not.toHaveProperty('illustrativeNotice');
  });

  it('refuses a notice copied from last year, naming the year it should name', () => {
    const issues = validateMinimal({
      'plans/2005.yaml': (text) =>
        text.replace('source:', 'illustrativeNotice: 示意数据：本站 2004 年数字为编造。\nsource:'),
    });
    const notice = issues.filter((i) => i.field === 'illustrativeNotice');
    expect(notice).toHaveLength(1);
    expect(notice[0]!.file).toBe('data/plans/2005.yaml');
    expect(notice[0]!.expected).toContain('要写 2005 年');
    expect(notice[0]!.suggestion).toContain('写的是 2004 年');
  });

  it('takes a notice that names its own year, or earlier ones beside it', () => {
    const issues = validateMinimal({
      'plans/2005.yaml': (text) =>
        text.replace(
          'source:',
          'illustrativeNotice: 示意数据：本站 2004—2005 年数字为编造，目标取自 2005 年 1 月讲话。\nsource:',
        ),
    });
    expect(issues.filter((i) => i.field === 'illustrativeNotice')).toEqual([]);
  });

  it('refuses a notice that names a later year than its own', () => {
    const issues = validateMinimal({
      'plans/2005.yaml': (text) => text.replace('source:', 'illustrativeNotice: 2005—2006 年数字为编造。\nsource:'),
    });
    expect(issues.filter((i) => i.field === 'illustrativeNotice')).toHaveLength(1);
  });
});
