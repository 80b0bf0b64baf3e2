/**
 * data/plans/YYYY.yaml: a year's indicators, targets, ranking rule and colour bands — as written,
 * and as the rest of the code sees it (`Plan`, targets normalised to { base, stretch }).
 */
import { z } from 'zod';
import { assessmentsSchema, type Assessments } from './assessments.ts';
import {
  amountSchema,
  freeTextSchema,
  idSchema,
  indicatorIdSchema,
  type IndicatorId,
  type SchemaInputs,
  unitIdSchema,
  type UnitId,
  textSchema,
  yearSchema,
  yearsNamed,
} from './common.ts';
import { listOf, t } from '../messages/index.ts';

/** A unit's target for one indicator: the base it must secure (确保) and an optional stretch (力争). */
const targetSchema = z.strictObject({
  /** 确保 target: 完成率 and every rule are measured against it. */
  base: amountSchema.positive(),
  /** 力争 target, higher than the base. */
  stretch: amountSchema.positive().optional(),
});

const bandSchema = z.strictObject({
  /** Band id, also its CSS class: `ahead`, `near`, `behind` … */
  id: idSchema,
  /** Legend text, e.g. 超序时进度. */
  label: freeTextSchema,
  /** A symbol shown beside the colour so the band reads without colour, e.g. ▲. */
  symbol: textSchema,
  /** Lowest 超/欠序时进度 (percentage points) in the band; leave out for the bottom band. */
  minGap: z.number().finite().optional(),
  /** Colour tone: good, neutral or bad. The site maps tones to one colour scheme with a legend. */
  tone: z.enum(['good', 'neutral', 'bad']),
});

const rankingRuleSchema = z.strictObject({
  /** `indicator`: rank by 完成率 of one indicator. `composite`: by a weighted mean of 完成率. */
  method: z.enum(['indicator', 'composite']),
  /** The indicator ranked on, when method is `indicator`. */
  indicator: indicatorIdSchema.optional(),
  /** Weights per indicator id, when method is `composite`. They are normalised over the targets a unit has. */
  weights: z.record(idSchema, z.number().positive()).optional(),
  /** Cap on each indicator's 完成率 inside the composite (e.g. 1.5 = 150%), so one figure cannot carry a unit. */
  completionCap: z.number().positive().optional(),
  /** Decimal places of the percentage compared for ties: equal after rounding = same place (1, 2, 2, 4). */
  tieDecimals: z.number().int().min(0).max(3),
  /** The tie rule in words, printed under every ranking table. */
  tieRule: freeTextSchema,
});

/** A target as written: `400` (base only) or `{ base: 400, stretch: 1000 }`. */
const targetInputSchema = z.union([amountSchema.positive(), targetSchema]);

const planBaseSchema = z.strictObject({
  /** The year this plan covers. Must match the file name. */
  year: yearSchema,
  /**
   * Illustrative (true) or real (false) figures, for this file only; leave out to follow the year's
   * plan, then site.yaml.
   */
  illustrative: z.boolean().optional(),
  /**
   * The illustrative notice printed on this year's pages and downloads (its sources, its years), in place of
   * site.yaml's; a year it names must be this one or earlier, and this one among them (noticeNamesItsYear).
   */
  illustrativeNotice: freeTextSchema.optional(),
  /** Where the targets come from, e.g. the 责任状 signed on 2005-01-21. */
  source: freeTextSchema,
  /** Indicator ids tracked this year, in display order. */
  indicators: z.array(indicatorIdSchema).min(1),
  /** City-wide targets per indicator id. */
  cityTargets: z.record(idSchema, amountSchema.positive()),
  /** How units are ranked inside their group. */
  ranking: rankingRuleSchema,
  /** Colour bands by 超/欠序时进度, highest first. */
  bands: z.array(bandSchema).min(1),
  /** The year's verdicts (考评, 双过半, 年终考核, 预警): see schema/assessments.ts. */
  assessments: assessmentsSchema.optional(),
  /**
   * Units deliberately given no target for an indicator, each with the reason (every other active unit needs a
   * target).
   */
  noTargets: z
    .array(z.strictObject({ unit: unitIdSchema, indicator: indicatorIdSchema, reason: freeTextSchema }))
    .optional(),
  /** The release calendar: each month's ranking is planned for this day of the following month. */
  releaseDay: z.number().int().min(1).max(28).optional(),
  /**
   * Why the targets of the units that add up to the city do not sum to the city's target (e.g. a
   * deliberate over-allocation): with it, validation no longer reminds the clerk of the difference.
   */
  targetSumNote: textSchema.optional(),
});

