/** /images/…: the pictures made at build time (src/lib/images/catalogue.ts), PNG or SVG. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBoard } from '../../data/board.ts';
import { imageFiles, type ImageFile } from '../../lib/images/catalogue.ts';
import { drawPicture } from '../../lib/images/render.ts';
import { boardConfig } from '../../lib/config.ts';

/**
 * Drawn pictures are kept between builds (content-keyed; delete freely) in BOARD_IMAGE_CACHE, by default
 * node_modules/.cache/paihangbang-images (the benchmark points it elsewhere to measure a cold build).
 */
const CACHE = boardConfig().imageCache;

export const getStaticPaths = (() =>
  imageFiles(getBoard()).map((image) => ({ params: { file: image.file }, props: { image } }))) satisfies GetStaticPaths;

const TYPES = { png: 'image/png', svg: 'image/svg+xml' } as const;

export const GET: APIRoute = async ({ props }) => {
  const { image } = props as { image: ImageFile };
  const drawn = await drawPicture(image.picture(), CACHE);
  const body = image.format === 'png' ? new Uint8Array(drawn.png) : drawn.svg;
  return new Response(body, { headers: { 'Content-Type': TYPES[image.format] } });
};
