/**
 * /data/rankings-YYYY-MM.csv (one month, all groups), /data/rankings-YYYY-MM-<group>.csv (one
 * group) and /data/rankings-YYYY.csv (the whole year). Content: src/lib/export.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBoard } from '../../data/board.ts';
import { contentTypeOf, downloadBody, listDownloads, type Download } from '../../lib/export.ts';

export const getStaticPaths = (() =>
  listDownloads(getBoard())
    .filter((d) => d.format === 'csv' && d.kind !== 'unit')
    .map((download) => ({ params: { period: download.param }, props: { download } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ download: Download }> = ({ props }) =>
  new Response(downloadBody(getBoard(), props.download), { headers: { 'Content-Type': contentTypeOf(props.download) } });
