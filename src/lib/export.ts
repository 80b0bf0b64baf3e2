/** The downloads, in three parts: flat tables and CSV, JSON documents, and the list of files. */
export * from './export-table.ts';
export * from './export-json.ts';
export * from './downloads.ts';
