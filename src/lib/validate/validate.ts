/**
 * Validation of a whole data tree, pure: files in (already read), the valid files by kind or issues
 * out (model/ builds the model from them). Every problem in every file is collected before anything
 * fails. What files may exist and their schemas come from the table in ../schema/kinds.ts; the
 * rules from the list in rules/index.ts.
 */
import type { z } from 'zod';
import { DATA_KINDS, KIND_IDS, kindOf, type KindId } from '../schema/kinds.ts';
import type { Parsed, SourceFile } from '../read/read-yaml.ts';
import type { SchemaInputs } from '../schema/common.ts';
import { findHiddenCharacters, withoutDoubles } from './hidden-characters.ts';
import { hasErrors, sortIssues } from './issues.ts';
import type { Issue } from '../read/issue.ts';
import { locationIssue } from './location.ts';
import type { Rule, RuleContext } from './rule.ts';
import { RULES } from './rules/index.ts';
import { t } from '../messages/index.ts';
import { issuesFromZod } from './zod-issues.ts';

/** Every file that passed its schema, by kind. */
export type ValidFiles = RuleContext['files'];

export interface ValidationResult {
  /** Every file by kind, when the tree has no error and every required file: what the model is built from. */
  files?: ValidFiles;
  issues: Issue[];
}

export interface ValidateOptions {
  /** Label of the data folder in messages, e.g. `data`. */
  dataDir: string;
  /** The current month (YYYY-MM): later periods are "in the future". */
  currentPeriod: string;
  /** Files that exist but could not be read (already reported): not to be called missing. */
  unreadable?: ReadonlySet<string>;
  /** Rules not to run, by name (npm run record-published validates everything but the record it is about to write). */
  skipRules?: readonly string[];
  /** The cross-file rules to run (every rule of the data-kind table unless given, e.g. by a test). */
  rules?: readonly Rule[];
}

type UnitOf = (field: string) => string | undefined;

function parseWith<T>(
  source: SourceFile,
  schema: z.ZodType<T>,
  issues: Issue[],
  failed: Set<string>,
  unitOf?: UnitOf,
): Parsed<T> | undefined {
  const result = schema.safeParse(source.data);
  if (result.success) return { source, value: result.data };
  issues.push(...issuesFromZod(source, schema, result.error, unitOf).map((issue) => ({ ...issue, rule: 'schema' })));
  failed.add(source.file);
  return undefined;
}

export function validateTree(sources: SourceFile[], options: ValidateOptions): ValidationResult {
  const issues: Issue[] = [];
  const prefix = `${options.dataDir}/`;
  const byKind = new Map<KindId, SourceFile[]>();
  for (const source of sources) {
    const relative = source.file.startsWith(prefix) ? source.file.slice(prefix.length) : source.file;
    const kind = kindOf(relative);
    if (kind === undefined) issues.push(locationIssue(source.file, relative));
    else byKind.set(kind, [...(byKind.get(kind) ?? []), source]);
  }
  for (const id of KIND_IDS) {
    const name = DATA_KINDS[id].location;
    if (DATA_KINDS[id].required && !byKind.has(id) && !options.unreadable?.has(prefix + name)) {
      issues.push({
        severity: 'error',
        rule: 'required-files',
        file: `${prefix}${name}`,
        line: 1,
        col: 1,
        field: '',
        expected: t('validate.files.required'),
        got: t('validate.files.required.got'),
        suggestion: t('validate.files.required.suggestion', { prefix, name }),
      });
    }
  }

  // Files whose schema names indicator ids wait for a valid indicator list: otherwise every figure
  // would be "unknown", repeating one error hundreds of times. They are checked once it is fixed.
  const failed = new Set(options.unreadable ?? []);
  const files = Object.fromEntries(KIND_IDS.map((id) => [id, []])) as unknown as ValidFiles;
  const parseKind = (id: KindId, inputs: SchemaInputs, unitOf?: UnitOf) => {
    const kindSources = DATA_KINDS[id].required ? (byKind.get(id) ?? []).slice(0, 1) : (byKind.get(id) ?? []);
    const schema = DATA_KINDS[id].schema(inputs) as z.ZodType<unknown>;
    (files[id] as Array<Parsed<unknown>>) = kindSources.flatMap(
      (s) => parseWith(s, schema, issues, failed, unitOf) ?? [],
    );
  };
  for (const id of KIND_IDS) if (!DATA_KINDS[id].usesIndicators) parseKind(id, { indicatorIds: [] });
  const indicators = files.indicators[0]?.value.indicators;
  const inputs: SchemaInputs = { indicatorIds: (indicators ?? []).map((i) => i.id) };
  for (const id of KIND_IDS) {
    if (!DATA_KINDS[id].usesIndicators) continue;
    if (indicators) parseKind(id, inputs, (field) => indicators.find((i) => i.id === field)?.unit);
    else for (const source of byKind.get(id) ?? []) failed.add(source.file);
  }

  const context: RuleContext = {
    files,
    groups: files.units[0]?.value.groups ?? [],
    units: files.units[0]?.value.units ?? [],
    indicators: indicators ?? [],
    currentPeriod: options.currentPeriod,
    unreadable: failed,
  };
  // A rule runs once the kinds it needs are valid; a broken registry's own errors come first.
  for (const rule of options.rules ?? RULES) {
    if (options.skipRules?.includes(rule.name)) continue;
    if (rule.needs.every((id) => files[id].length > 0))
      issues.push(...runRule(rule, context, options.dataDir).map((issue) => ({ ...issue, rule: rule.name })));
  }

  // Every text of every kind, parsed or not: no field can forget it (hidden-characters.ts).
  const sorted = sortIssues(withoutDoubles(issues, sources.flatMap(findHiddenCharacters)));
  const complete = KIND_IDS.every((id) => !DATA_KINDS[id].required || files[id].length > 0);
  if (hasErrors(sorted) || !complete) return { issues: sorted };
  return { issues: sorted, files };
}

/**
 * One rule's issues. A rule that throws (a bug meeting data it did not expect) does not end the
 * check: its error becomes an issue at the last file it was reading (else the data folder), and
 * the other rules run. Validation fails, since what the rule should have checked was not checked.
 */
function runRule(rule: Rule, context: RuleContext, dataDir: string): Issue[] {
  let reading: string | undefined;
  const watched = Object.fromEntries(
    Object.entries(context.files).map(([id, parsed]) => [
      id,
      (parsed as Array<Parsed<unknown>>).map(({ source, value }) => ({
        source,
        get value() {
          reading = source.file;
          return value;
        },
      })),
    ]),
  ) as unknown as ValidFiles;
  try {
    return rule.check({ ...context, files: watched });
  } catch (error) {
    const vars = { rule: rule.name, error: error instanceof Error ? error.message : String(error) };
    return [
      {
        severity: 'error',
        file: reading ?? dataDir,
        line: 1,
        col: 1,
        field: '',
        expected: t('validate.ruleFailed.expected', vars),
        got: t('validate.ruleFailed.got', vars),
        suggestion: t('validate.ruleFailed.suggestion'),
      },
    ];
  }
}
