/**
 * The one table of data-file kinds. Everything that depends on what files `data/` may hold reads
 * it: where a file goes (location, pattern, example), its schema (whose `freeTextSchema` fields are
 * checked for text a " #" would cut), the part of the model it becomes, and the file list of
 * data/README.md (`npm run docs:data`). The rules that look at the files are listed in
 * validate/rules/index.ts (the validate stage comes after this one).
 *
 * To add a kind: a schema file in schema/ (shape as written, the model's form, and the conversion),
 * one entry here, and its rules (if any) in validate/rules/ with a line in their list.
 */
import type { z } from 'zod';
import { freeTextFields, type SchemaInputs } from './common.ts';
import { indicatorsFileSchema, type IndicatorsFile } from './indicators.ts';
import { planSchema, toPlan, type PlanInput } from './plan.ts';
import { publishedRecordSchema, type PublishedRecord } from './published.ts';
import { reportSchema, toReport, type ReportInput } from './report.ts';
import { revisionsFileSchema, toRevisions, type RevisionsFile } from './revisions.ts';
import { siteSchema, type Site } from './site.ts';
import { unitsFileSchema, type UnitsFile } from './units.ts';
import { projectsSchema, toProjectLedger, type ProjectsInput } from './ledger/projects.ts';
import { eventsSchema, toEventYear, type EventsInput } from './ledger/events.ts';
import { cooperationSchema, toCooperationYear, type CooperationInput } from './ledger/cooperation.ts';
import { serviceSchema, toServiceYear, type ServiceInput } from './ledger/service.ts';
import { t } from '../messages/index.ts';
import type { Parsed } from '../read/read-yaml.ts';

/** Each kind's file as validated (what its rules see). */
export interface KindInputs {
  site: Site;
  units: UnitsFile;
  indicators: IndicatorsFile;
  plan: PlanInput;
  report: ReportInput;
  projects: ProjectsInput;
  events: EventsInput;
  cooperation: CooperationInput;
  service: ServiceInput;
  revisions: RevisionsFile;
  published: PublishedRecord;
}
export type KindId = keyof KindInputs;

export interface DataKind<Input, ModelPart> {
  /** Where such files go inside the data folder, in words for messages: `plans/YYYY.yaml`. */
  location: string;
  /** The exact paths of this kind, relative to the data folder. */
  pattern: RegExp;
  /** A real example path, for data/README.md. */
  example: string;
  /** What the file holds and how often it changes, in the clerk's words (data/README.md). */
  holds: string;
  changes: string;
  /** Exactly one such file must exist (site.yaml …); otherwise any number, or none. */
  required: boolean;
  /** The schema names indicator ids as fields: the file is checked once indicators.yaml is valid. */
  usesIndicators: boolean;
  schema: (inputs: SchemaInputs) => z.ZodType<Input>;
  /** For a file at no known place: the one change that would make it a file of this kind, if any. */
  nearMiss?: (relative: string) => string | undefined;
  /** The part of the model these files become (all files of the kind, already valid). */
  toModel: (files: Array<Parsed<Input>>, inputs: SchemaInputs) => ModelPart;
}

/** reports/2005/2005-3.yaml, reports/2005-03.yaml, reports/2005/2005-03 (1).yaml … */
function reportNearMiss(relative: string): string | undefined {
  const month = /^reports\/(\d{4})\/(\d{4})-(\d)\.ya?ml$/.exec(relative);
  if (month) return t('validate.place.twoDigitMonth', { year: month[2], month: month[3] });
  if (/^reports\/\d{4}-\d{2}\.yaml$/.test(relative))
    return t('validate.place.yearFolder', { year: relative.slice(8, 12), file: relative.slice(8) });
  // 2005-12 .yaml, 2005-12 (1).yaml, 2005-12月.yaml, 2005-12.yaml.txt: the period is there, the name is not exact
  // (.yml is told apart).
  const inReports = /^reports\/(\d{4})\/(\d{4}-(?:0[1-9]|1[0-2]))(?!\.ya?ml$).*$/.exec(relative);
  if (inReports) return t('validate.place.exactName', { period: inReports[2] });
  return undefined;
}

const kind = <Input, ModelPart>(k: DataKind<Input, ModelPart>) => k;

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
    toModel: ([file]: Array<Parsed<Site>>) => ({ site: file.value }),
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
    toModel: ([file]: Array<Parsed<UnitsFile>>) => ({ groups: file.value.groups, units: file.value.units }),
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
    toModel: ([file]: Array<Parsed<IndicatorsFile>>) => ({ indicators: file.value.indicators }),
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
  projects: kind({
    location: 'projects/YYYY.yaml',
    pattern: /^projects\/\d{4}\.yaml$/,
    example: 'projects/2005.yaml',
    holds: '重点项目台账：十大重点与重点跟踪项目、责任单位与责任人、协议外资、逐月到位资金与进度',
    changes: '每月补一行',
    required: false,
    usesIndicators: false,
    schema: () => projectsSchema,
    toModel: (files: Array<Parsed<ProjectsInput>>) => ({
      projectLedgers: files.map((f) => toProjectLedger(f.source.file, f.value)).sort((a, b) => a.year - b.year),
    }),
  }),
  events: kind({
    location: 'events/YYYY.yaml',
    pattern: /^events\/\d{4}\.yaml$/,
    example: 'events/2005.yaml',
    holds: '大活动：时间、地点、主办，签约项目、跟踪责任人与进展',
    changes: '每次活动后、项目有进展时',
    required: false,
    usesIndicators: false,
    schema: () => eventsSchema,
    toModel: (files: Array<Parsed<EventsInput>>) => ({
      eventYears: files.map((f) => toEventYear(f.source.file, f.value)).sort((a, b) => a.year - b.year),
    }),
  }),
  cooperation: kind({
    location: 'cooperation/YYYY.yaml',
    pattern: /^cooperation\/\d{4}\.yaml$/,
    example: 'cooperation/2005.yaml',
    holds: '合作项目（如接轨上海）：项目、单位、合作方、投资额（人民币）与签约日期',
    changes: '签约一个补一项',
    required: false,
    usesIndicators: false,
    schema: () => cooperationSchema,
    toModel: (files: Array<Parsed<CooperationInput>>) => ({
      cooperationYears: files.map((f) => toCooperationYear(f.source.file, f.value)).sort((a, b) => a.year - b.year),
    }),
  }),
  service: kind({
    location: 'service/YYYY.yaml',
    pattern: /^service\/\d{4}\.yaml$/,
    example: 'service/2005.yaml',
    holds: '服务环境：每季度外资企业座谈会与投诉受理、查实、办结、待岗',
    changes: '每季度一次',
    required: false,
    usesIndicators: false,
    schema: () => serviceSchema,
    toModel: (files: Array<Parsed<ServiceInput>>) => ({
      serviceYears: files.map((f) => toServiceYear(f.source.file, f.value)).sort((a, b) => a.year - b.year),
    }),
  }),
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
