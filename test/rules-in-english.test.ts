/**
 * Every cross-file rule speaks English to developers (BOARD_LANG=en, `npm run validate -- --lang
 * en`): for each rule, one broken copy of the minimal fixture and the lines it prints, in full.
 * A new rule fails here until it has its broken file and its English.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/lib/validate/rules/index.ts';
import { formatIssue } from '../src/lib/validate/issues.ts';
import { inEnglish } from './support/lang.ts';
import { BROKEN } from './support/broken.ts';
import { validateMinimal } from './support/tree.ts';

/** …and what it prints (`BOARD_LANG=en npm run validate` on that tree), line for line. */
const ENGLISH: Record<string, string[]> = {
  registry: [
    'data/units.yaml:14:11 units[1].id: expected a unit id used once, got "kaifaqu" again — give each unit its own id; a renamed unit keeps its old id',
  ],
  plan: [
    'data/plans/2005.yaml:20:13 targets[1].unit: expected a unit id from data/units.yaml, got "ganqu" — did you mean "gangqu"?',
  ],
  'plan-complete': [
    'data/plans/2005.yaml:18:1 targets: expected targets for every unit active in 2005, got no 合同利用外资, 实际利用外资 target for 裕华镇 (yuhua) — add a line "- { unit: yuhua, contracted: <target>, actual: <target> }" under targets; if it really has no target, write "- { unit: yuhua, indicator: contracted, reason: <why> }" under noTargets: at the end',
  ],
  assessments: [
    'data/plans/2005.yaml:34:37 assessments.checks[1].month: expected checks in month order (not before the previous one, month 3), got month 2 — move this check before the previous one',
  ],
  'report-period': [
    'data/reports/2005/2005-03.yaml:2:9 period: expected the period in the file name (2005-03), got "2005-05" — rename the file or correct the period so they agree',
  ],
  'report-units': [
    'data/reports/2005/2005-02.yaml:11:11 units[1].unit: expected a unit id from data/units.yaml, got "港区" — write the unit\'s id: "gangqu" (港经济开发区)',
  ],
  cumulative: [
    "data/reports/2005/2005-03.yaml:15:17 units[2].contracted: expected at least 150 (the 累计 reported for 2005-02), got 120 — this figure (120) fits 2005-01 (90) but 2005-02's 150 is above both: if 2005-02's figure is the wrong one, correct it at data/reports/2005/2005-02.yaml:15; else correct this one; if the figure really fell (a contract cut, a withdrawal), record a 核减 under adjustments: in data/revisions/2005.yaml",
  ],
  plausible: [
    "data/reports/2005/2005-03.yaml:15:17 units[2].contracted: expected this month's increase at most 10 times last month's (60), or at most last month's 累计 (150), got 150 → 1500, an increase of 1350 — check for an extra digit (month 2 added only 60); if it is right, write \"已核实: <reason>\" in this unit's remark",
  ],
  'project-ledger': [
    'data/projects/2005.yaml:34:11 projects[1].name: expected a person in charge (person) for every project, got "港口仓储" has no person in charge — add a line person: <name> to the project',
  ],
  'event-signings': [
    'data/events/2005.yaml:14:17 events[0].signings[1].name: expected a follow-up person (follower) for every signing, got "食品加工" has no follow-up person — add a line follower: <name> to the signing',
  ],
  'cooperation-projects': [
    'data/cooperation/2005.yaml:11:59 projects[1].amount: expected at least 1000 万元 for every project, got 800 万元 — a project under 1000 万元 does not count: delete it, or correct the amount if it is wrong',
  ],
  'service-quarters': [
    'data/service/2005.yaml:8:13 quarters[0].forum.date: expected a date in quarter 1 of 2005, got 2005-04-02',
  ],
  'published-frozen': [
    'data/reports/2005/2005-02.yaml:3:9 status: expected published (2005-02 is published and cannot go back to draft), got draft — set status: published again; to correct a figure, write a revision in data/revisions/2005.yaml',
  ],
  'published-recorded': [
    'data/reports/2005/2005-03.yaml:3:9 status: expected 2005-03 in the record data/published.yaml, got not recorded — run npm run record-published and commit data/published.yaml with the month',
  ],
  revisions: [
    'data/revisions/2005.yaml:2:33 adjustments[0].period: expected a month that has a report, got "2005-08" (no report for that month) — check the year and month',
  ],
};

/** What `BOARD_LANG=en npm run validate` prints for that rule's issues. */
const printed = (rule: string) =>
  validateMinimal(BROKEN[rule]())
    .filter((i) => i.rule === rule)
    .map(formatIssue);

describe('every rule in English', () => {
  inEnglish();

  it('has a broken file and its English for every rule', () => {
    expect(Object.keys(BROKEN).sort()).toEqual(RULES.map((r) => r.name).sort());
    expect(Object.keys(ENGLISH).sort()).toEqual(RULES.map((r) => r.name).sort());
  });

  it.each(RULES.map((r) => r.name))('%s says what is wrong in English', (rule) => {
    const lines = printed(rule);
    expect(lines).toEqual(ENGLISH[rule]);
    for (const line of lines) {
      expect(line).toMatch(/: (warning: )?expected .+, got /);
      expect(line).not.toMatch(/应为：|；实际：|。建议：|【提醒】/);
    }
  });
});
