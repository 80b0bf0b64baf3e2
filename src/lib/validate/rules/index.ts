/**
 * Every cross-file rule, in the order they run (the registry first, then each kind's in the order
 * of the table of kinds). Each rule says which kinds it needs (`needs`); to add one, write it in a
 * file of its own here (with its test) and add a line to this list.
 */
import type { Rule } from '../rule.ts';
import { assessmentsRule } from './assessments.ts';
import { cumulativeRule } from './cumulative.ts';
import { planRule } from './plan.ts';
import { planCompleteRule } from './plan-complete.ts';
import { plausibleRule } from './plausible.ts';
import { publishedFrozenRule } from './published/published-frozen.ts';
import { publishedRecordedRule } from './published/published-recorded.ts';
import { registryRule } from './registry.ts';
import { reportPeriodRule } from './report-period.ts';
import { reportUnitsRule } from './report-units.ts';
import { projectLedgerRule } from './ledger/project-ledger.ts';
import { eventSigningsRule } from './ledger/event-signings.ts';
import { cooperationProjectsRule } from './ledger/cooperation-projects.ts';
import { serviceQuartersRule } from './ledger/service-quarters.ts';
import { revisionsRule } from './published/revisions.ts';

export const RULES: readonly Rule[] = [
  registryRule,
  planRule,
  planCompleteRule,
  assessmentsRule,
  reportPeriodRule,
  reportUnitsRule,
  cumulativeRule,
  plausibleRule,
  projectLedgerRule,
  eventSigningsRule,
  cooperationProjectsRule,
  serviceQuartersRule,
  revisionsRule,
  publishedFrozenRule,
  publishedRecordedRule,
];
