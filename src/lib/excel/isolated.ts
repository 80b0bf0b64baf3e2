/**
 * Received forms read one by one in a worker thread with a heap ceiling and a time limit, so a file
 * that makes the spreadsheet library loop or allocate without end (a one-byte change in a legacy
 * .xls allocation table did both) is refused by name, and every other file is still read. The
 * worker reads files in turn; one that exceeds a limit is terminated and a fresh worker takes the
 * next file. The process's resident memory is watched as well, because a heap ceiling does not count
 * the buffers a parser allocates outside the JavaScript heap.
 */
import { Worker } from 'node:worker_threads';
import type { Model } from '../model/model.ts';
import type { Unit } from '../schema/units.ts';
import { problem, type FormProblem } from './cells.ts';
import { openForm } from './open-file.ts';
import type { FormReading } from './read-form.ts';

export interface IsolationLimits {
  /** Time to read one file, once the worker is up (a form takes well under a second). */
  timeMs: number;
  /** The worker's JavaScript heap (old generation), in MB; reading a form needs a few dozen. */
  heapMb: number;
  /** Memory the process may grow by while one file is read (any kind), in MB. */
  growthMb: number;
}

export const ISOLATION: IsolationLimits = { timeMs: 10_000, heapMb: 128, growthMb: 768 };

/** How long a worker may take to start (load the reader) before the machine is taken to be stuck. */
const STARTUP_MS = 120_000;
const WATCH_MS = 50;

type Outcome =
  | { kind: 'read'; reading: FormReading }
  | { kind: 'timeout' }
  | { kind: 'memory' }
  | { kind: 'crashed'; detail: string };

class ReaderThread {
  private readonly worker: Worker;
  readonly ready: Promise<void>;

  constructor(model: Model, limits: IsolationLimits) {
    this.worker = new Worker(new URL('./read-worker.ts', import.meta.url), {
      workerData: { model },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 32 },
      // A worker's own output (an OOM report) is not the clerk's business.
      stdout: true,
      stderr: true,
    });
    this.worker.stdout.resume();
    this.worker.stderr.resume();
    this.ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('reader did not start')), STARTUP_MS);
      this.worker.once('message', () => {
        clearTimeout(timer);
        resolve();
      });
      this.worker.once('error', (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      });
    });
  }

  read(file: string, bytes: Uint8Array, limits: IsolationLimits): Promise<Outcome> {
    const worker = this.worker;
    return new Promise<Outcome>((resolve) => {
      const baseline = process.memoryUsage.rss();
      const finish = (outcome: Outcome) => {
        clearTimeout(timer);
        clearInterval(watch);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(outcome);
      };
      const onMessage = (m: { reading: FormReading }) => finish({ kind: 'read', reading: m.reading });
      const onError = (error: Error & { code?: string }) =>
        finish(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { kind: 'memory' }
            : { kind: 'crashed', detail: error.message.slice(0, 80) },
        );
      const onExit = (code: number) => finish({ kind: 'crashed', detail: `exit ${code}` });
      const timer = setTimeout(() => finish({ kind: 'timeout' }), limits.timeMs);
      const watch = setInterval(() => {
        if (process.memoryUsage.rss() - baseline > limits.growthMb * 1e6) finish({ kind: 'memory' });
      }, WATCH_MS);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ file, bytes });
    });
  }

  stop = () => this.worker.terminate();
}

/** The same unit objects as the model's (a reading crosses the thread boundary as a copy). */
function relink(model: Model, reading: FormReading): FormReading {
  const unit = (u?: Unit) => (u ? (model.units.find((m) => m.id === u.id) ?? u) : undefined);
  return { ...reading, unit: unit(reading.unit), entries: reading.entries.map((e) => ({ ...e, unit: unit(e.unit)! })) };
}

function refusedBy(outcome: Exclude<Outcome, { kind: 'read' }>, limits: IsolationLimits): FormProblem {
  if (outcome.kind === 'timeout') return problem('error', 'read.timeout', { seconds: limits.timeMs / 1000 });
  if (outcome.kind === 'memory') return problem('error', 'read.memory', { mb: limits.heapMb });
  return problem('error', 'read.crashed', { detail: outcome.detail });
}

export interface Received {
  /** The file's name as shown to the clerk. */
  file: string;
  /** Its path, or its bytes when they are already in memory (tests). */
  path?: string;
  bytes?: Uint8Array;
}

/** Reads every received file in isolation; a file that breaks a limit gets a problem, the others are read. */
export async function readFormsIsolated(
  model: Model,
  files: Received[],
  limits: IsolationLimits = ISOLATION,
): Promise<FormReading[]> {
  const readings: FormReading[] = [];
  let thread: ReaderThread | undefined;
  try {
    for (const { file, path, bytes: given } of files) {
      const opened = given ? { ok: true as const, bytes: given } : openForm(path!);
      if (!opened.ok) {
        readings.push({ file, entries: [], problems: [opened.problem] });
        continue;
      }
      thread ??= new ReaderThread(model, limits);
      await thread.ready;
      const outcome = await thread.read(file, new Uint8Array(opened.bytes), limits);
      if (outcome.kind === 'read') readings.push(relink(model, outcome.reading));
      else {
        readings.push({ file, entries: [], problems: [refusedBy(outcome, limits)] });
        await thread.stop();
        thread = undefined;
      }
    }
  } finally {
    await thread?.stop();
  }
  return readings;
}
