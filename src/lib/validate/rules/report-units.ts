/**
 * Every active unit appears once in each report, with a figure for every indicator of the year,
 * or is marked 未报送 with no figures at all.
 */
import { isOneOf } from '../../schema/common.ts';
import { parsePeriod } from '../../schema/period.ts';
import { ENTRY_FIELDS, UNIT_STATUS, type ReportInput } from '../../schema/report.ts';
import type { Issue } from '../../read/issue.ts';
import { activeIn, activeInPeriod, activeYears, issueAt, planOf, type Rule, type RuleContext } from '../rule.ts';
import type { Parsed } from '../../read/read-yaml.ts';
import { listOf, quoted, t } from '../../messages/index.ts';
import { didYouMean, nearest } from '../suggest.ts';

/**
 * For an unknown unit: the id whose name the clerk wrote (港区 → gangqu), else the nearest id, else
 * how to add a new unit to units.yaml (starting the report's month) and give it targets.
 */
function unitHint(written: string, context: RuleContext, period: string): string | undefined {
  const { units } = context;
  const byName = units.find((u) => u.name === written || u.shortName === written);
  return byName
    ? t('rules.reportUnits.writeId', { id: byName.id, name: byName.name })
    : (didYouMean(
        written,
        units.map((u) => u.id),
      ) ?? newUnitHint(written, context, period));
}

function newUnitHint(written: string, { groups }: RuleContext, period: string): string {
  const id = /^[a-z][a-z0-9-]*$/.test(written) ? written : t('clerk.unknownUnitId');
  return t('clerk.unknownUnitAdd', { id, groups: listOf(groups.map((g) => g.id)), period, year: period.slice(0, 4) });
}

/** A figure with more decimals than its indicator shows (411.5 where 合同 is whole 万美元) would be shown rounded. */
function tooManyDecimals(
  source: Parsed<ReportInput>['source'],
  i: number,
  entry: ReportInput['units'][number],
  figures: string[],
  context: RuleContext,
): Issue[] {
  return figures.flatMap((id) => {
    const value = entry[id];
    const indicator = context.indicators.find((ind) => ind.id === id);
    if (typeof value !== 'number' || !indicator || Number(value.toFixed(indicator.decimals)) === value) return [];
    const { decimals, name } = indicator;
    const vars = { indicator: name, decimals, value, rounded: value.toFixed(decimals) };
    return [
      issueAt(
        source,
        ['units', i, id],
        t(decimals === 0 ? 'clerk.decimalsWhole' : 'clerk.decimalsAtMost', vars),
        String(value),
        { suggestion: t(decimals === 0 ? 'clerk.decimalsWholeHint' : 'clerk.decimalsAtMostHint', vars) },
      ),
    ];
  });
}