/** The plan schema for the indicator ids on file: each target entry may name any of them. */
export function planSchema({ indicatorIds }: SchemaInputs): z.ZodType<PlanInput> {
  const perIndicator = Object.fromEntries(indicatorIds.map((id) => [id, targetInputSchema.optional()]));
  const schema = planBaseSchema.extend({
    /** Per unit: its target for each indicator id. Leave an indicator out for "no target" (shown —). */
    targets: z.array(z.strictObject({ unit: unitIdSchema, ...perIndicator })),
  });
  // The indicator keys are known only at run time, so the static type is written out as PlanInput.
  return schema.superRefine(noticeNamesItsYear) as unknown as z.ZodType<PlanInput>;
}

/**
 * A year's notice copied from last year's plan still names last year ("本站 2004—2005 年…取自 2005 年 1 月
 * 21 日讲话" on 2006 pages): a notice that names years must name its own, and none after it.
 */
function noticeNamesItsYear(value: { year: number; illustrativeNotice?: string }, ctx: z.RefinementCtx): void {
  const text = value.illustrativeNotice;
  if (text === undefined) return;
  const named = yearsNamed(text);
  if (named.length === 0 || (named.includes(value.year) && named.every((y) => y <= value.year))) return;
  ctx.addIssue({
    code: 'custom',
    path: ['illustrativeNotice'],
    input: text,
    message: t('site.planNoticeYear', { year: value.year }),
    params: { suggestion: t('site.planNoticeYearHint', { year: value.year, named: listOf(named) }) },
  });
}

export type Target = z.infer<typeof targetSchema>;
export type Band = z.infer<typeof bandSchema>;
export type RankingRule = z.infer<typeof rankingRuleSchema>;
/** A plan as validated; `targets` entries carry one key per indicator id. */
export type PlanInput = z.infer<typeof planBaseSchema> & {
  targets: Array<{ unit: UnitId } & Record<string, number | Target | undefined>>;
};

/** A target in one form: `400` → { base: 400 }. */
export const normaliseTarget = (written: number | Target): Target =>
  typeof written === 'number' ? { base: written } : written;

export interface Plan {
  file: string;
  year: number;
  /** Whether this month's (this year's) figures are illustrative; unset: as the year's plan, then site.yaml say. */
  illustrative?: boolean;
  /** This year's illustrative notice, in place of site.yaml's (sources and years of this year). */
  illustrativeNotice?: string;
  source: string;
  /** Indicator ids tracked this year, in display order. */
  indicators: IndicatorId[];
  cityTargets: Record<string, number>;
  ranking: RankingRule;
  bands: Band[];
  /** unit id → indicator id → target. A missing entry means "no target" (shown —). */
  targets: Record<string, Record<string, Target>>;
  /** The year's checks and warning rule, when the plan states them. */
  assessments?: Assessments;
  /** Units and indicators deliberately left without a target, each with its reason (published in plan-YYYY). */
  noTargets?: Array<{ unit: UnitId; indicator: IndicatorId; reason: string }>;
  /** Day of the following month each month's ranking is planned for (the release calendar), if set. */
  releaseDay?: number;
}

export function toPlan(file: string, value: PlanInput): Plan {
  const targets: Plan['targets'] = {};
  for (const entry of value.targets) {
    const perIndicator: Record<string, Target> = {};
    for (const id of value.indicators) {
      const written = entry[id];
      if (written !== undefined) perIndicator[id] = normaliseTarget(written);
    }
    targets[entry.unit] = perIndicator;
  }
  const { year, source, indicators, cityTargets, ranking, bands } = value;
  return {
    file,
    year,
    illustrative: value.illustrative,
    ...(value.illustrativeNotice ? { illustrativeNotice: value.illustrativeNotice } : {}),
    source,
    indicators,
    cityTargets,
    ranking,
    bands,
    targets,
    assessments: value.assessments,
    ...(value.noTargets ? { noTargets: value.noTargets } : {}),
    releaseDay: value.releaseDay,
  };
}
