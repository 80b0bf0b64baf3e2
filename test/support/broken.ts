/** Per cross-file rule: one broken copy of the minimal fixture that makes it speak (test/rules-in-english.test.ts). */
import { minimalRecord, type Edits } from './tree.ts';

const ASSESSMENTS = `
assessments:
  source: 讲话
  checks:
    - { id: q1, name: 一季度考评, month: 3, threshold: pace, passLabel: 达到, failLabel: 未达 }
    - { id: half, name: 双过半, month: 2, threshold: 0.5, passLabel: 过半, failLabel: 未过半 }
  warning:
    behindMonths: 3
`;

/** Per rule: the one thing broken. */
export const BROKEN: Record<string, () => Edits> = {
  registry: () => ({ 'units.yaml': (t) => t.replace('id: gangqu', 'id: kaifaqu') }),
  plan: () => ({ 'plans/2005.yaml': (t) => t.replace('{ unit: gangqu,', '{ unit: ganqu,') }),
  'plan-complete': () => ({
    'plans/2005.yaml': (t) => t.replace('  - { unit: yuhua, contracted: 300, actual: 120 }\n', ''),
  }),
  assessments: () => ({ 'plans/2005.yaml': (t) => t + ASSESSMENTS }),
  'report-period': () => ({
    'reports/2005/2005-03.yaml': (t) => t.replace('period: 2005-03', 'period: 2005-05'),
  }),
  'report-units': () => ({ 'reports/2005/2005-02.yaml': (t) => t.replace('unit: gangqu', 'unit: 港区') }),
  cumulative: () => ({
    'reports/2005/2005-03.yaml': (t) => t.replace(/(unit: dazhong\n\s+contracted: )210/, '$1120'),
  }),
  plausible: () => ({
    'reports/2005/2005-03.yaml': (t) => t.replace(/(unit: dazhong\n\s+contracted: )210/, '$11500'),
  }),
  'project-ledger': () => ({ 'projects/2005.yaml': (t) => t.replace('    person: 赵强\n', '') }),
  'event-signings': () => ({ 'events/2005.yaml': (t) => t.replace(' follower: 周红,', '') }),
  'cooperation-projects': () => ({ 'cooperation/2005.yaml': (t) => t.replace('amount: 1200', 'amount: 800') }),
  'service-quarters': () => ({
    'service/2005.yaml': (t) => t.replace('date: 2005-03-25', 'date: 2005-04-02'),
  }),
  'published-frozen': () => ({
    'published.yaml': minimalRecord(),
    'reports/2005/2005-02.yaml': (t) => t.replace('status: published', 'status: draft'),
  }),
  'published-recorded': () => ({ 'published.yaml': minimalRecord().replace(/ {2}2005-03:\n( {4}.*\n)+/, '') }),
  revisions: () => ({
    'revisions/2005.yaml':
      'adjustments:\n  - { date: 2005-04-03, period: 2005-08, unit: dazhong, indicator: contracted, amount: 5, ' +
      'reason: 撤资 }\n',
  }),
};
