/**
 * Sums over the project ledger, pure: its totals against its agreed target. Each file's amounts stay
 * in that file's own unit: nothing here adds or compares figures of two files.
 */
import type { Project, ProjectLedger, ProjectMonth } from './schema.ts';
import { completionRate } from '../../score/formulas.ts';

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
