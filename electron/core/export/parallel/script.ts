import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RenderWorkerData } from './protocol';
import { sourceBundle } from './sourceBundle';

/**
 * Where the render thread's code is, by how this module runs:
 *
 * - Bundled (dist/cli.mjs, dist/export-worker.mjs, dist/electron/main.mjs and
 *   dist/electron/export-worker.mjs): `render-worker.mjs` beside the bundle, built from
 *   parallel/entry.ts by scripts/build.mjs.
 * - From TypeScript source (tsx, vitest, `npx tsx bench/…`: this module's own address ends
 *   in `.ts`): the same build, made on first use (sourceBundle.ts). A worker cannot load
 *   `.ts` through tsx on Node 20 without registering tsx's loader in it (`--import tsx` in
 *   its execArgv is not applied to its entry), and that start, about a second while this
 *   thread renders, cost more than the worker saved.
 * - Neither found (no built file; from source without esbuild): null, and the export
 *   renders on one thread.
 */

export interface RenderWorkerScript {
  file: string;
  /** The worker's Node options; absent: this process's. */
  execArgv?: string[];
}

export async function renderWorkerScript(here: string = import.meta.url): Promise<RenderWorkerScript | null> {
  const url = new URL(here);
  if (url.pathname.endsWith('.ts')) {
    const file = await sourceBundle();
    // tsx's loader flags are of no use to a bundled worker.
    return file === null ? null : { file, execArgv: [] };
  }
  try {
    const file = fileURLToPath(new URL('./render-worker.mjs', url));
    return fs.existsSync(file) ? { file } : null;
  } catch {
    return null;
  }
}

let running = 0;

/** Render workers started and not yet stopped (none once an export has settled). */
export function runningRenderWorkers(): number {
  return running;
}

/** Starts a render worker; with `data` null it loads its code and waits for an `init` message with it (see protocol.ts). */
export function startRenderWorker(script: RenderWorkerScript, data: RenderWorkerData | null): Worker {
  const worker = new Worker(script.file, { workerData: data, ...(script.execArgv === undefined ? {} : { execArgv: script.execArgv }) });
  running++;
  worker.once('exit', () => running--);
  return worker;
}
