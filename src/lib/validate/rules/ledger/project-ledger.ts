/**
 * The key-project ledger (data/projects/YYYY.yaml) holds together: every project has a known unit,
 * tier and stages and a named 责任人; funds in place never exceed the agreed amount; a stage goes
 * back only with a remark; no month is missing from a record; and a unit's projects do not report
 * more funds in place than the unit's own figure for the month (a warning: one of the two is wrong).
 */
import { indicatorOf } from '../../../schema/indicators.ts';
import { nextPeriod } from '../../../schema/period.ts';
import { RESERVED_PROJECT_IDS, type ProjectsInput } from '../../../schema/ledger/projects.ts';
import type { Issue } from '../../../read/issue.ts';
import { issueAt, reportsOfYear, type Rule, type RuleContext } from '../../rule.ts';
import type { Parsed } from '../../../read/read-yaml.ts';
import { nearest } from '../../suggest.ts';

/** 是不是 "gangqu"？ — the nearest of the candidates, if one is close. */
export function closest(word: string, candidates: string[]): string | undefined {
  const match = nearest(word, candidates);
  return match === undefined ? undefined : `是不是 "${match}"？`;
}

/** For an unknown unit in any ledger file: the id whose name was written, else the nearest id. */
export function unitIssue(
  source: Parsed<unknown>['source'],
  path: Array<string | number>,
  written: string,
  units: RuleContext['units'],
): Issue {
  const byName = units.find((u) => u.name === written || u.shortName === written);
  return issueAt(source, path, 'data/units.yaml 中的单位代码', `"${written}"`, {
    suggestion: byName
      ? `写单位代码 "${byName.id}"（${byName.name}）`
      : (closest(
          written,
          units.map((u) => u.id),
        ) ?? '先在 data/units.yaml 登记该单位，或改用已登记的单位代码'),
  });
}

/** A file of a year kind (projects/2005.yaml …) must say the year its name says. */
export function yearIssue(source: Parsed<unknown>['source'], year: number): Issue | undefined {
  const named = /\/(\d{4})\.yaml$/.exec(source.file)?.[1];
  if (named === undefined || Number(named) === year) return undefined;
  return issueAt(source, ['year'], `与文件名一致的年份 ${named}`, String(year), {
    suggestion: `改为 year: ${named}，或把文件改名为 ${year}.yaml`,
  });
}

function checkProject(
  context: RuleContext,
  { source, value: ledger }: Parsed<ProjectsInput>,
  last: string,
  issues: Issue[],
) {
  const seen = new Map<string, number>();
  ledger.projects.forEach((p, i) => {
    const at = (...path: Array<string | number>) => ['projects', i, ...path];
    if (seen.has(p.id))
      issues.push(
        issueAt(source, at('id'), '每个项目代码只出现一次', `"${p.id}" 重复（第一次在 projects[${seen.get(p.id)}]）`, {
          suggestion: '改用一个新的项目代码',
        }),
      );
    else seen.set(p.id, i);
    if ((RESERVED_PROJECT_IDS as readonly string[]).includes(p.id)) {
      issues.push(
        issueAt(
          source,
          at('id'),
          `不用 ${RESERVED_PROJECT_IDS.join('、')} 作项目代码（它们是台账其他排列方式的网页地址）`,
          `"${p.id}"`,
          { suggestion: '换一个项目代码' },
        ),
      );
    }
    if (!context.units.some((u) => u.id === p.unit)) issues.push(unitIssue(source, at('unit'), p.unit, context.units));
    if (!ledger.tiers.some((t) => t.id === p.tier)) {
      issues.push(
        issueAt(
          source,
          at('tier'),
          `本文件 tiers 中的类别（${ledger.tiers.map((t) => t.id).join('、')}）`,
          `"${p.tier}"`,
          {
            suggestion: closest(
              p.tier,
              ledger.tiers.map((t) => t.id),
            ),
          },
        ),
      );
    }
    if (p.person === undefined) {
      issues.push(
        issueAt(source, at('name'), '每个项目写明责任人（person）', `“${p.name}”没有责任人`, {
          suggestion: '在该项目下加一行 person: 姓名',
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
            `本文件 stages 中的阶段（${ledger.stages.join('、')}）`,
            `"${m.stage}"`,
          ),
        );
      if (m.inPlace > p.agreed) {
        issues.push(
          issueAt(
            source,
            at('months', j, 'inPlace'),
            `到位资金不超过${ledger.agreedLabel} ${p.agreed} ${ledger.unit}`,
            `${m.inPlace} ${ledger.unit}`,
            { suggestion: `核对到位资金；若${ledger.agreedLabel}已增加，请改 agreed 并在 remark 说明` },
          ),
        );
      }
      if (previous && stage >= 0 && stage < previous.stage && m.remark === undefined) {
        issues.push(
          issueAt(
            source,
            at('months', j, 'stage'),
            `阶段不倒退（上月已是“${ledger.stages[previous.stage]}”），倒退须写 remark 说明原因`,
            `“${m.stage}”且没有 remark`,
            { suggestion: '改正阶段，或加一行 remark: 说明原因' },
          ),
        );
      }
      if (!m.month.startsWith(`${ledger.year}-`)) {
        issues.push(issueAt(source, at('months', j, 'month'), `${ledger.year} 年内的月份`, m.month));
      } else if (previous && m.month !== nextPeriod(previous.month)) {
        const wanted = nextPeriod(previous.month);
        issues.push(
          issueAt(
            source,
            at('months', j, 'month'),
            `逐月不缺：上一行是 ${previous.month}，这一行应是 ${wanted}`,
            m.month,
            {
              suggestion:
                m.month > wanted ? `补上 ${wanted} 至 ${m.month} 之间缺的月份` : '按月份先后排列，删去重复的月份',
            },
          ),
        );
      }
      previous = { stage: stage >= 0 ? stage : (previous?.stage ?? 0), month: m.month };
    });
    const final = p.months.at(-1)!.month;
    if (final < last && final.startsWith(`${ledger.year}-`)) {
      issues.push(
        issueAt(source, at('months'), `逐月记录到台账最新月份 ${last}`, `只记到 ${final}`, {
          key: true,
          suggestion: `补上 ${nextPeriod(final)} 起各月的记录`,
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
      issues.push(
        issueAt(
          source,
          ['projects', lines[0].i, 'months', lines[0].j, 'inPlace'],
          `${entry.unit} 各项目 ${report.period} 到位资金合计不超过该单位当月${name} ${figure} ${ledger.unit}`,
          `合计 ${sum} ${ledger.unit}（${lines.length} 个项目）`,
          {
            severity: 'warning',
            suggestion: `核对项目台账与 ${report.period} 月报中 ${entry.unit} 的${name}，改正有误的一方`,
          },
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
    '台账：单位、类别、阶段已登记，有责任人，到位资金不超过协议金额，阶段倒退有说明，逐月不缺；单位项目到位合计超过该单位当月的对照指标（comparesWith）时提示',
  needs: ['units', 'projects'],
  check,
};
