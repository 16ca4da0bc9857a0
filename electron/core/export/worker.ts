import { parentPort, workerData } from 'node:worker_threads';
import { outcomeOf, type WorkerMessage } from './jobs';
import { runExport, type ExportRequest } from './run';

/**
 * The export worker thread's entry (built to `export-worker.mjs` beside the app's bundle):
 * runs one export and reports progress; a shared flag set by the main thread cancels it.
 */

const { request, cancel } = workerData as { request: ExportRequest; cancel: Int32Array };
const post = (message: WorkerMessage) => parentPort?.postMessage(message);
let last = 0;

runExport(request, {
  onProgress(phase, done, total) {
    const now = Date.now();
    if (done !== total && done !== 0 && now - last < 50) return;
    last = now;
    post({ type: 'progress', phase, done, total });
  },
  isCancelled: () => Atomics.load(cancel, 0) === 1,
  log: (message) => post({ type: 'log', message }),
}).then(
  (result) => post({ type: 'done', result }),
  (e: unknown) => post(outcomeOf(e)),
);
