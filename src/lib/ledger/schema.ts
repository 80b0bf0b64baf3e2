/**
 * The optional ledger kinds (projects, events, cooperation, service), one folder each: this list is
 * where the table of data-file kinds (schema/kinds.ts) finds them, in this order. Schema stage, like
 * each kind's schema.ts. To add a kind: a folder src/lib/ledger/<kind>/ (docs/architecture.md) and a
 * line here and in each stage's list beside it (rules.ts, views.ts, export.ts).
 */
import type { Parsed } from '../read/read-yaml.ts';
import { projectsKind } from './projects/schema.ts';
import { eventsKind } from './events/schema.ts';
import { cooperationKind } from './cooperation/schema.ts';
import { serviceKind } from './service/schema.ts';

export const LEDGER_KINDS = {
  projects: projectsKind,
  events: eventsKind,
  cooperation: cooperationKind,
  service: serviceKind,
};

/** Each ledger kind's file as validated (what its rules see). */
export type LedgerInputs = {
  [K in keyof typeof LEDGER_KINDS]: Parameters<(typeof LEDGER_KINDS)[K]['toModel']>[0][number] extends Parsed<infer I>
    ? I
    : never;
};
