import { parentPort, workerData } from 'node:worker_threads';
import type { RenderWorkerData } from './protocol';
import { serveRenders } from './serve';

/** The render thread's entry (built to `render-worker.mjs` beside the app's bundles; see script.ts). */

if (parentPort !== null) serveRenders(parentPort, workerData as RenderWorkerData);
