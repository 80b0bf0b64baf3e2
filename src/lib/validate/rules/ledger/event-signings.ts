/**
 * Promotion events (data/events/YYYY.yaml): each event once — in its file and across the years, as
 * /events/<id>/ is its page — dated in its year; every signing has
 * a known unit, a named follow-up person, a step from the file's list, and a ledger link that
 * names a project of the same year's ledger.
 */
import type { EventsInput } from '../../../schema/ledger/events.ts';
import type { Issue } from '../../../read/issue.ts';
import { issueAt, type Rule, type RuleContext } from '../../rule.ts';
import type { Parsed } from '../../../read/read-yaml.ts';
import { closest, unitIssue, yearIssue } from './project-ledger.ts';

function checkFile(context: RuleContext, { source, value: file }: Parsed<EventsInput>, issues: Issue[]) {
  const yearProblem = yearIssue(source, file.year);
  if (yearProblem) issues.push(yearProblem);
  const ledger = context.files.projects.find((p) => p.value.year === file.year)?.value;
  const projectIds = ledger?.projects.map((p) => p.id) ?? [];
  const seen = new Set<string>();
  file.events.forEach((event, i) => {
    if (seen.has(event.id))
      issues.push(
        issueAt(source, ['events', i, 'id'], '每个活动代码只出现一次', `"${event.id}" 重复`, {
          suggestion: '改用一个新的活动代码',
        }),
      );
    seen.add(event.id);
    if (!event.date.startsWith(`${file.year}-`))
      issues.push(issueAt(source, ['events', i, 'date'], `${file.year} 年内的日期`, event.date));
    event.signings.forEach((s, j) => {
      const at = (field: string) => ['events', i, 'signings', j, field];
      if (!context.units.some((u) => u.id === s.unit))
        issues.push(unitIssue(source, at('unit'), s.unit, context.units));
      if (s.follower === undefined)
        issues.push(
          issueAt(source, at('name'), '每个签约项目写明跟踪责任人（follower）', `“${s.name}”没有跟踪责任人`, {
            suggestion: '在该项目下加一行 follower: 姓名',
          }),
        );
      if (!file.steps.includes(s.step))
        issues.push(
          issueAt(source, at('step'), `本文件 steps 中的一步（${file.steps.join('、')}）`, `"${s.step}"`, {
            suggestion: closest(s.step, file.steps),
          }),
        );
      if (s.project !== undefined && !projectIds.includes(s.project)) {
        issues.push(
          issueAt(
            source,
            at('project'),
            ledger ? `${file.year} 年台账中的项目代码` : `${file.year} 年的台账文件 data/projects/${file.year}.yaml`,
            `"${s.project}"`,
            {
              suggestion: ledger
                ? (closest(s.project, projectIds) ?? '核对台账中的项目代码，或删去 project 一行')
                : '先建台账文件，或删去 project 一行',
            },
          ),
        );
      }
    });
  });
}

/** An event id a later year's file uses again: the two would share one page, /events/<id>/. */
function checkAcrossYears(files: Array<Parsed<EventsInput>>, issues: Issue[]) {
  const first = new Map<string, string>();
  for (const { source, value } of [...files].sort((a, b) => a.value.year - b.value.year)) {
    value.events.forEach((event, i) => {
      const earlier = first.get(event.id);
      if (earlier && earlier !== source.file) {
        issues.push(
          issueAt(
            source,
            ['events', i, 'id'],
            '活动代码在各年文件中只用一次（/events/<代码>/ 是活动的网页地址）',
            `"${event.id}" 已在 ${earlier} 用过`,
            { suggestion: `改用新的代码，如 "${event.id}-${value.year}"` },
          ),
        );
      } else if (!earlier) first.set(event.id, source.file);
    });
  }
}

function check(context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  for (const file of context.files.events) checkFile(context, file, issues);
  checkAcrossYears(context.files.events, issues);
  return issues;
}

export const eventSigningsRule: Rule = {
  name: 'event-signings',
  description:
    '大活动：活动代码不重复（各年之间也不重复）、日期在当年；签约项目的单位已登记、有跟踪责任人、进展在 steps 之中、所连台账项目存在',
  needs: ['units', 'events'],
  check,
};
