/**
 * Validation of a whole data tree, pure: files in (already read), a typed model or issues out.
 * Every problem in every file is collected before anything fails. What files may exist, their
 * schemas and their rules all come from the table in ../data-kinds.ts.
 */
import type { z } from 'zod';
import { ALL_RULES, DATA_KINDS, KIND_IDS, kindOf, type KindId } from '../data-kinds.ts';
import type { Model } from '../model/model.ts';
import type { SourceFile } from '../read/read-yaml.ts';
import type { SchemaInputs } from '../schema/common.ts';
import { findHiddenCharacters, withoutDoubles } from './hidden-characters.ts';
import { hasErrors, sortIssues, type Issue } from './issues.ts';
import { placeIssue } from './place.ts';
import type { Parsed, Rule, RuleContext } from './rule.ts';
import { t } from '../messages/index.ts';
import { issuesFromZod } from './zod-issues.ts';

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
  /** Rules not to run, by name (npm run record-published validates everything but the record it is about to write). */
  skipRules?: readonly string[];
  /** The cross-file rules to run (every rule of the data-kind table unless given, e.g. by a test). */
  rules?: readonly Rule[];
}

type Files = RuleContext['files'];

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
    if (kind === undefined) issues.push(placeIssue(source.file, relative));
    else byKind.set(kind, [...(byKind.get(kind) ?? []), source]);
  }
  for (const id of KIND_IDS) {
    const name = DATA_KINDS[id].place;
    if (DATA_KINDS[id].single && !byKind.has(id) && !options.unreadable?.has(prefix + name)) {
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
  const files = Object.fromEntries(KIND_IDS.map((id) => [id, []])) as unknown as Files;
  const parseKind = (id: KindId, inputs: SchemaInputs, unitOf?: UnitOf) => {
    const kindSources = DATA_KINDS[id].single ? (byKind.get(id) ?? []).slice(0, 1) : (byKind.get(id) ?? []);
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
  for (const rule of options.rules ?? ALL_RULES) {
    if (options.skipRules?.includes(rule.name)) continue;
    if (rule.needs.every((id) => files[id].length > 0))
      issues.push(...runRule(rule, context, options.dataDir).map((issue) => ({ ...issue, rule: rule.name })));
  }

  // Every text of every kind, parsed or not: no field can forget it (hidden-characters.ts).
  const sorted = sortIssues(withoutDoubles(issues, sources.flatMap(findHiddenCharacters)));
  const complete = KIND_IDS.every((id) => !DATA_KINDS[id].single || files[id].length > 0);
  if (hasErrors(sorted) || !complete) return { issues: sorted };
  return { issues: sorted, model: buildModel(files, inputs) };
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
  ) as unknown as Files;
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

/** Every kind's part of the model, merged. */
function buildModel(files: Files, inputs: SchemaInputs): Model {
  const parts = KIND_IDS.map((id) =>
    (DATA_KINDS[id].toModel as (f: unknown, i: SchemaInputs) => object)(files[id], inputs),
  );
  return Object.assign({}, ...parts) as Model;
}
