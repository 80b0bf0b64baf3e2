/**
 * The one table of data-file kinds. Everything that depends on what files `data/` may hold reads
 * it: where a file goes (location, pattern, example), its schema (whose `freeTextSchema` fields are
 * checked for text a " #" would cut), the part of the model it becomes, and the file list of
 * data/README.md (`npm run docs:data`). The rules that look at the files are listed in
 * validate/rules/index.ts (the validate stage comes after this one).
 *
 * To add a kind: a schema file in schema/ (shape as written, the model's form, and the conversion),
 * one entry here, and its rules (if any) in validate/rules/ with a line in their list. An optional
 * ledger kind (projects, events, cooperation, service) is a folder src/lib/ledger/<kind>/ instead: its
 * entry is in its schema.ts, and the table takes the ledger kinds from ledger/schema.ts.
 */
import { freeTextFields, type SchemaInputs } from './common.ts';
import { indicatorsFileSchema, type IndicatorsFile } from './indicators.ts';
import { planSchema, toPlan, type PlanInput } from './plan.ts';
import { publishedRecordSchema, type PublishedRecord } from './published.ts';
import { reportSchema, toReport, type ReportInput } from './report.ts';
import { revisionsFileSchema, toRevisions, type RevisionsFile } from './revisions.ts';
import { siteSchema, type Site } from './site.ts';
import { unitsFileSchema, type UnitsFile } from './units.ts';
import { LEDGER_KINDS, type LedgerInputs } from '../ledger/schema.ts';
import { kind, type DataKind } from './data-kind.ts';
import { t } from '../messages/index.ts';
import type { Parsed } from '../read/read-yaml.ts';

/** Each kind's file as validated (what its rules see); the ledger kinds' come from their folders. */
export interface KindInputs extends LedgerInputs {
  site: Site;
  units: UnitsFile;
  indicators: IndicatorsFile;
  plan: PlanInput;
  report: ReportInput;
  revisions: RevisionsFile;
  published: PublishedRecord;
}
export type KindId = keyof KindInputs;

/** reports/2005/2005-3.yaml, reports/2005-03.yaml, reports/2005/2005-03 (1).yaml … */
function reportNearMiss(relative: string): string | undefined {
  const month = /^reports\/(\d{4})\/(\d{4})-(\d)\.ya?ml$/.exec(relative);
  if (month) return t('validate.place.twoDigitMonth', { year: month[2]!, month: month[3]! });
  if (/^reports\/\d{4}-\d{2}\.yaml$/.test(relative))
    return t('validate.place.yearFolder', { year: relative.slice(8, 12), file: relative.slice(8) });
  // 2005-12 .yaml, 2005-12 (1).yaml, 2005-12月.yaml, 2005-12.yaml.txt: the period is there, the name is not exact
  // (.yml is told apart).
  const inReports = /^reports\/(\d{4})\/(\d{4}-(?:0[1-9]|1[0-2]))(?!\.ya?ml$).*$/.exec(relative);
  if (inReports) return t('validate.place.exactName', { period: inReports[2]! });
  return undefined;
}

