/** The cooperation tracker's count and total against target and time pace, month by month, pure. */
import { parsePeriod } from '../../schema/period.ts';
import type { CooperationYear } from './schema.ts';
import { completionRate, timePace } from '../../score/formulas.ts';

export interface CooperationMonth {
  period: string;
  count: number;
  total: number;
  countRate: number | null;
  totalRate: number | null;
  pace: number;
}

/**
 * Month by month to `through` (YYYY-MM): projects signed so far, their total, against both targets and the time pace.
 */
export function cooperationProgress(year: CooperationYear, through: string): CooperationMonth[] {
  const last = parsePeriod(through).month;
  return Array.from({ length: last }, (_, i) => {
    const period = `${year.year}-${String(i + 1).padStart(2, '0')}`;
    const signed = year.projects.filter((p) => p.signedOn.slice(0, 7) <= period);
    const total = signed.reduce((t, p) => t + p.amount, 0);
    return {
      period,
      count: signed.length,
      total,
      countRate: completionRate(signed.length, year.targets.count),
      totalRate: completionRate(total, year.targets.total),
      pace: timePace(i + 1),
    };
  });
}
