import { describe, expect, it } from 'vitest';
import { amountWithUnit, inYi } from './views.ts';

describe('ledger amounts with their unit', () => {
  it('reads an amount in 万 also in 亿 once it reaches 1 亿 (15000 万美元 = 1.5 亿美元, 300000 万元 = 30 亿元)', () => {
    expect(amountWithUnit(15000, '万美元')).toBe('15000 万美元（1.5 亿美元）');
    expect(amountWithUnit(300000, '万元')).toBe('300000 万元（30 亿元）');
  });

  it('keeps a smaller amount, or a unit not counted in 万, as written', () => {
    expect(amountWithUnit(2200, '万美元')).toBe('2200 万美元');
    expect(inYi(50000, '个')).toBeNull();
  });
});
