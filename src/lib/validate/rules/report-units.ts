/**
 * Every active unit appears once in each report, with a figure for every indicator of the year,
 * or is marked 未报送 with no figures at all.
 */
import { parsePeriod } from '../../schema/period.ts';
import { ENTRY_FIELDS, UNIT_STATUS, type ReportInput } from '../../schema/report.ts';
import { t } from '../../messages/index.ts';
import type { Issue } from '../../read/issue.ts';
import { activeIn, activeInPeriod, activeYears, issueAt, planOf, type Rule, type RuleContext } from '../rule.ts';
import type { Parsed } from '../../read/read-yaml.ts';
import { say } from '../../messages/lang.ts';
import { didYouMean, nearest } from '../suggest.ts';

/**
 * For an unknown unit: the id whose name the clerk wrote (港区 → gangqu), else the nearest id, else
 * how to add a new unit to units.yaml (starting the report's month) and give it targets.
 */
function unitHint(written: string, context: RuleContext, period: string): string | undefined {
  const { units } = context;
  const byName = units.find((u) => u.name === written || u.shortName === written);
  return byName
    ? say(`这里写单位代码：“${byName.id}”（${byName.name}）`, `write the unit's id: "${byName.id}" (${byName.name})`)
    : (didYouMean(
        written,
        units.map((u) => u.id),
      ) ?? newUnitHint(written, context, period));
}

function newUnitHint(written: string, { groups }: RuleContext, period: string): string {
  const id = /^[a-z][a-z0-9-]*$/.test(written) ? written : t('clerk.unknownUnitId');
  const sep = t('clerk.listSeparator');
  return t('clerk.unknownUnitAdd', { id, groups: groups.map((g) => g.id).join(sep), period, year: period.slice(0, 4) });
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
          issueAt(source, ['units', i, 'unit'], 'data/units.yaml 里的单位代码', `“${entry.unit}”`, {
            suggestion: unitHint(entry.unit, context, report.period),
            en: {
              expected: 'a unit id from data/units.yaml',
              got: `"${entry.unit}"`,
              suggestion: unitHint(entry.unit, context, report.period),
            },
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
            `${year} 年参加考核的单位`,
            `“${entry.unit}”（考核年份：${activeYears(unit)}）`,
            {
              suggestion: '删掉这一项，或改正 data/units.yaml 里它的 activeFrom/activeUntil',
              en: {
                expected: `a unit active in ${year}`,
                got: `"${entry.unit}" (active ${activeYears(unit)})`,
                suggestion: 'remove the entry, or correct activeFrom/activeUntil in data/units.yaml',
              },
            },
          ),
        );
      }
      if (seen.has(entry.unit)) {
        issues.push(
          issueAt(
            source,
            ['units', i, 'unit'],
            '每个单位在一个月的报表里只出现一次',
            `“${entry.unit}”又出现一次（第一次在 units[${seen.get(entry.unit)}]）`,
            {
              suggestion: '把两项合并成一项',
              en: {
                expected: 'each unit once per report',
                got: `"${entry.unit}" again (first at units[${seen.get(entry.unit)}])`,
                suggestion: 'merge the two entries into one',
              },
            },
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
              `标为${UNIT_STATUS.missing}的单位不写数字`,
              blank ? `空着的 ${id} 一行` : String(entry[id]),
              {
                key: true,
                suggestion: blank
                  ? '删掉这一行'
                  : `删掉这个数字；如果这个单位其实报了，就删掉“status: ${UNIT_STATUS.missing}”`,
                en: {
                  expected: `no figures for a unit marked ${UNIT_STATUS.missing}`,
                  got: blank ? `an empty ${id} line` : String(entry[id]),
                  suggestion: blank
                    ? 'delete this line'
                    : `delete the figure, or delete "status: ${UNIT_STATUS.missing}" if the unit did report`,
                },
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
          issueAt(source, ['units', i, id], '一个数字（1—N月累计）', draft ? '空白（草稿：填完之前不发布）' : '空白', {
            severity: draft ? 'warning' : 'error',
            key: true,
            suggestion: `填上数字；这个单位没有报送的话，删掉它的各个数字行，写“status: ${UNIT_STATUS.missing}”`,
            en: {
              expected: 'a number (the 1—N月累计)',
              got: draft ? 'a blank (draft: not published until filled in)' : 'a blank',
              suggestion: `fill in the figure; if the unit did not report, delete its figure lines and write "status: ${UNIT_STATUS.missing}"`,
            },
          }),
        );
      }
      issues.push(...tooManyDecimals(source, i, entry, figures, context));
      for (const id of figures) {
        if (!required.includes(id))
          issues.push(
            issueAt(source, ['units', i, id], `${year} 年考核的指标（${required.join('、')}）`, `“${id}”`, {
              key: true,
              suggestion: '删掉这一行，或改正指标代码',
              en: { expected: `an indicator tracked in ${year} (${required.join(', ')})`, got: `"${id}"` },
            }),
          );
      }
      const needed = plan ? required : figures.length > 0 ? [] : required.slice(0, 1);
      for (const id of needed) {
        if (!figures.includes(id)) {
          issues.push(
            issueAt(source, ['units', i], `${id} 的数字`, '没有写', {
              suggestion: `加一行“${id}: 数字”（确实没有就写 0）；这个单位没有报送的话，写“status: ${UNIT_STATUS.missing}”`,
              en: {
                expected: `a figure for ${id}`,
                got: 'nothing',
                suggestion: `write "${id}: 0" if the unit had none, or "status: ${UNIT_STATUS.missing}" if it did not report`,
              },
            }),
          );
        }
      }
    });
    for (const unit of context.units) {
      if (activeInPeriod(unit, report.period) && !seen.has(unit.id) && !meant.has(unit.id)) {
        issues.push(
          issueAt(source, ['units'], `${year} 年每个考核单位各有一项`, `没有“${unit.id}”（${unit.name}）`, {
            key: true,
            suggestion: `加上“- unit: ${unit.id}”和它的数字；没有报送就写“status: ${UNIT_STATUS.missing}”`,
            en: {
              expected: `an entry for every unit active in ${year}`,
              got: `no entry for "${unit.id}" (${unit.name})`,
              suggestion: `add "- unit: ${unit.id}" with its figures, or with "status: ${UNIT_STATUS.missing}"`,
            },
          }),
        );
      }
    }
  }
  return issues;
}

export const reportUnitsRule: Rule = {
  name: 'report-units',
  description:
    'every active unit appears once in each report, with a figure for every indicator of the year or marked 未报送 with none',
  needs: ['units', 'indicators'],
  check,
};
