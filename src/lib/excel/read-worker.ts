/**
 * The worker thread that reads received forms for isolated.ts: it parses one file at a time and
 * posts back the reading. Whatever a damaged file does here (loop, allocate without end) ends with
 * this thread, which the importer then terminates; the import itself goes on with the next file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Model } from '../model/model.ts';
import { readForm } from './read-form.ts';

const model = (workerData as { model: Model }).model;
const port = parentPort!;
port.on('message', ({ file, bytes }: { file: string; bytes: Uint8Array }) => {
  port.postMessage({ reading: readForm(model, file, bytes) });
});
port.postMessage({ ready: true });
