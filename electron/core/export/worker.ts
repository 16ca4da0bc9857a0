import { parentPort } from 'node:worker_threads';
import { outcomeOf, type WorkerMessage, type WorkerRequest } from './jobs';
import { runExport } from './run';

/**
 * The export worker thread's entry (built to `export-worker.mjs` beside the app's bundle).
 * It stays with its workspace and runs one export at a time as they are asked for,
 * reporting progress; a shared flag set by the main thread cancels the running one. Between
 * exports it keeps the store's rows and what it last wrote to each folder (rows.ts,
 * previous.ts), so a re-export after an edit reads and renders only what changed.
 */

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

parentPort?.on('message', ({ request, cancel }: WorkerRequest) => {
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
});
