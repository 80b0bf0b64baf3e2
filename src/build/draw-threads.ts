/**
 * Drawing on every core: worker threads (draw-worker.ts) that each draw one picture at a time into
 * the image cache. satori and resvg run on the thread that calls them, so one thread draws on one
 * core; at 2 years × 100 units a month's build draws ≈ 400 pictures. Used by the finish step run
 * apart (scripts/finish-build.ts); inside `astro build` pictures are drawn in its own thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Picture } from '../lib/images/render.ts';
import type { Draw } from './drawing.ts';

interface Job {
  picture: Picture;
  done: () => void;
  failed: (error: Error) => void;
}

export interface DrawThreads {
  draw: Draw;
  atOnce: number;
  close: () => Promise<void>;
}

/**
 * `count` threads (one per core, at most `most`); each keeps its own fonts (≈ 30 MB) and collects its
 * own drawings' memory.
 */
export function drawThreads(cacheDir: string, most = 2): DrawThreads {
  const count = Math.max(1, Math.min(most, availableParallelism()));
  const waiting: Job[] = [];
  const idle: Array<(job: Job) => void> = [];
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(new URL('./draw-worker.ts', import.meta.url), { workerData: { cacheDir } });
    let current: Job | undefined;
    const take = (job: Job) => {
      current = job;
      worker.postMessage(job.picture);
    };
    const next = () => {
      current = undefined;
      const job = waiting.shift();
      if (job) take(job);
      else idle.push(take);
    };
    worker.on('message', (reply: { error?: string }) => {
      if (reply.error) current?.failed(new Error(reply.error));
      else current?.done();
      next();
    });
    worker.on('error', (error: Error) => {
      current?.failed(error);
      for (const job of waiting.splice(0)) job.failed(error);
    });
    idle.push(take);
    return worker;
  });
  return {
    atOnce: count,
    draw: (picture) =>
      new Promise<void>((done, failed) => {
        const job = { picture, done, failed };
        const free = idle.shift();
        if (free) free(job);
        else waiting.push(job);
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
