/**
 * The one schema of the data in `data/`. Types are derived from it (z.infer), never written twice.
 * Field names are English (they are stable ids); values and labels are the clerk's own words.
 */
import { z } from 'astro/zod';

/** A stable ascii id, used in URLs and file names: lower case letters, digits and dashes. */
export const idSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'an id of lower-case letters, digits and dashes');
const textSchema = z.string().trim().min(1);
const yearSchema = z.number().int().min(1949).max(2100);
/** A calendar date written YYYY-MM-DD. */
export const dateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date written YYYY-MM-DD');
/** A reporting period written YYYY-MM. */
export const periodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a period written YYYY-MM');
/** An amount in the indicator's unit (万美元 …): a finite number, never negative. */
export const amountSchema = z.number().finite().min(0);

// ── data/site.yaml ────────────────────────────────────────────────────────────────
export const siteSchema = z.strictObject({
  /** City that publishes the board, e.g. 大丰市. */
  city: textSchema,
  /** Site title shown in every page head, e.g. 大丰市利用外资排行榜. */
  title: textSchema,
  /** What is ranked, as it reads in headings: 利用外资 → "2005年1—3月利用外资排行榜". */
  subject: textSchema,
  /** Who publishes: printed in the footer and in every bulletin. */
  publisher: textSchema,
  /** One sentence for search engines and link previews. */
  description: textSchema,
  /** True while the figures are the shipped sample: every page then says so. */
  illustrative: z.boolean(),
  /** The notice printed on every page while `illustrative` is true. */
  illustrativeNotice: textSchema.optional(),
});

// ── data/units.yaml ───────────────────────────────────────────────────────────────
export const groupSchema = z.strictObject({
  /** Group id, e.g. `zones`, `towns`, `departments`. */
  id: idSchema,
  /** Display name, e.g. 两区, 镇, 部门. Groups are ranked separately, never mixed. */
  name: textSchema,
  /** Whether this group's figures add up to the city total (towns and zones do; departments overlap them). */
  countsTowardCity: z.boolean(),
});

export const unitSchema = z.strictObject({
  /** Stable id, e.g. `dazhong`. Never reuse an id for a different unit. */
  id: idSchema,
  /** Full display name, e.g. 大中镇. */
  name: textSchema,
  /** Short name for narrow tables and TV, e.g. 大中. Defaults to `name`. */
  shortName: textSchema.optional(),
  /** Group id from `groups`. */
  group: idSchema,
  /** First year the unit reports (inclusive). */
  activeFrom: yearSchema,
  /** Last year the unit reports (inclusive); leave out while it still exists. */
  activeUntil: yearSchema.optional(),
  /** Why the unit started or stopped (merged, renamed …): shown on its page. */
  note: textSchema.optional(),
  /**
   * Units merged into this one (their ids; each must have ended before this one began). Their
   * figures, added up, stand in for this unit's last year so 同比 carries across the merger.
   * A renamed unit needs none of this: it keeps its id and changes its name.
   */
  mergedFrom: z.array(idSchema).min(1).optional(),
});

export const unitsFileSchema = z.strictObject({
  /** The groups ranked separately, in display order. */
  groups: z.array(groupSchema).min(1),
  /** Every unit that ever reported, in display order; ended units stay (with activeUntil). */
  units: z.array(unitSchema).min(1),
});

// ── data/indicators.yaml ──────────────────────────────────────────────────────────
export const indicatorSchema = z.strictObject({
  /** Stable id, used as the field name in plans and reports, e.g. `contracted`. */
  id: idSchema,
  /** Display name, e.g. 合同利用外资. */
  name: textSchema,
  /** Short name for narrow columns, e.g. 合同外资. Defaults to `name`. */
  shortName: textSchema.optional(),
  /** Unit of every amount of this indicator, e.g. 万美元. */
  unit: textSchema,
  /** Decimal places shown for amounts. */
  decimals: z.number().int().min(0).max(4).default(0),
  /** Warn (not fail) when this indicator's 累计 exceeds another's, e.g. 实际 above 合同 for the year. */
  warnAbove: idSchema.optional(),
});

export const indicatorsFileSchema = z.strictObject({
  /** Every indicator any year tracks; a year's plan picks its own list. */
  indicators: z.array(indicatorSchema).min(1),
});

// ── data/plans/YYYY.yaml ──────────────────────────────────────────────────────────
/** A unit's target for one indicator: the base it must secure (确保) and an optional stretch (力争). */
export const targetSchema = z.strictObject({
  /** 确保 target: 完成率 and every rule are measured against it. */
  base: amountSchema.positive(),
  /** 力争 target, higher than the base. */
  stretch: amountSchema.positive().optional(),
});

export const bandSchema = z.strictObject({
  /** Band id, also its CSS class: `ahead`, `near`, `behind` … */
  id: idSchema,
  /** Legend text, e.g. 超序时进度. */
  label: textSchema,
  /** A symbol shown beside the colour so the band reads without colour, e.g. ▲. */
  symbol: textSchema,
  /** Lowest 超/欠序时进度 (percentage points) in the band; leave out for the bottom band. */
  minGap: z.number().finite().optional(),
  /** Colour tone: good, neutral or bad. The site maps tones to one colour scheme with a legend. */
  tone: z.enum(['good', 'neutral', 'bad']),
});

