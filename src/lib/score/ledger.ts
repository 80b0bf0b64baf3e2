/**
 * Sums over the ledger files, pure: the project ledger's totals against its agreed target, each
 * event's conversion counts, the cooperation tracker's count and total against target and pace,
 * and the service quarters. Each file's amounts stay in that file's own unit: nothing here adds
 * or compares figures of two files.
 */
import { parsePeriod } from '../schema/period.ts';
import type { CooperationYear } from '../schema/ledger/cooperation.ts';
import type { EventYear, PromotionEvent } from '../schema/ledger/events.ts';
import type { Project, ProjectLedger, ProjectMonth } from '../schema/ledger/projects.ts';
import { completionRate, timePace } from './formulas.ts';

export interface ProjectStatus {
  project: Project;
  /** The project's latest monthly line. */
  latest: ProjectMonth;
}

export interface LedgerTotals {
  count: number;
  agreed: number;
  planned: number;
  inPlace: number;
  onPlan: number;
  /** 协议外资合计 / agreedTarget; null without a target. */
  agreedShare: number | null;
  /** 到位资金 / 当年计划投资. */
  inPlaceShare: number | null;
}

export const projectStatus = (project: Project): ProjectStatus => ({ project, latest: project.months.at(-1)! });

export function ledgerTotals(rows: ProjectStatus[], target?: number): LedgerTotals {
  const sum = (get: (r: ProjectStatus) => number) => rows.reduce((total, r) => total + get(r), 0);
  const agreed = sum((r) => r.project.agreed);
  const planned = sum((r) => r.project.planned);
  const inPlace = sum((r) => r.latest.inPlace);
  return {
    count: rows.length,
    agreed,
    planned,
    inPlace,
    onPlan: rows.filter((r) => r.latest.onPlan).length,
    agreedShare: completionRate(agreed, target),
    inPlaceShare: completionRate(inPlace, planned),
  };
}

/** The latest month any project of the ledger reports. */
export const ledgerMonth = (ledger: ProjectLedger) =>
  ledger.projects
    .map((p) => p.months.at(-1)!.month)
    .sort()
    .at(-1)!;

/** Signings that reached each step or beyond (意向 counts them all): the event's conversion. */
export function conversion(event: PromotionEvent, steps: readonly string[]): Array<{ step: string; count: number }> {
  return steps.map((step, i) => ({ step, count: event.signings.filter((s) => steps.indexOf(s.step) >= i).length }));
}

export const eventYearConversion = (year: EventYear) =>
  conversion(
    { id: '', name: '', date: '', place: '', organiser: '', signings: year.events.flatMap((e) => e.signings) },
    year.steps,
  );

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
