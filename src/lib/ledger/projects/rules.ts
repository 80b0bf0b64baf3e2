/**
 * The key-project ledger (data/projects/YYYY.yaml) holds together: every project has a known unit,
 * tier and stages and a named 责任人; funds in place never exceed the agreed amount; a stage goes
 * back only with a remark; no month is missing from a record; and a unit's projects do not report
 * more funds in place than the unit's own figure for the month (a warning: one of the two is wrong).
 */
import { indicatorOf } from '../../schema/indicators.ts';
import { nextPeriod } from '../../schema/period.ts';
import { RESERVED_PROJECT_IDS, type ProjectsInput } from './schema.ts';
import type { Issue } from '../../read/issue.ts';
import { usedTwice } from '../../validate/used-twice.ts';
import { issueAt, reportsOfYear, type Rule, type RuleContext } from '../../validate/rule.ts';
import type { Parsed } from '../../read/read-yaml.ts';
import { closest, unitIssue, yearIssue } from '../common/rules.ts';
import { listOf, t } from '../../messages/index.ts';

function checkProject(
  context: RuleContext,
  { source, value: ledger }: Parsed<ProjectsInput>,
  last: string,
  issues: Issue[],
) {
  const twice = usedTwice(ledger.projects, (p) => p.id);
  const money = (amount: number) => t('ledger.projects.amount', { amount, unit: ledger.unit });
  ledger.projects.forEach((p, i) => {
    const at = (...path: Array<string | number>) => ['projects', i, ...path];
    if (twice.has(i))
      issues.push(
        issueAt(
          source,
          at('id'),
          t('ledger.projects.idTwice'),
          t('ledger.projects.idTwice.got', { id: p.id, first: `projects[${twice.get(i)}]` }),
          { suggestion: t('ledger.projects.idTwice.suggestion') },
        ),
      );
    if ((RESERVED_PROJECT_IDS as readonly string[]).includes(p.id)) {
      issues.push(
        issueAt(
          source,
          at('id'),
          t('ledger.projects.reserved', { reserved: listOf(RESERVED_PROJECT_IDS) }),
          t('ledger.id', { id: p.id }),
          { suggestion: t('ledger.projects.reserved.suggestion') },
        ),
      );
    }
    if (!context.units.some((u) => u.id === p.unit)) issues.push(unitIssue(source, at('unit'), p.unit, context.units));
    if (!ledger.tiers.some((tier) => tier.id === p.tier)) {
      issues.push(
        issueAt(
          source,
          at('tier'),
          t('ledger.projects.tier', { tiers: listOf(ledger.tiers.map((tier) => tier.id)) }),
          t('ledger.id', { id: p.tier }),
          {
            suggestion: closest(
              p.tier,
              ledger.tiers.map((tier) => tier.id),
            ),
          },
        ),
      );
    }
    if (p.person === undefined) {
      issues.push(
        issueAt(source, at('name'), t('ledger.projects.person'), t('ledger.projects.person.got', { name: p.name }), {
          suggestion: t('ledger.projects.person.suggestion'),
        }),
      );
    }
    let previous: { stage: number; month: string } | undefined;
    p.months.forEach((m, j) => {
      const stage = ledger.stages.indexOf(m.stage);
      if (stage < 0)
        issues.push(
          issueAt(
            source,
            at('months', j, 'stage'),
            t('ledger.projects.stage', { stages: listOf(ledger.stages) }),
            t('ledger.id', { id: m.stage }),
          ),
        );
      if (m.inPlace > p.agreed) {
        issues.push(
          issueAt(
            source,
            at('months', j, 'inPlace'),
            t('ledger.projects.inPlace', { agreedLabel: ledger.agreedLabel, agreed: money(p.agreed) }),
            money(m.inPlace),
            { suggestion: t('ledger.projects.inPlace.suggestion', { agreedLabel: ledger.agreedLabel }) },
          ),
        );
      }
      if (previous && stage >= 0 && stage < previous.stage && m.remark === undefined) {
        issues.push(
          issueAt(
            source,
            at('months', j, 'stage'),
            t('ledger.projects.stageBack', { stage: ledger.stages[previous.stage]! }),
            t('ledger.projects.stageBack.got', { stage: m.stage }),
            { suggestion: t('ledger.projects.stageBack.suggestion') },
          ),
        );
      }
      if (!m.month.startsWith(`${ledger.year}-`)) {
        issues.push(issueAt(source, at('months', j, 'month'), t('ledger.monthInYear', { year: ledger.year }), m.month));
      } else if (previous && m.month !== nextPeriod(previous.month)) {
        const wanted = nextPeriod(previous.month);
        issues.push(
          issueAt(
            source,
            at('months', j, 'month'),
            t('ledger.projects.monthGap', { previous: previous.month, wanted }),
            m.month,
            {
              suggestion:
                m.month > wanted
                  ? t('ledger.projects.monthGap.fill', { wanted, month: m.month })
                  : t('ledger.projects.monthGap.order'),
            },
          ),
        );
      }
      previous = { stage: stage >= 0 ? stage : (previous?.stage ?? 0), month: m.month };
    });
    const final = p.months.at(-1)!.month;
    if (final < last && final.startsWith(`${ledger.year}-`)) {
      issues.push(
        issueAt(source, at('months'), t('ledger.projects.upTo', { last }), t('ledger.projects.upTo.got', { final }), {
          key: true,
          suggestion: t('ledger.projects.upTo.suggestion', { next: nextPeriod(final) }),
        }),
      );
    }
  });
}

