import { describe, expect, it } from 'vitest';
import { assessmentModel } from '../../../test/support/assessment-models.ts';
import { report } from '../../../test/support/models.ts';
import { scoreBoard } from '../score/board.ts';
import { toCsv } from './csv.ts';
import { warningTable } from './warning.ts';

const column = (t: ReturnType<typeof warningTable>, header: string) => t.headers.indexOf(header);

describe('the 预警 download', () => {
  const nov = report('2005-11', { t1: { c: 80, a: 30 }, t2: { c: 95, a: 38 }, t3: '未报送', t4: { c: 60, a: 20 }, t5: { c: 90, a: 36 }, d1: { c: 70, a: 25 } });
  const dec = report('2005-12', { t1: { c: 90, a: 35 }, t2: { c: 105, a: 42 }, t3: { c: 50, a: 10 }, t4: { c: 70, a: 25 }, t5: { c: 100, a: 41 }, d1: { c: 80, a: 30 } });
  const board = scoreBoard(assessmentModel([nov, dec]));
  const table = warningTable(board, 2005);

  it('writes a row per unit, check ahead and indicator, projecting the 累计 at the same monthly average', () => {
    const t1 = table.rows.filter((r) => r[0] === '2005-11' && r[2] === 't1');
    expect(t1.map((r) => [r[column(table, '考核月份')], r[column(table, '指标')]])).toEqual([[12, '合同'], [12, '实际']]);
    expect(t1[0][column(table, '推算累计')]).toBeCloseTo((80 / 11) * 12, 6);
    expect(t1[0][column(table, '考核要求(%)')]).toBe(100);
  });

  it('still gives each unit one row in a month with no check ahead, for its months behind pace', () => {
    const december = table.rows.filter((r) => r[0] === '2005-12');
    expect(december).toHaveLength(6);
    expect(december.every((r) => r[column(table, '考核')] === null && r[column(table, '指标')] === null)).toBe(true);
    expect(december.find((r) => r[2] === 't3')![column(table, '连续落后月数')]).toBe(2); // 未报送 in November, behind in December
  });

  it('writes a blank, never 0, for a unit that did not report', () => {
    const t3 = table.rows.find((r) => r[0] === '2005-11' && r[2] === 't3')!;
    expect(t3[column(table, '推算累计')]).toBeNull();
    expect(toCsv(table).split('\r\n').find((line) => line.startsWith('2005-11,镇,t3,'))).toMatch(/,合同,,万美元,,/);
  });
});
