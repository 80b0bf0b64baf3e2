/**
 * data/projects/YYYY.yaml: the year's key-project ledger (台账) — each project, who answers for
 * it and its month-by-month record (到位资金 1—N月累计, stage, on plan or not, problems). As
 * written, and as the rest of the code sees it (`ProjectLedger`). The stages, the tiers (十大重点 /
 * 重点跟踪) and the amount's unit of measure are data, not code.
 */
import { z } from 'zod';
import { amountSchema, freeTextSchema, idSchema, periodSchema, textSchema, yearSchema } from '../../schema/common.ts';
import { kind } from '../../schema/data-kind.ts';
import type { Parsed } from '../../read/read-yaml.ts';
import { ledgerYears, type LedgerYear } from '../common/schema.ts';

const tierSchema = z.strictObject({
  /** Tier id, written in each project's `tier`: `key`, `tracked`. */
  id: idSchema,
  /** Its name on the pages, e.g. 十大重点利用外资项目. Tiers are shown in the order written. */
  name: freeTextSchema,
});

const monthSchema = z.strictObject({
  /** YYYY-MM: the month this line reports. One line a month, none left out. */
  month: periodSchema,
  /** 到位资金: funds in place, 1—N月累计 for the year, in the ledger's `unit`. Never above the agreed amount. */
  inPlace: amountSchema,
  /** The project's stage that month: one of the ledger's `stages`. Going back needs a `remark`. */
  stage: textSchema,
  /** Whether the project is on its plan (按计划推进). */
  onPlan: z.boolean(),
  /** A problem raised that month, if any. */
  problem: freeTextSchema.optional(),
  /** Who is solving it (单位或领导). */
  solver: freeTextSchema.optional(),
  /** Anything else: why a stage went back, a change of investor … */
  remark: freeTextSchema.optional(),
});

const projectSchema = z.strictObject({
  /** A stable id for the project's page (/projects/<id>/); keep it when the project continues next year. */
  id: idSchema,
  /** The project's name. */
  name: freeTextSchema,
  /** Tier id from the ledger's `tiers`. */
  tier: idSchema,
  /** 责任单位: a unit id from data/units.yaml. */
  unit: textSchema,
  /** 挂钩领导. */
  leader: freeTextSchema.optional(),
  /** 责任人: every project has one named person (the rule ledger-projects says so in Chinese). */
  person: freeTextSchema.optional(),
  /** The investor. */
  investor: freeTextSchema,
  /** The investor's country or region. */
  country: freeTextSchema,
  /** 协议外资, in the ledger's `unit`. */
  agreed: amountSchema,
  /** The year's planned investment (当年计划投资), in the ledger's `unit`. */
  planned: amountSchema,
  /** The monthly record, oldest first. */
  months: z.array(monthSchema).min(1),
});

export const projectsSchema = z.strictObject({
  /** The year of the ledger; must match the file name. */
  year: yearSchema,
  /** True for the shipped sample. */
  illustrative: z.boolean().optional(),
  /** Where the projects and the total come from, e.g. the speech. */
  source: freeTextSchema,
  /** Unit of measure of every amount in the file, e.g. 万美元. */
  unit: textSchema,
  /** What the agreed amount is called on pages, downloads and messages, e.g. 协议外资 (default 协议金额). */
  agreedLabel: textSchema.default('协议金额'),
  /** The agreed amount the projects together must reach (协议外资合计目标), in `unit`. */
  agreedTarget: amountSchema.optional(),
  /** The indicator id whose unit figure the unit's projects' funds in place should not exceed (e.g. actual). */
  comparesWith: idSchema.optional(),
  /** Stages in order, e.g. [洽谈, 签约, 开工, 投产]. */
  stages: z.array(textSchema).min(2),
  tiers: z.array(tierSchema).min(1),
  projects: z.array(projectSchema).min(1),
});

export type ProjectsInput = z.infer<typeof projectsSchema>;
export type ProjectMonth = z.infer<typeof monthSchema>;
export type Project = z.infer<typeof projectSchema>;
export type ProjectLedger = LedgerYear<ProjectsInput>;

/** Words a project id may not take: they are the ledger's other pages under /projects/. */
export const RESERVED_PROJECT_IDS = ['by-unit', 'by-stage'] as const;

/** The kind's entry in the table of data-file kinds (schema/kinds.ts, through ledger/schema.ts). */
export const projectsKind = kind({
  location: 'projects/YYYY.yaml',
  pattern: /^projects\/\d{4}\.yaml$/,
  example: 'projects/2005.yaml',
  holds: '重点项目台账：十大重点与重点跟踪项目、责任单位与责任人、协议外资、逐月到位资金与进度',
  changes: '每月补一行',
  required: false,
  usesIndicators: false,
  schema: () => projectsSchema,
  toModel: (files: Array<Parsed<ProjectsInput>>) => ({
    projectLedgers: ledgerYears(files),
  }),
});
