/** What every cross-file rule gets: the parsed files (shapes already valid) and a way to point at a place. */
import { fieldPath, type Issue, type Path } from '../issues.ts';
import type { SourceFile } from '../read-yaml.ts';
import { isActive } from '../model.ts';
import type { Group, Indicator, PlanInput, ReportInput, Site, Unit } from '../schema.ts';

export interface Parsed<T> {
  source: SourceFile;
  value: T;
}

export interface RuleContext {
  site?: Parsed<Site>;
  groups: Group[];
  units: Unit[];
  unitsSource?: SourceFile;
  indicators: Indicator[];
  indicatorsSource?: SourceFile;
  plans: Parsed<PlanInput>[];
  reports: Parsed<ReportInput>[];
  /** The latest period that may hold figures (YYYY-MM): the build's current month. */
  currentPeriod: string;
  /** Files that exist but could not be read or did not fit the schema; their problems are already reported. */
  unreadable: ReadonlySet<string>;
}

/** A rule looks at the whole tree and returns what it found; it never throws. */
export type Rule = (context: RuleContext) => Issue[];

export function issueAt(
  source: SourceFile,
  path: Path,
  expected: string,
  got: string,
  options: { suggestion?: string; severity?: Issue['severity']; key?: boolean } = {},
): Issue {
  return {
    severity: options.severity ?? 'error',
    file: source.file,
    ...source.locate(path, { key: options.key }),
    field: fieldPath(path),
    expected,
    got,
    suggestion: options.suggestion,
  };
}

/** Whether a report's period agrees with its folder and file name (reports/YYYY/YYYY-MM.yaml). */
export function periodMatchesFile({ source, value }: Parsed<ReportInput>): boolean {
  return source.file.endsWith(`/${value.period.slice(0, 4)}/${value.period}.yaml`);
}

/**
 * Reports of one year, in period order. A report whose period disagrees with its file name is
 * left out (that mismatch is reported on its own): which month it holds is not known.
 */
export function reportsOfYear(context: RuleContext, year: number): Parsed<ReportInput>[] {
  return context.reports
    .filter((r) => r.value.period.startsWith(`${year}-`) && periodMatchesFile(r))
    .sort((a, b) => a.value.period.localeCompare(b.value.period));
}

/**
 * Whether a unit reports in a year. A unit whose active years are impossible (the registry rule
 * reports that) counts as active, so that one mistake is not repeated in every file.
 */
export function activeIn(unit: Unit, year: number): boolean {
  if (unit.activeUntil !== undefined && unit.activeUntil < unit.activeFrom) return true;
  return isActive(unit, year);
}

/** A unit's active years in words: `from 2005` or `2004–2006`. */
export const activeYears = (unit: Unit) => (unit.activeUntil === undefined ? `from ${unit.activeFrom}` : `${unit.activeFrom}–${unit.activeUntil}`);
