/**
 * The ledger kinds' cross-file rules, in the order of the kinds (ledger/schema.ts): the rule registry
 * (validate/rules/index.ts) runs them after the monthly reports'. Validate stage, like each kind's rules.ts.
 */
import type { Rule } from '../validate/rule.ts';
import { projectLedgerRule } from './projects/rules.ts';
import { eventSigningsRule } from './events/rules.ts';
import { cooperationProjectsRule } from './cooperation/rules.ts';
import { serviceQuartersRule } from './service/rules.ts';

export const LEDGER_RULES: readonly Rule[] = [
  projectLedgerRule,
  eventSigningsRule,
  cooperationProjectsRule,
  serviceQuartersRule,
];
