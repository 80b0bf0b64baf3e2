/**
 * data/reports/YYYY/YYYY-MM.yaml: one month's 1–N月累计 per unit — as written, and as the rest of
 * the code sees it (`Report`, figures gathered under `values`).
 */
import { z } from 'zod';
import { parsePeriod } from './period.ts';
import {
  amountSchema,
  dateSchema,
  fileNameSchema,
  freeNameSchema,
  freeTextSchema,
  nameSchema,
  type Period,
  periodSchema,
  remarkSchema,
  type SchemaInputs,
  textSchema,
  type UnitId,
} from './common.ts';

export const UNIT_STATUS = { reported: '已报送', missing: '未报送' } as const;
export type UnitStatus = (typeof UNIT_STATUS)[keyof typeof UNIT_STATUS];

/** The fields of a unit's entry that are not figures. */
export const ENTRY_FIELDS: ReadonlySet<string> = new Set(['unit', 'status', 'remark']);

const reportEntryBaseSchema = z.strictObject({
  /** Unit id from `data/units.yaml` (checked against the registry, which can suggest the id for a name). */
  unit: textSchema,
  /** 已报送 (default) or 未报送. A unit that did not report has no figures — distinct from a reported 0. */
  status: z.enum([UNIT_STATUS.reported, UNIT_STATUS.missing]).default(UNIT_STATUS.reported),
  /** Free text shown in the 备注 column: at most 200 characters, as the 报送表 says. */
  remark: remarkSchema.optional(),
});

/**
 * One filled 报送表 taken in by `npm run import`: who sent it and when. Kept with the draft so
 * `npm run status` and `npm run summary` can say which units have been received before the release day.
 */
const receiptSchema = z.strictObject({
  /** Unit id the form was for. */
  unit: textSchema,
  /** The file's name as it arrived (the sender may have renamed it). */
  fromFile: fileNameSchema,
  /** 报出日期 written on the form, when it could be read as a date. */
  sentOn: dateSchema.optional(),
  /** 填表人 written on the form. */
  filledBy: freeNameSchema.optional(),
  /** When the figures were imported, Beijing time: 2006-03-03T10:15:00+08:00. */
  importedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/, 'a time written YYYY-MM-DDTHH:MM:SS+08:00'),
  /** The form came in but was not imported: why (the first problem at its cell). Its figures are not in the draft. */
  refused: freeTextSchema.optional(),
  /** The 【提醒】 of the import (a figure typed as text, a formula's result …): shown in the summary until published. */
  reminders: z.array(freeTextSchema).optional(),
});
export type Receipt = z.infer<typeof receiptSchema>;

const reportBaseSchema = z.strictObject({
  /** YYYY-MM; must match the file name. Figures are 1–N月累计 (year to date). */
  period: periodSchema,
  /** `draft` is checked but not published; `published` appears on the site. */
  status: z.enum(['draft', 'published']),
  /** Date the ranking was announced. */
  publishedOn: dateSchema,
  /** Who compiled it, e.g. 市委督查室、市外经局. */
  publisher: nameSchema,
  /**
   * Illustrative (true) or real (false) figures, for this file only; leave out to follow the year's
   * plan, then site.yaml.
   */
  illustrative: z.boolean().optional(),
  /** A note printed above the tables. */
  note: freeTextSchema.optional(),
  /**
   * This month's 督查通报 as issued, where it differs from the default: its 文号 number (else the month)
   * and 印发 date (else publishedOn).
   */
  bulletin: z
    .strictObject({
      /** The number in the 文号 大督通〔2005〕3号. */
      number: z.number().int().min(1).max(999).optional(),
      /** 印发 date, YYYY-MM-DD. */
      printedOn: dateSchema.optional(),
    })
    .optional(),
  /** The 报送表 imported into this month (npm run import), one per unit: who sent what, and when. */
  receipts: z.array(receiptSchema).optional(),
});

/** The report schema for the indicator ids on file: each unit entry holds its 1–N月累计 per indicator. */
export function reportSchema({ indicatorIds }: SchemaInputs): z.ZodType<ReportInput> {
  // null = a blank left in the form: allowed in a draft, an error once published (rules/report-units).
  const perIndicator = Object.fromEntries(indicatorIds.map((id) => [id, amountSchema.nullable().optional()]));
  const schema = reportBaseSchema.extend({
    /** One entry per active unit: cumulative figure per indicator id, or status 未报送. */
    units: z.array(reportEntryBaseSchema.extend(perIndicator)).min(1),
  });
  // The indicator keys are known only at run time, so the static type is written out as ReportInput.
  return schema as unknown as z.ZodType<ReportInput>;
}

/** A report as validated; `units` entries carry one key per indicator id. */
export type ReportInput = z.infer<typeof reportBaseSchema> & {
  units: Array<z.infer<typeof reportEntryBaseSchema> & Record<string, unknown>>;
};

export interface ReportEntry {
  unit: UnitId;
  status: UnitStatus;
  remark?: string;
  /** indicator id → 1–N月累计. Empty when the unit did not report (未报送). */
  values: Record<string, number>;
}

export interface Report {
  file: string;
  /** YYYY-MM */
  period: Period;
  year: number;
  month: number;
  status: 'draft' | 'published';
  publishedOn: string;
  publisher: string;
  /** Whether this month's (this year's) figures are illustrative; unset: as the year's plan, then site.yaml say. */
  illustrative?: boolean;
  note?: string;
  /** The 通报's own 文号 number and 印发 date, if the report sets them. */
  bulletin?: { number?: number; printedOn?: string };
  entries: ReportEntry[];
  /** The 报送表 imported into this month, if any (npm run import). */
  receipts?: Receipt[];
}

export function toReport(file: string, value: ReportInput, indicatorIds: readonly string[]): Report {
  const { year, month } = parsePeriod(value.period);
  const { period, status, publishedOn, publisher, note } = value;
  return {
    file,
    period,
    year,
    month,
    status,
    publishedOn,
    publisher,
    illustrative: value.illustrative,
    note,
    ...(value.bulletin ? { bulletin: value.bulletin } : {}),
    ...(value.receipts ? { receipts: value.receipts } : {}),
    entries: value.units.map((entry) => ({
      // Checked against units.yaml before the model is built (rules/report-units).
      unit: entry.unit as UnitId,
      status: entry.status,
      remark: entry.remark,
      values: Object.fromEntries(
        indicatorIds.filter((id) => typeof entry[id] === 'number').map((id) => [id, entry[id] as number]),
      ),
    })),
  };
}