export const DATA_KINDS = {
  site: kind({
    location: 'site.yaml',
    pattern: /^site\.yaml$/,
    example: 'site.yaml',
    holds:
      '城市名、网站标题、发布单位、排名的事项（subject）、示意数据提示、政府网站标识（主办单位、备案号等，可不填）',
    changes: '基本不改',
    required: true,
    usesIndicators: false,
    schema: () => siteSchema,
    toModel: ([file]: Array<Parsed<Site>>) => ({ site: file!.value }),
  }),
  units: kind({
    location: 'units.yaml',
    pattern: /^units\.yaml$/,
    example: 'units.yaml',
    holds: '考核单位名册：分组、代码、名称、起止年份、合并',
    changes: '单位撤并、更名时',
    required: true,
    usesIndicators: false,
    schema: () => unitsFileSchema,
    toModel: ([file]: Array<Parsed<UnitsFile>>) => ({ groups: file!.value.groups, units: file!.value.units }),
  }),
  indicators: kind({
    location: 'indicators.yaml',
    pattern: /^indicators\.yaml$/,
    example: 'indicators.yaml',
    holds: '考核指标：代码、名称、金额单位、小数位',
    changes: '新增指标时',
    required: true,
    usesIndicators: false,
    schema: () => indicatorsFileSchema,
    toModel: ([file]: Array<Parsed<IndicatorsFile>>) => ({ indicators: file!.value.indicators }),
  }),
  plan: kind({
    location: 'plans/YYYY.yaml',
    pattern: /^plans\/\d{4}\.yaml$/,
    example: 'plans/2005.yaml',
    holds: '当年目标任务：全市目标、各单位确保/力争目标、排名办法、色带',
    changes: '每年年初一次',
    required: false,
    usesIndicators: true,
    schema: planSchema,
    toModel: (files: Array<Parsed<PlanInput>>) => ({
      plans: files.map((f) => toPlan(f.source.file, f.value)).sort((a, b) => a.year - b.year),
    }),
  }),
  report: kind({
    location: 'reports/YYYY/YYYY-MM.yaml',
    pattern: /^reports\/\d{4}\/\d{4}-(0[1-9]|1[0-2])\.yaml$/,
    example: 'reports/2005/2005-03.yaml',
    holds: '某月的 **1—N 月累计** 完成数',
    changes: '**每月一个**',
    required: false,
    usesIndicators: true,
    schema: reportSchema,

    nearMiss: reportNearMiss,
    toModel: (files: Array<Parsed<ReportInput>>, { indicatorIds }: SchemaInputs) => ({
      reports: files
        .map((f) => toReport(f.source.file, f.value, indicatorIds))
        .sort((a, b) => a.period.localeCompare(b.period)),
    }),
  }),
  ...LEDGER_KINDS,
  revisions: kind({
    location: 'revisions/YYYY.yaml',
    pattern: /^revisions\/\d{4}\.yaml$/,
    example: 'revisions/2005.yaml',
    holds: '已发布数字的**更正**（更正：原数有误；修订：迟报数据）和**核减**（累计数确实减少：合同核减、撤资）',
    changes: '改正已发布的数字、累计数减少时',
    required: false,
    usesIndicators: false,
    schema: () => revisionsFileSchema,
    toModel: (files: Array<Parsed<RevisionsFile>>) => toRevisions(files),
  }),
  published: kind({
    location: 'published.yaml',
    pattern: /^published\.yaml$/,
    example: 'published.yaml',
    holds: '发布记录：每个已发布月份发布时的数字（由 `npm run record-published` 追加，请勿手改）',
    changes: '每发布一个月，追加一次',
    required: false,
    usesIndicators: false,
    schema: () => publishedRecordSchema,
    toModel: (files: Array<Parsed<PublishedRecord>>) => ({
      publishedMonths: Object.keys(files[0]?.value.months ?? {}),
    }),
  }),
} satisfies { [K in KindId]: DataKind<KindInputs[K], object> };

export const KIND_IDS = Object.keys(DATA_KINDS) as KindId[];

/** The union of every kind's model part; model/model.ts merges them into `Model`. */
export type KindModelParts = { [K in KindId]: ReturnType<(typeof DATA_KINDS)[K]['toModel']> }[KindId];

/** Which kind a path inside the data folder is, by its place and name. */
export const kindOf = (relative: string): KindId | undefined =>
  KIND_IDS.find((id) => DATA_KINDS[id].pattern.test(relative));

/**
 * Every free-text field of any kind (marked `freeTextSchema` in the schemas), where an unquoted " #"
 * would silently cut the text: reading checks these lines (read/text-lint.ts).
 */
export const FREE_TEXT_FIELDS = [
  ...new Set(KIND_IDS.flatMap((id) => freeTextFields(DATA_KINDS[id].schema({ indicatorIds: [] })))),
];
