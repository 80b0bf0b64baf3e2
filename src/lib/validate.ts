/**
 * Validation of a whole data tree, pure: files in (already read), a typed model or issues out.
 * Every problem in every file is collected before anything fails.
 */
import type { z } from 'astro/zod';
import { hasErrors, sortIssues, type Issue } from './issues.ts';
import type { Model } from './model.ts';
import { buildModel } from './build-model.ts';
import type { SourceFile } from './read-yaml.ts';
import { indicatorsFileSchema, planSchemaFor, reportSchemaFor, siteSchema, unitsFileSchema, type PlanInput, type ReportInput } from './schema.ts';
import { issuesFromZod } from './zod-issues.ts';
import type { Parsed, RuleContext } from './rules/context.ts';
import { registryRule } from './rules/registry.ts';
import { planRule } from './rules/plan.ts';
import { reportPeriodRule } from './rules/report-period.ts';
import { reportUnitsRule } from './rules/report-units.ts';
import { cumulativeRule } from './rules/cumulative.ts';

export const RULES = [registryRule, planRule, reportPeriodRule, reportUnitsRule, cumulativeRule];

export type FileKind = 'site' | 'units' | 'indicators' | 'plan' | 'report';

export const KNOWN_PLACES = 'site.yaml, units.yaml, indicators.yaml, plans/YYYY.yaml or reports/YYYY/YYYY-MM.yaml';

/** Which kind of file a path inside the data folder is, by its place and name. */
export function kindOf(relative: string): FileKind | undefined {
  if (relative === 'site.yaml') return 'site';
  if (relative === 'units.yaml') return 'units';
  if (relative === 'indicators.yaml') return 'indicators';
  if (/^plans\/\d{4}\.yaml$/.test(relative)) return 'plan';
  if (/^reports\/\d{4}\/\d{4}-(0[1-9]|1[0-2])\.yaml$/.test(relative)) return 'report';
  return undefined;
}

/** A hint for a file in the wrong place or with a near-miss name. */
export function placeHint(relative: string): string | undefined {
  const month = /^reports\/(\d{4})\/(\d{4})-(\d)\.ya?ml$/.exec(relative);
  if (month) return `name it ${month[2]}-0${month[3]}.yaml (two-digit month)`;
  if (/\.yml$/.test(relative)) return `use the extension .yaml: ${relative.replace(/\.yml$/, '.yaml')}`;
  if (/^reports\/\d{4}-\d{2}\.yaml$/.test(relative)) return `move it into its year's folder: reports/${relative.slice(8, 12)}/${relative.slice(8)}`;
  // 2005-12 .yaml, 2005-12 (1).yaml, 2005-12月.yaml, 2005-12.yaml.txt: the period is there, the name is not exact.
  const inReports = /^reports\/(\d{4})\/(\d{4}-(?:0[1-9]|1[0-2]))(?!\.yaml$).*$/.exec(relative);
  if (inReports) return `rename it to exactly ${inReports[2]}.yaml (no spaces, copies' "(1)", 月 or extra extensions)`;
  return undefined;
}

export interface ValidationResult {
  model?: Model;
  issues: Issue[];
}

export interface ValidateOptions {
  /** Label of the data folder in messages, e.g. `data`. */
  dataDir: string;
  /** The current month (YYYY-MM): later periods are "in the future". */
  currentPeriod: string;
  /** Files that exist but could not be read (already reported): not to be called missing. */
  unreadable?: ReadonlySet<string>;
}

/** Files that exist but did not pass: their problems are reported, and rules must not call them missing. */
function parseWith<T>(source: SourceFile, schema: z.ZodType<T>, issues: Issue[], failed: Set<string>): Parsed<T> | undefined {
  const result = schema.safeParse(source.data);
  if (result.success) return { source, value: result.data };
  issues.push(...issuesFromZod(source, schema, result.error));
  failed.add(source.file);
  return undefined;
}

export function validateTree(sources: SourceFile[], options: ValidateOptions): ValidationResult {
  const issues: Issue[] = [];
  const prefix = `${options.dataDir}/`;
  const byKind = new Map<FileKind, SourceFile[]>();
  for (const source of sources) {
    const relative = source.file.startsWith(prefix) ? source.file.slice(prefix.length) : source.file;
    const kind = kindOf(relative);
    if (kind === undefined) {
      issues.push({ severity: 'error', file: source.file, line: 1, col: 1, field: '', expected: `a data file at a known place (${KNOWN_PLACES})`, got: `the file ${JSON.stringify(relative)}`, suggestion: placeHint(relative) });
      continue;
    }
    byKind.set(kind, [...(byKind.get(kind) ?? []), source]);
  }
  const single = (kind: FileKind, name: string) => {
    const found = byKind.get(kind)?.[0];
    if (!found && !options.unreadable?.has(prefix + name)) issues.push({ severity: 'error', file: `${prefix}${name}`, line: 1, col: 1, field: '', expected: 'the file to exist', got: 'no such file', suggestion: 'restore it from git (git checkout -- ' + prefix + name + ')' });
    return found;
  };

  const siteSource = single('site', 'site.yaml');
  const unitsSource = single('units', 'units.yaml');
  const indicatorsSource = single('indicators', 'indicators.yaml');
  const failed = new Set(options.unreadable ?? []);
  const site = siteSource && parseWith(siteSource, siteSchema, issues, failed);
  const unitsFile = unitsSource && parseWith(unitsSource, unitsFileSchema, issues, failed);
  const indicatorsFile = indicatorsSource && parseWith(indicatorsSource, indicatorsFileSchema, issues, failed);
  const indicators = indicatorsFile?.value.indicators ?? [];
  const indicatorIds = indicators.map((i) => i.id);

  // Plans and reports name the indicators as fields: without a valid indicator list every figure
  // would be "unknown", repeating one error hundreds of times. They are checked once it is fixed.
  const planSchema = planSchemaFor(indicatorIds) as unknown as z.ZodType<PlanInput>;
  const reportSchema = reportSchemaFor(indicatorIds) as unknown as z.ZodType<ReportInput>;
  const planSources = byKind.get('plan') ?? [];
  const reportSources = byKind.get('report') ?? [];
  if (!indicatorsFile) for (const source of [...planSources, ...reportSources]) failed.add(source.file);
  const plans = indicatorsFile ? planSources.flatMap((s) => parseWith(s, planSchema, issues, failed) ?? []) : [];
  const reports = indicatorsFile ? reportSources.flatMap((s) => parseWith(s, reportSchema, issues, failed) ?? []) : [];

  const context: RuleContext = {
    site,
    groups: unitsFile?.value.groups ?? [],
    units: unitsFile?.value.units ?? [],
    unitsSource: unitsFile?.source,
    indicators,
    indicatorsSource: indicatorsFile?.source,
    plans,
    reports,
    currentPeriod: options.currentPeriod,
    unreadable: failed,
  };
  // Cross-file rules need the registry; if it is broken, its own errors come first.
  const rules = unitsFile && indicatorsFile ? RULES : [registryRule];
  for (const rule of rules) issues.push(...rule(context));

  const sorted = sortIssues(issues);
  if (hasErrors(sorted) || !site || !unitsFile || !indicatorsFile) return { issues: sorted };
  return { issues: sorted, model: buildModel(context) };
}
