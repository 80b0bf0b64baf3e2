/**
 * The next month's report as a form for the clerk: every active unit listed with an empty figure
 * per indicator and last month's 累计 in a comment beside it. It starts as a draft, and blank
 * figures fail validation, so an unfilled form can never be published by mistake.
 */
import { formatPeriod } from '../present/format.ts';
import type { Model } from '../model/model.ts';
import { nextPeriod, parsePeriod } from '../schema/period.ts';
import { UNIT_STATUS } from '../schema/report.ts';
import { t } from '../messages/index.ts';
import { blankReport } from './blank-report.ts';

export type NextMonth = { ok: true; period: string; file: string; text: string } | { ok: false; reason: string };

export function newMonthReport(model: Model, options: { today: string; dataDir?: string }): NextMonth {
  const last = model.reports.at(-1);
  if (!last)
    return {
      ok: false,
      reason: t('forms.newMonth.noReport'),
    };
  const period = nextPeriod(last.period);
  const { year } = parsePeriod(period);
  const plan = model.plans.find((p) => p.year === year);
  if (!plan)
    return {
      ok: false,
      reason: t('forms.newMonth.noPlan', { year }),
    };
  const previous = last.year === year ? last : undefined; // January starts the year's 累计 afresh
  const text = blankReport(model, {
    period,
    today: options.today,
    header: [
      `${formatPeriod(period)}${model.site.subject}完成情况（1—N月累计）`,
      '填写说明：每个单位填 1—N月累计数（不是当月数）；# 后面是上月累计，供核对，可保留。',
      `没有报送的单位：删去数字行，写 status: ${UNIT_STATUS.missing}。填好后把 status 改为 published 才会发布。`,
    ],
    hint: (unit, indicator) => {
      const before = previous?.entries.find((e) => e.unit === unit.id)?.values[indicator.id];
      const hint = before !== undefined ? `上月累计 ${before}` : previous ? '上月未报送' : '1月：从 0 起算';
      return `${indicator.name}，${hint}`;
    },
  });
  const file = `${options.dataDir ?? 'data'}/reports/${year}/${period}.yaml`;
  return { ok: true, period, file, text };
}
