/** What every cross-file rule gets: the parsed files (shapes already valid) and a way to point at a place. */
import { fieldPath, type Issue, type Path } from '../issues.ts';
import type { SourceFile } from '../read-yaml.ts';
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
  /** Files that exist but could not be read; their problems are already reported. */
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

/** Reports of one year, in period order. */
export function reportsOfYear(context: RuleContext, year: number): Parsed<ReportInput>[] {
  return context.reports.filter((r) => r.value.period.startsWith(`${year}-`)).sort((a, b) => a.value.period.localeCompare(b.value.period));
}
