/**
 * A month's blank report, written in one place for `npm run new-month` and `npm run import`: every unit
 * active that month with an empty figure per indicator, as a draft, dated by the release calendar. Built
 * with yaml's document API; the layout clerks know is kept (a comment two spaces after a unit, three
 * after an empty figure, so a number typed after the colon never runs into the `#`).
 */
import { Document, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Model } from '../model/model.ts';
import { plannedRelease } from '../present/release.ts';
import { indicatorOf, type Indicator } from '../schema/indicators.ts';
import { parsePeriod } from '../schema/period.ts';
import { isActiveIn, type Unit } from '../schema/units.ts';
import { t } from '../messages/index.ts';

/** Marks a line comment that stands `gap` spaces after its value (yaml puts one). */
const GAP = '\u0000';
const gapped = (text: string, gap: number) => `${GAP.repeat(gap - 1)} ${text}`;
/** yaml's own comment form (`#` before each line), with the gap a gapped comment asks for. */
const commentString = (comment: string) => {
  const gap = /^\0*/.exec(comment)![0].length;
  return ' '.repeat(gap) + comment.slice(gap).replace(/^(?!$)(?: $)?/gm, '#');
};

export interface BlankReportOptions {
  period: string;
  /** Comment lines above the report, without their `#`. */
  header: string[];
  /** Today (YYYY-MM-DD): the date written when the year has no release calendar. */
  today: string;
  /** A hint beside a unit's empty figure (last month's 累计), or none. */
  hint?: (unit: Unit, indicator: Indicator) => string | undefined;
}

/**
 * The date a month is published by default: the day the release calendar plans (plans/YYYY.yaml
 * `releaseDay`), else today; with the comment that says which, and to change it if the day differs.
 */
export function defaultPublishedOn(model: Model, period: string, today: string): { date: string; comment: string } {
  const plan = model.plans.find((p) => p.year === parsePeriod(period).year);
  const planned = plannedRelease(plan, period);
  return planned
    ? { date: planned, comment: t('clerk.publishedOnPlanned', { file: plan!.file }) }
    : { date: today, comment: t('clerk.publishedOnToday') };
}

export function blankReport(model: Model, options: BlankReportOptions): string {
  const { period } = options;
  const { year } = parsePeriod(period);
  const plan = model.plans.find((p) => p.year === year);
  const indicators = (plan?.indicators ?? model.indicators.map((i) => i.id)).map((id) => indicatorOf(model, id));
  const last = model.reports.at(-1);
  // Illustrative as the year's earlier months say; a new year follows its own plan.
  const sameYear = [...model.reports].reverse().find((r) => r.year === year);
  const published = defaultPublishedOn(model, period, options.today);
  const doc = new Document({
    period,
    status: 'draft',
    publishedOn: published.date,
    publisher: last?.publisher ?? model.site.publisher,
    ...(sameYear?.illustrative !== undefined ? { illustrative: sameYear.illustrative } : {}),
    units: [],
  });
  const contents = doc.contents as YAMLMap;
  (contents.items[0]!.key as Scalar).commentBefore = options.header.map((line) => ` ${line}`).join('\n');
  (doc.get('publishedOn', true) as Scalar).comment = gapped(published.comment, 2);
  const units = doc.get('units') as YAMLSeq;
  for (const unit of model.units.filter((u) => isActiveIn(u, period))) {
    const entry = doc.createNode({ unit: unit.id, ...Object.fromEntries(indicators.map((i) => [i.id, null])) });
    (entry.get('unit', true) as Scalar).comment = gapped(unit.name, 2);
    for (const indicator of indicators) {
      const hint = options.hint?.(unit, indicator);
      if (hint !== undefined) (entry.get(indicator.id, true) as Scalar).comment = gapped(hint, 3);
    }
    units.items.push(entry);
  }
  return doc.toString({ lineWidth: 0, nullStr: '', commentString });
}