export const rankingRuleSchema = z.strictObject({
  /** `indicator`: rank by 完成率 of one indicator. `composite`: by a weighted mean of 完成率. */
  method: z.enum(['indicator', 'composite']),
  /** The indicator ranked on, when method is `indicator`. */
  indicator: idSchema.optional(),
  /** Weights per indicator id, when method is `composite`. They are normalised over the targets a unit has. */
  weights: z.record(idSchema, z.number().positive()).optional(),
  /** Cap on each indicator's 完成率 inside the composite (e.g. 1.5 = 150%), so one figure cannot carry a unit. */
  completionCap: z.number().positive().optional(),
  /** Decimal places of the percentage compared for ties: equal after rounding = same place (1, 2, 2, 4). */
  tieDecimals: z.number().int().min(0).max(3),
  /** The tie rule in words, printed under every ranking table. */
  tieRule: textSchema,
});

export const planSchema = z.strictObject({
  /** The year this plan covers. Must match the file name. */
  year: yearSchema,
  /** True for the shipped sample. */
  illustrative: z.boolean().optional(),
  /** Where the targets come from, e.g. the 责任状 signed on 2005-01-21. */
  source: textSchema,
  /** Indicator ids tracked this year, in display order. */
  indicators: z.array(idSchema).min(1),
  /** City-wide targets per indicator id. */
  cityTargets: z.record(idSchema, amountSchema.positive()),
  /** How units are ranked inside their group. */
  ranking: rankingRuleSchema,
  /** Colour bands by 超/欠序时进度, highest first. */
  bands: z.array(bandSchema).min(1),
  /** Per unit targets; the full shape (one key per indicator) comes from planSchemaFor(). */
  targets: z.array(z.object({ unit: idSchema })),
});

/** A target as written: `400` (base only) or `{ base: 400, stretch: 1000 }`. */
export const targetInputSchema = z.union([amountSchema.positive(), targetSchema]);

/** The plan schema for the indicator ids on file: each target entry may name any of them. */
export function planSchemaFor(indicatorIds: readonly string[]) {
  const perIndicator = Object.fromEntries(indicatorIds.map((id) => [id, targetInputSchema.optional()]));
  return planSchema.extend({
    /** Per unit: its target for each indicator id. Leave an indicator out for "no target" (shown —). */
    targets: z.array(z.strictObject({ unit: idSchema, ...perIndicator })),
  });
}

// ── data/reports/YYYY/YYYY-MM.yaml ────────────────────────────────────────────────
export const UNIT_STATUS = { reported: '已报送', missing: '未报送' } as const;

const reportEntryBaseSchema = z.strictObject({
  /** Unit id from `data/units.yaml` (checked against the registry, which can suggest the id for a name). */
  unit: textSchema,
  /** 已报送 (default) or 未报送. A unit that did not report has no figures — distinct from a reported 0. */
  status: z.enum([UNIT_STATUS.reported, UNIT_STATUS.missing]).default(UNIT_STATUS.reported),
  /** Free text shown in the 备注 column. */
  remark: textSchema.optional(),
});

export const reportSchema = z.strictObject({
  /** YYYY-MM; must match the file name. Figures are 1–N月累计 (year to date). */
  period: periodSchema,
  /** `draft` is checked but not published; `published` appears on the site. */
  status: z.enum(['draft', 'published']),
  /** Date the ranking was announced. */
  publishedOn: dateSchema,
  /** Who compiled it, e.g. 市委督查室、市外经局. */
  publisher: textSchema,
  /** True for the shipped sample. */
  illustrative: z.boolean().optional(),
  /** A note printed above the tables. */
  note: textSchema.optional(),
});

/** The report schema for the indicator ids on file: each unit entry holds its 1–N月累计 per indicator. */
export function reportSchemaFor(indicatorIds: readonly string[]) {
  // null = a blank left in the form: allowed in a draft, an error once published (rules/report-units).
  const perIndicator = Object.fromEntries(indicatorIds.map((id) => [id, amountSchema.nullable().optional()]));
  return reportSchema.extend({
    /** One entry per active unit: cumulative figure per indicator id, or status 未报送. */
    units: z.array(reportEntryBaseSchema.extend(perIndicator)).min(1),
  });
}

export type Site = z.infer<typeof siteSchema>;
export type Group = z.infer<typeof groupSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Band = z.infer<typeof bandSchema>;
export type RankingRule = z.infer<typeof rankingRuleSchema>;
/** A plan as validated; `targets` entries carry one key per indicator id. */
export type PlanInput = Omit<z.infer<typeof planSchema>, 'targets'> & {
  targets: Array<{ unit: string } & Record<string, number | Target | undefined>>;
};
/** A report as validated; `units` entries carry one key per indicator id. */
export type ReportInput = Omit<z.infer<typeof reportSchema>, 'units'> & {
  units: Array<z.infer<typeof reportEntryBaseSchema> & Record<string, unknown>>;
};
export type UnitStatus = (typeof UNIT_STATUS)[keyof typeof UNIT_STATUS];
