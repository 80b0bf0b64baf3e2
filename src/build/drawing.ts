/**
 * How a build draws a picture into the image cache (render.ts cacheFiles): here, in this thread
 * (pictures.ts by default, and each thread of draw-threads.ts).
 */
import { drawIntoCache, type Picture } from '../lib/images/render.ts';

/**
 * How far the build's memory may grow from drawings before it collects them. resvg frees a drawing's
 * bitmap (8 MB for a slide) only after a garbage collection and a turn of the event loop
 * (thx/resvg-js#216), and V8 does not count that memory, so it rarely collects on its own: a cold
 * build at 10 years × 300 units held 1.2–1.4 GB. A collection takes ≈ 150 ms there (a heap of
 * ≈ 200 MB is left from the pages), hence one per 64 MB of drawings, not one per drawing.
 * scripts/build.sh starts Node with --expose-gc (worker threads share the flag).
 */
const DRAWINGS_HELD = 64 * 1024 * 1024;
const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** Draws a picture into the image cache (render.ts cacheFiles). */
export type Draw = (picture: Picture) => Promise<void>;

/** Drawing in this thread, collecting the drawings' memory as it grows (see DRAWINGS_HELD). */
export function drawHere(cacheDir: string): Draw {
  let collected = process.memoryUsage.rss();
  const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
  return async (picture) => {
    await drawIntoCache(picture, cacheDir);
    await nextTurn();
    if (collectGarbage && process.memoryUsage.rss() > collected + DRAWINGS_HELD) {
      collectGarbage();
      await nextTurn(); // the bitmaps go on this turn: only then is the memory measured
      collected = process.memoryUsage.rss();
    }
  };
}
