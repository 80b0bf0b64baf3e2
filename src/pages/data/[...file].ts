/**
 * /data/<file>: every download in the catalogue (src/lib/export/downloads.ts), README.txt and each
 * chart's numbers (/data/charts/<chart>.csv),
 * each built once from the scored board.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBoard } from '../../data/board.ts';
import { CONTENT_TYPES } from '../../lib/export/csv.ts';
import { downloadBody, listDownloads } from '../../lib/export/downloads.ts';
import { readmeText } from '../../lib/export/readme.ts';
import { chartCsv } from '../../lib/export/chart-csv.ts';
import { chartDataUrl, readmeUrl } from '../../lib/present/urls.ts';
import { chartFiles } from '../../lib/present/views/media/chart-files.ts';

type File = {
  body: () => string | Promise<Uint8Array<ArrayBuffer>>;
  type: string;
};

const fileName = (href: string) => href.replace(/^\/data\//, '');

export const getStaticPaths = (() => {
  const board = getBoard();
  const files: Array<{ href: string; file: File }> = [
    { href: readmeUrl(), file: { body: () => readmeText(board), type: CONTENT_TYPES.txt } },
    ...listDownloads(board).map((d) => ({
      href: d.href,
      file: { body: () => downloadBody(board, d), type: CONTENT_TYPES[d.format] },
    })),
    // Each chart's own numbers, at an address that stays (the 下载数据 link under the chart).
    ...chartFiles(board).map((chart) => ({
      href: chartDataUrl(chart.id),
      file: { body: () => chartCsv(chart.spec), type: CONTENT_TYPES.csv },
    })),
  ];
  return files.map(({ href, file }) => ({ params: { file: fileName(href) }, props: file }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<File> = async ({ props }) =>
  new Response(await props.body(), { headers: { 'Content-Type': props.type } });
