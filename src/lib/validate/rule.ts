/** What every cross-file rule is and gets: the parsed files (shapes already valid) and a way to point at a place. */
import type { KindId, KindInputs } from '../schema/kinds.ts';
import { endPeriod, isActive, isActiveIn, startPeriod } from '../schema/units.ts';
import type { Parsed, SourceFile } from '../read/read-yaml.ts';
import type { Indicator } from '../schema/indicators.ts';
import type { ReportInput } from '../schema/report.ts';
import type { Group, Unit } from '../schema/units.ts';
import { fieldPath, type Issue, type Path } from '../read/issue.ts';
import { t } from '../messages/index.ts';

export interface RuleContext {
  /** Every file that passed its schema, by kind. */
  files: { [K in KindId]: Array<Parsed<KindInputs[K]>> };
  /** The registry (empty when its file is broken): every rule needs it. */
  groups: Group[];
  units: Unit[];
  indicators: Indicator[];
  /** The latest period that may hold figures (YYYY-MM): the build's current month. */
  currentPeriod: string;
  /** Files that exist but could not be read or did not fit the schema; their problems are already reported. */
  unreadable: ReadonlySet<string>;
}

/** A cross-file rule: it looks at the whole tree and returns what it found; it never throws. */
export interface Rule {
  /** Short id, printed with every issue it raises (e.g. in GitHub annotations). */
  name: string;
  /** What it checks, in one line. */
  description: string;
  /** Kinds that must have passed their schema for the rule to run (its input would be guesswork otherwise). */
  needs: readonly KindId[];
  check: (context: RuleContext) => Issue[];
}

/**
 * An issue at a place in a file. `expected`, `got` and `suggestion` are already in the language
 * asked for: rules take them from the message catalogue (`t()` in ../messages/).
 */
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
function periodMatchesFile({ source, value }: Parsed<ReportInput>): boolean {
  return source.file.endsWith(`/${value.period.slice(0, 4)}/${value.period}.yaml`);
}

/**
 * Reports of one year, in period order. A report whose period disagrees with its file name is
 * left out (that mismatch is reported on its own): which month it holds is not known.
 */
export function reportsOfYear(context: RuleContext, year: number): Array<Parsed<ReportInput>> {
  return context.files.report
    .filter((r) => r.value.period.startsWith(`${year}-`) && periodMatchesFile(r))
    .sort((a, b) => a.value.period.localeCompare(b.value.period));
}

/** The plan of a year, if one passed its schema. */
export const planOf = (context: RuleContext, year: number) =>
  context.files.plan.find((p) => p.value.year === year)?.value;

/**
 * Whether a unit reports in a year. A unit whose active years are impossible (the registry rule
 * reports that) counts as active, so that one mistake is not repeated in every file.
 */
export function activeIn(unit: Unit, year: number): boolean {
  if (impossibleSpan(unit)) return true;
  return isActive(unit, year);
}

/** Whether a unit reports in a month (YYYY-MM): one that starts in 2006-02 is not in 2006-01's report. */
export function activeInPeriod(unit: Unit, period: string): boolean {
  if (impossibleSpan(unit)) return true;
  return isActiveIn(unit, period);
}

const impossibleSpan = (unit: Unit) => unit.activeUntil !== undefined && endPeriod(unit)! < startPeriod(unit);

/** A unit's active years in words: `2005 年起` or `2004—2006 年` (`2006-02 起` when it starts or stops by month). */
export const activeYears = (unit: Unit) => {
  const byMonth = typeof unit.activeFrom === 'string' || typeof unit.activeUntil === 'string';
  return unit.activeUntil === undefined
    ? t(byMonth ? 'clerk.activeMonths.from' : 'rules.activeYears.from', { from: unit.activeFrom })
    : t(byMonth ? 'clerk.activeMonths.between' : 'rules.activeYears.between', {
        from: unit.activeFrom,
        until: unit.activeUntil,
      });
};
