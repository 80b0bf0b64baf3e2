/** /data/unit-<unitId>.csv: one unit's month-by-month history. Content: src/lib/export.ts. */
import type { GetStaticPaths } from 'astro';
import { downloadPaths, serveDownload } from '../../data/download-routes.ts';

export const getStaticPaths = (() => downloadPaths('unit', (d) => d.kind === 'unit')) satisfies GetStaticPaths;
export const GET = serveDownload;
