import { describe, expect, it } from 'vitest';
import { assessmentModel, rules } from '../../../test/support/assessment-models.ts';
import { report } from '../../../test/support/models.ts';
import { scoreBoard } from '../score/board.ts';
import { toCsv } from './csv.ts';
import { warningTable } from './warning.ts';
import { asIndicator, asUnit } from '../../../test/support/ids.ts';

describe('the 预警 download', () => {
  const nov = report('2005-11', {
    t1: { c: 80, a: 30 },
    t2: { c: 95, a: 38 },
    t3: '未报送',
    t4: { c: 60, a: 20 },
    t5: { c: 90, a: 36 },
    d1: { c: 70, a: 25 },
  });
  const dec = report('2005-12', {
    t1: { c: 90, a: 35 },
    t2: { c: 105, a: 42 },
    t3: { c: 50, a: 10 },
    t4: { c: 70, a: 25 },
    t5: { c: 100, a: 41 },
    d1: { c: 80, a: 30 },
  });
  const table = warningTable(scoreBoard(assessmentModel([nov, dec])), 2005);
  const cell = (period: string, unit: string, header: string) => {
    const row = table.rows.find((r) => r[0] === period && r[2] === unit);
    expect(row, `${period} ${unit}`).toBeDefined();
    expect(table.headers, header).toContain(header);
    return row![table.headers.indexOf(header)];
  };

  it('writes one row per unit per month, one column per check and indicator', () => {
    expect(table.rows).toHaveLength(2 * 6);
    expect(table.headers.filter((h) => h.startsWith('年终考核'))).toEqual([
      '年终考核合同推算完成率(%)',
      '年终考核实际推算完成率(%)',
      '年终考核预计未达',
    ]);
  });

  it('projects the 完成率 at the same monthly average to the check’s month, and names the indicators falling short', () => {
    expect(cell('2005-11', 't1', '年终考核合同推算完成率(%)')).toBeCloseTo((((80 / 11) * 12) / 100) * 100, 6);
    expect(cell('2005-11', 't1', '年终考核预计未达')).toBe('合同、实际');
    expect(cell('2005-11', 't2', '年终考核预计未达')).toBe('否');
  });

  it('leaves a check blank once its month has come, and still counts the months behind pace', () => {
    expect(cell('2005-12', 't1', '年终考核合同推算完成率(%)')).toBeNull();
    expect(cell('2005-12', 't1', '年终考核预计未达')).toBeNull();
    expect(cell('2005-12', 't3', '连续落后月数')).toBe(2); // 未报送 in November, behind in December
  });

  it('writes a blank, never 0, for a unit that did not report, and names the indicators it cannot be projected on', () => {
    expect(cell('2005-11', 't3', '年终考核合同推算完成率(%)')).toBeNull();
    expect(cell('2005-11', 't3', '年终考核预计未达')).toBe('合同（未报送，无法推算）');
    expect(
      toCsv(table)
        .split('\r\n')
        .find((line) => line.startsWith('2005-11,镇,t3,')),
    ).toMatch(/^2005-11,镇,t3,丙镇,1,否,(,)*/);
  });

  it('shows no projection for a unit or an indicator left out of a check (不列入预警), and says why', () => {
    const feb = report('2005-02', {
      t1: { c: 10, a: 4 },
      t2: { c: 10, a: 4 },
      t3: { c: 5 },
      t4: {},
      t5: {},
      d1: { c: 9 },
    });
    const exempt = rules({
      exemptions: [{ unit: asUnit('t2'), indicator: asIndicator('a'), checks: ['q1'], reason: '不可抗力' }],
    });
    const early = warningTable(scoreBoard(assessmentModel([feb], exempt)), 2005);
    const at = (unit: string, header: string) =>
      early.rows.find((r) => r[0] === '2005-02' && r[2] === unit)![early.headers.indexOf(header)];
    // d1 is new in 2005: its 一季度考评 is excused, so nothing is projected to it.
    expect(at('d1', '一季度考评合同推算完成率(%)')).toBeNull();
    expect(at('d1', '一季度考评预计未达')).toBe('不列入预警（当年新设）');
    // t2's 实际 is exempt from q1: that cell stays blank, its 合同 is projected.
    expect(at('t2', '一季度考评实际推算完成率(%)')).toBeNull();
    expect(at('t2', '一季度考评合同推算完成率(%)')).toBeCloseTo(15, 6);
  });
});
