/** The project ledger's public addresses (they never change once published). */

/**
 * The project ledger: the latest year's at /projects/, each year's for good at /projects/2005/ (and by-unit/,
 * by-stage/ under either).
 */
export const projectsUrl = (view?: 'by-unit' | 'by-stage', year?: number) =>
  `/projects/${year ? `${year}/` : ''}${view ? `${view}/` : ''}`;
/** A project's page with its timeline: /projects/k01/. */
export const projectUrl = (projectId: string) => `/projects/${projectId}/`;
/** The ledger as downloads: /data/projects-2005.csv or .json, a row per project. */
export const projectsDataUrl = (year: number, format: 'csv' | 'json' = 'csv') => `/data/projects-${year}.${format}`;
/** Its month-by-month record: /data/projects-2005-months.csv. */
export const projectMonthsDataUrl = (year: number) => `/data/projects-${year}-months.csv`;
