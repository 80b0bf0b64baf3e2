/**
 * A drawing thread of draw-threads.ts: draws each picture it is sent into the image cache and says
 * when it is done, or the error's message (a glyph the font lacks stops the build, as in one thread).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Picture } from '../lib/images/render.ts';
import { drawHere } from './drawing.ts';

const draw = drawHere((workerData as { cacheDir: string }).cacheDir);
const port = parentPort!;
port.on('message', (picture: Picture) => {
  draw(picture).then(
    () => port.postMessage({}),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
