/** /data/rankings-YYYY-MM.json (one month) and /data/rankings-YYYY.json (the whole year). Content: src/lib/export.ts. */
import type { GetStaticPaths } from 'astro';
import { downloadPaths, serveDownload } from '../../data/download-routes.ts';

export const getStaticPaths = (() => downloadPaths('period', (d) => d.format === 'json')) satisfies GetStaticPaths;
export const GET = serveDownload;
