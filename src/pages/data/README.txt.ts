/** /data/README.txt: what the data files are, their columns and formats. Content: src/lib/export.ts. */
import type { APIRoute } from 'astro';
import { getBoard } from '../../data/board.ts';
import { readmeText, TEXT_CONTENT_TYPE } from '../../lib/export.ts';

export const GET: APIRoute = () => new Response(readmeText(getBoard()), { headers: { 'Content-Type': TEXT_CONTENT_TYPE } });
