import { describe, expect, it } from 'vitest';
import { validateMinimal } from '../../../../test/support/tree.ts';
import { assessmentsRule } from './assessments.ts';

const block = `
assessments:
  source: 讲话
  checks:
    - { id: q1, name: 一季度考评, month: 3, threshold: pace, passLabel: 达到, failLabel: 未达 }
    - { id: half, name: 双过半, month: 6, threshold: 0.5, passLabel: 过半, failLabel: 未过半 }
  exemptions:
    - { unit: gangqu, indicator: actual, checks: [q1], reason: 不可抗力 }
  warning:
    behindMonths: 3
`;

const issuesFor = (change: (text: string) => string) =>
  validateMinimal({ 'plans/2005.yaml': (t) => t + change(block) }).filter(
    (i) => i.rule === assessmentsRule.name || i.rule === 'schema',
  );

describe('the assessments rule', () => {
  it('passes a plan whose assessments name known checks, units and indicators', () => {
    expect(issuesFor((b) => b)).toEqual([]);
  });

  it('rejects a check id used twice', () => {
    expect(issuesFor((b) => b.replace('id: half', 'id: q1'))).toEqual([
      expect.objectContaining({
        rule: 'assessments',
        severity: 'error',
        file: 'data/plans/2005.yaml',
        line: 34,
        field: 'assessments.checks[1].id',
        got: '"q1" 重复',
      }),
    ]);
  });

  it('rejects a check id that is the address of another page', () => {
    expect(issuesFor((b) => b.replace('id: half', 'id: warning'))).toEqual([
      expect.objectContaining({ rule: 'assessments', field: 'assessments.checks[1].id', got: '"warning"' }),
    ]);
  });

  it('rejects checks out of month order', () => {
    expect(issuesFor((b) => b.replace('month: 6', 'month: 2'))).toEqual([
      expect.objectContaining({ rule: 'assessments', field: 'assessments.checks[1].month', got: '2 月' }),
    ]);
  });

  it('rejects an exemption for an unknown unit, suggesting the nearest id', () => {
    expect(issuesFor((b) => b.replace('unit: gangqu', 'unit: ganqu'))).toEqual([
      expect.objectContaining({
        rule: 'assessments',
        line: 36,
        field: 'assessments.exemptions[0].unit',
        got: '"ganqu"',
        suggestion: expect.stringContaining('gangqu'),
      }),
    ]);
  });

  it('rejects an exemption naming a check or an indicator the plan does not have', () => {
    expect(
      issuesFor((b) => b.replace('checks: [q1]', 'checks: [hlaf]').replace('indicator: actual', 'indicator: export')),
    ).toEqual([
      expect.objectContaining({ field: 'assessments.exemptions[0].indicator', got: '"export"' }),
      expect.objectContaining({ field: 'assessments.exemptions[0].checks[0]', got: '"hlaf"' }),
    ]);
  });

  it('rejects a consequence for the 力争 target on a check that does not report it', () => {
    expect(
      issuesFor((b) => b.replace('failLabel: 未过半 }', 'failLabel: 未过半, consequences: { stretch: 重奖 } }')),
    ).toEqual([expect.objectContaining({ rule: 'assessments', field: 'assessments.checks[1].consequences.stretch' })]);
  });

  it('leaves the shape to the schema: a threshold must be pace or a share', () => {
    expect(issuesFor((b) => b.replace('threshold: 0.5', 'threshold: 50%'))).toEqual([
      expect.objectContaining({ rule: 'schema', field: 'assessments.checks[1].threshold' }),
    ]);
  });
});
