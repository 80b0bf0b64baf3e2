/** /feed.xml: RSS 2.0, one item per published month with its summary (see src/lib/export/feed.ts). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getBoard } from '../data/board.ts';
import { feedOptions } from '../lib/export/feed.ts';

export const GET: APIRoute = (context) => rss(feedOptions(getBoard(), context.site!));