function check(context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  const unitIds = context.units.map((u) => u.id);
  const allIndicators = context.indicators.map((i) => i.id);
  const status = UNIT_STATUS.missing;
  for (const { source, value: report } of context.files.report) {
    const { year } = parsePeriod(report.period);
    const plan = planOf(context, year);
    // An unknown indicator in the plan is reported there, not once per unit here.
    const required = plan ? plan.indicators.filter((id) => allIndicators.includes(id)) : allIndicators;
    const seen = new Map<string, number>();
    /** Units a misspelt id most likely meant: their "no entry" would repeat the typo's message. */
    const meant = new Set<string>();
    report.units.forEach((entry, i) => {
      const unit = context.units.find((u) => u.id === entry.unit);
      if (!unit) {
        issues.push(
          issueAt(source, ['units', i, 'unit'], t('rules.unitId'), quoted(entry.unit), {
            suggestion: unitHint(entry.unit, context, report.period),
          }),
        );
        const guess =
          context.units.find((u) => u.name === entry.unit || u.shortName === entry.unit)?.id ??
          nearest(entry.unit, unitIds);
        if (guess) meant.add(guess);
      } else if (activeIn(unit, year) && !activeInPeriod(unit, report.period)) {
        // Active that year, but not this month: it starts later (or stopped earlier) in the year.
        const vars = { period: report.period, span: activeYears(unit), unit: entry.unit };
        issues.push(
          issueAt(
            source,
            ['units', i, 'unit'],
            t('clerk.unitNotThisMonth', vars),
            t('clerk.unitNotThisMonthGot', vars),
            {
              suggestion: t('clerk.unitNotThisMonthHint', vars),
            },
          ),
        );
      } else if (!activeIn(unit, year)) {
        issues.push(
          issueAt(
            source,
            ['units', i, 'unit'],
            t('rules.activeUnit', { year }),
            t('rules.activeUnit.got', { unit: entry.unit, years: activeYears(unit) }),
            { suggestion: t('rules.reportUnits.inactive.suggestion') },
          ),
        );
      }
      if (seen.has(entry.unit)) {
        issues.push(
          issueAt(
            source,
            ['units', i, 'unit'],
            t('rules.reportUnits.twice'),
            t('rules.reportUnits.twice.got', { unit: entry.unit, first: `units[${seen.get(entry.unit)}]` }),
            { suggestion: t('rules.mergeEntries') },
          ),
        );
      } else seen.set(entry.unit, i);

      const figures = Object.keys(entry).filter((k) => !ENTRY_FIELDS.has(k) && entry[k] !== undefined);
      if (entry.status === UNIT_STATUS.missing) {
        for (const id of figures) {
          const blank = entry[id] === null;
          issues.push(
            issueAt(
              source,
              ['units', i, id],
              t('rules.reportUnits.missingWithFigures', { status }),
              blank ? t('rules.reportUnits.missingWithFigures.gotBlank', { id }) : String(entry[id]),
              {
                key: true,
                suggestion: blank
                  ? t('rules.reportUnits.missingWithFigures.deleteLine')
                  : t('rules.reportUnits.missingWithFigures.suggestion', { status }),
              },
            ),
          );
        }
        return;
      }
      // A blank figure: a form not yet filled in. Fine in a draft (which is not published), an error once published.
      for (const id of figures.filter((k) => entry[k] === null)) {
        const draft = report.status === 'draft';
        issues.push(
          issueAt(
            source,
            ['units', i, id],
            t('rules.reportUnits.blank'),
            draft ? t('rules.reportUnits.blank.gotDraft') : t('rules.reportUnits.blank.got'),
            {
              severity: draft ? 'warning' : 'error',
              key: true,
              suggestion: t('rules.reportUnits.blank.suggestion', { status }),
            },
          ),
        );
      }
      issues.push(...tooManyDecimals(source, i, entry, figures, context));
      for (const id of figures) {
        if (!isOneOf(required, id))
          issues.push(
            issueAt(
              source,
              ['units', i, id],
              t('rules.reportUnits.indicator', { year, indicators: listOf(required) }),
              quoted(id),
              { key: true, suggestion: t('rules.deleteOrFixIndicator') },
            ),
          );
      }
      const needed = plan ? required : figures.length > 0 ? [] : required.slice(0, 1);
      for (const id of needed) {
        if (!figures.includes(id)) {
          issues.push(
            issueAt(source, ['units', i], t('rules.reportUnits.figure', { id }), t('common.nothing'), {
              suggestion: t('rules.reportUnits.figure.suggestion', { id, status }),
            }),
          );
        }
      }
    });
    for (const unit of context.units) {
      if (activeInPeriod(unit, report.period) && !seen.has(unit.id) && !meant.has(unit.id)) {
        issues.push(
          issueAt(
            source,
            ['units'],
            t('rules.reportUnits.everyUnit', { year }),
            t('rules.reportUnits.everyUnit.got', { id: unit.id, name: unit.name }),
            { key: true, suggestion: t('rules.reportUnits.everyUnit.suggestion', { id: unit.id, status }) },
          ),
        );
      }
    }
  }
  return issues;
}

export const reportUnitsRule: Rule = {
  name: 'report-units',
  description: `every active unit appears once in each report, with a figure for every indicator of the year or marked ${UNIT_STATUS.missing} with none`,
  needs: ['units', 'indicators'],
  check,
};
