/**
 * Promotion events (data/events/YYYY.yaml): each event once — in its file and across the years, as
 * /events/<id>/ is its page — dated in its year; every signing has
 * a known unit, a named follow-up person, a step from the file's list, and a ledger link that
 * names a project of the same year's ledger.
 */
import type { EventsInput } from './schema.ts';
import type { Issue } from '../../read/issue.ts';
import { usedTwice } from '../../validate/used-twice.ts';
import { issueAt, type Rule, type RuleContext } from '../../validate/rule.ts';
import type { Parsed } from '../../read/read-yaml.ts';
import { closest, unitIssue, yearIssue } from '../common/rules.ts';
import { listOf, t } from '../../messages/index.ts';

function checkFile(context: RuleContext, { source, value: file }: Parsed<EventsInput>, issues: Issue[]) {
  const yearProblem = yearIssue(source, file.year);
  if (yearProblem) issues.push(yearProblem);
  const ledger = context.files.projects.find((p) => p.value.year === file.year)?.value;
  const projectIds = ledger?.projects.map((p) => p.id) ?? [];
  const twice = usedTwice(file.events, (event) => event.id);
  file.events.forEach((event, i) => {
    if (twice.has(i))
      issues.push(
        issueAt(
          source,
          ['events', i, 'id'],
          t('ledger.events.idTwice'),
          t('ledger.events.idTwice.got', { id: event.id }),
          {
            suggestion: t('ledger.events.idTwice.suggestion'),
          },
        ),
      );
    if (!event.date.startsWith(`${file.year}-`))
      issues.push(issueAt(source, ['events', i, 'date'], t('ledger.dateInYear', { year: file.year }), event.date));
    event.signings.forEach((s, j) => {
      const at = (field: string) => ['events', i, 'signings', j, field];
      if (!context.units.some((u) => u.id === s.unit))
        issues.push(unitIssue(source, at('unit'), s.unit, context.units));
      if (s.follower === undefined)
        issues.push(
          issueAt(source, at('name'), t('ledger.events.follower'), t('ledger.events.follower.got', { name: s.name }), {
            suggestion: t('ledger.events.follower.suggestion'),
          }),
        );
      if (!file.steps.includes(s.step))
        issues.push(
          issueAt(
            source,
            at('step'),
            t('ledger.events.step', { steps: listOf(file.steps) }),
            t('ledger.id', { id: s.step }),
            {
              suggestion: closest(s.step, file.steps),
            },
          ),
        );
      if (s.project !== undefined && !projectIds.includes(s.project)) {
        issues.push(
          issueAt(
            source,
            at('project'),
            ledger
              ? t('ledger.events.project', { year: file.year })
              : t('ledger.events.ledgerFile', { year: file.year }),
            t('ledger.id', { id: s.project }),
            {
              suggestion: ledger
                ? (closest(s.project, projectIds) ?? t('ledger.events.project.suggestion'))
                : t('ledger.events.ledgerFile.suggestion'),
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
            t('ledger.events.acrossYears'),
            t('ledger.events.acrossYears.got', { id: event.id, earlier }),
            { suggestion: t('ledger.events.acrossYears.suggestion', { id: event.id, year: value.year }) },
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
    'events: each id once (across the years too), dated in its year; every signing has a known unit, a follow-up ' +
    "person, a step from the file's steps, and a project that exists in the year's ledger",
  needs: ['units', 'events'],
  check,
};
