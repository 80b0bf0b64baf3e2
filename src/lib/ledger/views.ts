/**
 * The ledger kinds as the site presents them beyond their pages: each kind's section (present/sections.ts
 * lists them after 对比) and its paragraph of /methodology/, in the order of the kinds (ledger/schema.ts).
 * Present stage, like each kind's views.ts.
 */
import type { LedgerPresentation } from '../present/section.ts';
import { projectsPresentation } from './projects/views.ts';
import { eventsPresentation } from './events/views.ts';
import { cooperationPresentation } from './cooperation/views.ts';
import { servicePresentation } from './service/views.ts';

export const LEDGER_VIEWS: readonly LedgerPresentation[] = [
  projectsPresentation,
  eventsPresentation,
  cooperationPresentation,
  servicePresentation,
];
