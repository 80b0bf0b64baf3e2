/**
 * The `assessments:` block of a year plan (data/plans/YYYY.yaml): which checks run at which
 * month-ends (一季一考评, 双过半, 年终考核), their thresholds, 红黑榜 sizes, the consequence text the
 * plan names, exemptions with their reasons, and the early-warning rule. The verdicts themselves
 * are computed in src/lib/score/assessment.ts and warning.ts.
 */
import { z } from 'zod';
import { freeTextSchema, idSchema, indicatorIdSchema, textSchema, unitIdSchema } from './common.ts';

const monthSchema = z.number().int().min(1).max(12);

/** One check at one month-end. */
const checkSchema = z.strictObject({
  /** Stable id, part of the page's address: /assessments/2005/q1/. */
  id: idSchema,
  /** The check's name as published, e.g. 一季度考评 or 上半年“双过半”考核. */
  name: freeTextSchema,
  /** The month whose 1—N月累计 is judged: 3, 6, 9 or 12. */
  month: monthSchema,
  /**
   * What a unit must reach on every indicator it has a target for: `pace` (序时进度, month ÷ 12)
   * or a share of the base target (0.5 = half, 1 = the whole target).
   */
  threshold: z.union([z.literal('pace'), z.number().positive().max(2)]),
  /** The verdict's words, e.g. 达到序时进度 / 未达序时进度, 完成 / 一票否决. */
  passLabel: freeTextSchema,
  failLabel: freeTextSchema,
  /** 红榜: the top N passing units of each group are commended. Leave out for no 红榜. */
  honour: z.number().int().positive().optional(),
  /** 黑榜: the bottom N failing units of each group are warned (passing units never are). */
  warn: z.number().int().positive().optional(),
  /**
   * A headline such as 首季开门红: each group's and the city's result are highlighted on the home
   * page from this check's month until the next check's month is published.
   */
  highlight: freeTextSchema.optional(),
  /** Also report whether each unit met its 力争 (stretch) target. */
  stretch: z.boolean().optional(),
  /** What follows, quoted on the page as the plan states it. */
  consequences: z
    .strictObject({
      /** For units that pass (e.g. 表彰奖励). */
      pass: freeTextSchema.optional(),
      /** For units that fail (e.g. 缓发省标工资、负责人离岗招商). */
      fail: freeTextSchema.optional(),
      /** For units that also meet their 力争 target. */
      stretch: textSchema.optional(),
    })
    .optional(),
});

/** A written exemption: a unit (or one of its indicators) is not judged by some checks, for a reason. */
const exemptionSchema = z.strictObject({
  unit: unitIdSchema,
  /** Only this indicator is exempt; leave out to exempt the whole unit. */
  indicator: indicatorIdSchema.optional(),
  /** Check ids the exemption covers; leave out for every check of the year. */
  checks: z.array(idSchema).min(1).optional(),
  /** The reason, printed beside the unit, e.g. 不可抗力（台风）经市政府批准. */
  reason: freeTextSchema,
});

export const assessmentsSchema = z.strictObject({
  /** Where the rules come from, e.g. the speech of 2005-01-21. */
  source: freeTextSchema,
  checks: z.array(checkSchema).min(1),
  /** Units set up this year are exempt from checks up to and including this month, with this reason. */
  newUnits: z.strictObject({ exemptThrough: monthSchema, reason: freeTextSchema }).optional(),
  exemptions: z.array(exemptionSchema).optional(),
  /** 预警: a unit behind pace this many months in a row is flagged 连续落后. */
  warning: z.strictObject({ behindMonths: z.number().int().min(2).max(12) }),
});

export type Assessments = z.infer<typeof assessmentsSchema>;
export type Check = z.infer<typeof checkSchema>;
export type Exemption = z.infer<typeof exemptionSchema>;

/** Words a check id may not take: they are other pages under /assessments/YYYY/. */
export const RESERVED_CHECK_IDS = ['warning', 'places'] as const;

/** The share of the base target a check requires: 序时进度 (month ÷ 12) or the plan's number. */
export const requiredShare = (check: Pick<Check, 'threshold' | 'month'>) =>
  check.threshold === 'pace' ? check.month / 12 : check.threshold;
