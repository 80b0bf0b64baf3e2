/**
 * Figures that are possible but far more often a slip, stopped until a remark says they were
 * checked (a remark or note containing 已核实): a January equal to last December's 累计 (last
 * year's form filled again), a month's increase ten times the month before's and above the whole 累计 so far (an extra
 * digit),
 * and a month where no unit's figure moved (last month's file copied unchanged).
 */
import { parsePeriod, periodOf } from '../../schema/period.ts';
import { UNIT_STATUS, type ReportInput } from '../../schema/report.ts';
import type { Issue } from '../../read/issue.ts';
import { issueAt, reportsOfYear, type Rule, type RuleContext } from '../rule.ts';
import type { Parsed } from '../../read/read-yaml.ts';
import { listOf, t } from '../../messages/index.ts';

/** The word that clears a plausibility error, written in a unit's remark or the report's note (data, not a message). */
export const CHECKED = '已核实';
const checked = (text: string | undefined) => text?.includes(CHECKED) ?? false;

type Entry = ReportInput['units'][number];
const figuresOf = (entry: Entry | undefined, ids: string[]) =>
  entry && entry.status !== UNIT_STATUS.missing ? ids.map((id) => entry[id]) : undefined;
const allNumbers = (values: unknown[] | undefined): values is number[] =>
  values !== undefined && values.length > 0 && values.every((v) => typeof v === 'number');

function reportAt(context: RuleContext, period: string): Parsed<ReportInput> | undefined {
  return reportsOfYear(context, parsePeriod(period).year).find((r) => r.value.period === period);
}

function checkReport(context: RuleContext, { source, value: report }: Parsed<ReportInput>, ids: string[]): Issue[] {
  const issues: Issue[] = [];
  const { year, month } = parsePeriod(report.period);
  const previous = reportAt(context, month === 1 ? periodOf(year - 1, 12) : periodOf(year, month - 1))?.value;
  const beforeThat = month > 2 ? reportAt(context, periodOf(year, month - 2))?.value : undefined;
  const find = (r: ReportInput | undefined, unit: string) => r?.units.find((e) => e.unit === unit);
  let moved = false;
  let compared = 0;
  report.units.forEach((entry, i) => {
    const now = figuresOf(entry, ids);
    const last = figuresOf(find(previous, entry.unit), ids);
    if (!allNumbers(now) || !allNumbers(last)) return;
    compared++;
    const same = now.every((v, k) => v === last[k]);
    if (!same) moved = true;
    if (checked(entry.remark)) return;
    if (month === 1 && same && now.some((v) => v > 0)) {
      issues.push(
        issueAt(
          source,
          ['units', i],
          t('rules.plausible.january'),
          t('rules.plausible.january.got', { year: year - 1, figures: listOf(now) }),
          { suggestion: t('rules.plausible.january.suggestion', { checked: CHECKED }) },
        ),
      );
      return;
    }
    if (month === 1) return;
    const older = month === 2 ? ids.map(() => 0) : figuresOf(find(beforeThat, entry.unit), ids);
    if (!allNumbers(older)) return;
    ids.forEach((id, k) => {
      // A figure per indicator in each month (allNumbers above).
      const [figure, lastFigure, olderFigure] = [now[k]!, last[k]!, older[k]!];
      const increase = figure - lastFigure;
      const before = lastFigure - olderFigure;
      // Both: ten times the month before's increase, and more than the whole 累计 so far (an extra digit does both; a
      // good month rarely does).
      if (before > 0 && increase > 10 * before && increase > lastFigure) {
        const lastPeriod =
          month === 2 ? t('rules.plausible.januaryOf', { year }) : t('rules.plausible.monthOf', { month: month - 1 });
        issues.push(
          issueAt(
            source,
            ['units', i, id],
            t('rules.plausible.jump', { before, last: lastFigure }),
            t('rules.plausible.jump.got', { last: lastFigure, now: figure, increase }),
            { suggestion: t('rules.plausible.jump.suggestion', { lastPeriod, before, checked: CHECKED }) },
          ),
        );
      }
    });
  });
  if (compared > 1 && !moved && month > 1 && !checked(report.note)) {
    issues.push(
      issueAt(
        source,
        ['units'],
        t('rules.plausible.nothingMoved'),
        t('rules.plausible.nothingMoved.got', { count: compared, previous: String(previous?.period) }),
        { key: true, suggestion: t('rules.plausible.nothingMoved.suggestion', { checked: CHECKED }) },
      ),
    );
  }
  return issues;
}

export const plausibleRule: Rule = {
  name: 'plausible',
  description: `a January equal to last December, a month's increase ten times the last, or a month where nothing moved is stopped until a remark says ${CHECKED}`,
  needs: ['units', 'indicators'],
  check: (context) => {
    const ids = context.indicators.map((i) => i.id);
    // A report whose period disagrees with its file is left out (reportsOfYear): which month it holds is not known.
    const years = new Set(context.files.report.map((r) => parsePeriod(r.value.period).year));
    return [...years].flatMap((year) =>
      reportsOfYear(context, year)
        .filter((r) => r.value.status === 'published')
        .flatMap((r) => checkReport(context, r, ids)),
    );
  },
};
