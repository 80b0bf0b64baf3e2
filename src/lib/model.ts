/**
 * The validated data, normalised for scoring and pages. Built only after every check passed,
 * so nothing downstream re-checks shapes.
 */
import type { Band, Group, Indicator, RankingRule, Site, Target, Unit, UnitStatus } from './schema.ts';

export type { Band, Group, Indicator, RankingRule, Site, Target, Unit, UnitStatus };

export interface Plan {
  file: string;
  year: number;
  illustrative: boolean;
  source: string;
  /** Indicator ids tracked this year, in display order. */
  indicators: string[];
  cityTargets: Record<string, number>;
  ranking: RankingRule;
  bands: Band[];
  /** unit id → indicator id → target. A missing entry means "no target" (shown —). */
  targets: Record<string, Record<string, Target>>;
}

export interface ReportEntry {
  unit: string;
  status: UnitStatus;
  remark?: string;
  /** indicator id → 1–N月累计. Empty when the unit did not report (未报送). */
  values: Record<string, number>;
}

export interface Report {
  file: string;
  /** YYYY-MM */
  period: string;
  year: number;
  month: number;
  status: 'draft' | 'published';
  publishedOn: string;
  publisher: string;
  illustrative: boolean;
  note?: string;
  entries: ReportEntry[];
}

export interface Model {
  site: Site;
  groups: Group[];
  units: Unit[];
  indicators: Indicator[];
  plans: Plan[];
  /** Sorted by period. */
  reports: Report[];
}

/** An indicator's registry entry by id (a bare stand-in if it is not on file). */
export function indicatorOf(model: Pick<Model, 'indicators'>, id: string): Indicator {
  return model.indicators.find((i) => i.id === id) ?? { id, name: id, unit: '', decimals: 0 };
}

export const isActive = (unit: Unit, year: number) => unit.activeFrom <= year && (unit.activeUntil === undefined || year <= unit.activeUntil);

export const periodOf = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

export function parsePeriod(period: string): { year: number; month: number } {
  const [year, month] = period.split('-').map(Number);
  return { year, month };
}
