/**
 * /data/rankings-YYYY-MM.csv (one month, all groups), /data/rankings-YYYY-MM-<group>.csv (one
 * group) and /data/rankings-YYYY.csv (the whole year). Content: src/lib/export.ts.
 */
import type { GetStaticPaths } from 'astro';
import { downloadPaths, serveDownload } from '../../data/download-routes.ts';

export const getStaticPaths = (() => downloadPaths('period', (d) => d.format === 'csv' && d.kind !== 'unit')) satisfies GetStaticPaths;
export const GET = serveDownload;
