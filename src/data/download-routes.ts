/**
 * The download endpoints' shared parts: which files a route makes (a filter over the one list of
 * downloads) and the response for each. The routes under src/pages/data/ only pick their files.
 */
import type { APIRoute } from 'astro';
import { contentTypeOf, downloadBody, listDownloads, type Download } from '../lib/export.ts';
import { getBoard } from './board.ts';

/** Static paths for the downloads a route serves; `param` names the route's file-name parameter. */
export function downloadPaths(param: string, serves: (d: Download) => boolean) {
  return listDownloads(getBoard())
    .filter(serves)
    .map((download) => ({ params: { [param]: download.param }, props: { download } }));
}

export const serveDownload: APIRoute<{ download: Download }> = ({ props }) =>
  new Response(downloadBody(getBoard(), props.download), { headers: { 'Content-Type': contentTypeOf(props.download) } });
