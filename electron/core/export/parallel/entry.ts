import { parentPort, workerData } from 'node:worker_threads';
import type { InitMessage, RenderWorkerData } from './protocol';
import { serveRenders } from './serve';

/** The render thread's entry (built to `render-worker.mjs` beside the app's bundles; see script.ts). */

const port = parentPort;
if (port !== null) {
  // Started early, its code loads while the export reads and checks; the context follows.
  if (workerData === null) port.once('message', (init: InitMessage) => serveRenders(port, init.data));
  else serveRenders(port, workerData as RenderWorkerData);
}
