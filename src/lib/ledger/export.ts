/**
 * The ledger kinds' downloads, in the order of the kinds (ledger/schema.ts): the catalogue of downloads
 * (export/downloads.ts) lists them after the board's own. Export stage, like each kind's export.ts.
 */
import { projectsDownloads } from './projects/export.ts';
import { eventsDownloads } from './events/export.ts';
import { cooperationDownloads } from './cooperation/export.ts';
import { serviceDownloads } from './service/export.ts';

export const LEDGER_DOWNLOADS = {
  ...projectsDownloads,
  ...eventsDownloads,
  ...cooperationDownloads,
  ...serviceDownloads,
};
