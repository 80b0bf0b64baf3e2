import { describe, expect, it } from 'vitest';
import type { CooperationYear } from './cooperation/schema.ts';
import type { Project } from './projects/schema.ts';
import { cooperationProgress } from './cooperation/score.ts';
import { conversion } from './events/score.ts';
import { ledgerTotals, projectStatus } from './projects/score.ts';
import { asPeriod } from '../../../test/support/ids.ts';

const project = (id: string, agreed: number, planned: number, inPlace: number[], onPlan = true): Project => ({
  id,
  name: id,
  tier: 'key',
  unit: 'u',
  person: '某',
  investor: '某',
  country: '某',
  agreed,
  planned,
  months: inPlace.map((v, i) => ({ month: asPeriod(`2005-0${i + 1}`), inPlace: v, stage: '签约', onPlan })),
});

describe('the ledger sums', () => {
  it('totals agreed, planned and the latest funds in place, against the agreed target', () => {
    const rows = [project('a', 9000, 3000, [100, 600]), project('b', 3000, 1000, [0, 400], false)].map(projectStatus);
    expect(ledgerTotals(rows, 15000)).toEqual({
      count: 2,
      agreed: 12000,
      planned: 4000,
      inPlace: 1000,
      onPlan: 1,
      agreedShare: 0.8,
      inPlaceShare: 0.25,
    });
  });

  it('has no share of a target that is not set, never 0%', () => {
    expect(ledgerTotals([projectStatus(project('a', 100, 0, [0]))]).agreedShare).toBeNull();
    expect(ledgerTotals([projectStatus(project('a', 100, 0, [0]))]).inPlaceShare).toBeNull();
  });

  it('counts a signing at every step it has reached (意向 counts all of them)', () => {
    const steps = ['意向', '协议', '开工', '到资'];
    const event = {
      id: 'e',
      name: 'e',
      date: '2005-03-01',
      place: 'p',
      organiser: 'o',
      signings: ['意向', '开工', '到资', '协议'].map((step) => ({ name: step, unit: 'u', step })),
    };
    expect(conversion(event, steps).map((c) => c.count)).toEqual([4, 3, 2, 1]);
  });

  it('counts cooperation projects by the month they were signed, against both targets and the time pace', () => {
    const year: CooperationYear = {
      file: 'f',
      year: 2005,
      illustrative: false,
      title: '接轨',
      source: 's',
      unit: '万元',
      minimum: 1000,
      targets: { count: 60, total: 300000 },
      projects: [
        { name: 'a', unit: 'u', partner: 'p', amount: 30000, signedOn: '2005-01-31' },
        { name: 'b', unit: 'u', partner: 'p', amount: 15000, signedOn: '2005-03-01' },
      ],
    };
    const months = cooperationProgress(year, '2005-03');
    expect(months.map((m) => [m.period, m.count, m.total])).toEqual([
      ['2005-01', 1, 30000],
      ['2005-02', 1, 30000],
      ['2005-03', 2, 45000],
    ]);
    expect(months[2].totalRate).toBeCloseTo(0.15);
    expect(months[2].pace).toBe(0.25);
  });
});