/** Warnings where a unit's projects hold more funds in place than the unit reported for the month. */
function checkFunds(context: RuleContext, { source, value: ledger }: Parsed<ProjectsInput>, issues: Issue[]) {
  const indicator = ledger.comparesWith;
  if (!indicator) return;
  const name = indicatorOf(context, indicator).name;
  for (const { value: report } of reportsOfYear(context, ledger.year)) {
    for (const entry of report.units) {
      const figure = entry[indicator];
      if (typeof figure !== 'number') continue;
      const lines = ledger.projects.flatMap((p, i) =>
        p.unit === entry.unit
          ? p.months.flatMap((m, j) => (m.month === report.period ? [{ i, j, inPlace: m.inPlace }] : []))
          : [],
      );
      const sum = lines.reduce((total, l) => total + l.inPlace, 0);
      if (lines.length === 0 || sum <= figure) continue;
      const vars = {
        unit: entry.unit,
        period: report.period,
        name,
        figure,
        sum,
        count: lines.length,
        money: ledger.unit,
      };
      issues.push(
        issueAt(
          source,
          ['projects', lines[0]!.i, 'months', lines[0]!.j, 'inPlace'],
          t('ledger.projects.funds', vars),
          t('ledger.projects.funds.got', vars),
          { severity: 'warning', suggestion: t('ledger.projects.funds.suggestion', vars) },
        ),
      );
    }
  }
}

function check(context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  for (const file of context.files.projects) {
    const yearProblem = yearIssue(file.source, file.value.year);
    if (yearProblem) issues.push(yearProblem);
    const last =
      file.value.projects
        .flatMap((p) => p.months.map((m) => m.month))
        .filter((m) => m.startsWith(`${file.value.year}-`))
        .sort()
        .at(-1) ?? '';
    checkProject(context, file, last, issues);
    checkFunds(context, file, issues);
  }
  return issues;
}

export const projectLedgerRule: Rule = {
  name: 'project-ledger',
  description:
    'projects: known units, tiers and stages, a person in charge, funds in place within the agreed amount, a stage ' +
    "going back explained, no month missing; a unit's projects holding more funds than its own figure (comparesWith) warned",
  needs: ['units', 'projects'],
  check,
};
