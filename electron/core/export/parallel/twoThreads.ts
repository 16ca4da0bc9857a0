import { errorFrom } from '../../errors';
import { readExportBodies } from '../../store/repositories/exports';
import type { ArticleFilesJob } from '../pages';
import type { Entry } from '../sink';
import { articlePaths, parseStoredBodies, putBatchFiles } from './articleFiles';
import { contextInput } from './context';
import type { Worker } from 'node:worker_threads';
import { EarlyRenderWorker } from './early';
import type { BatchRequest, RenderReply, RenderWorkerData } from './protocol';
import { startRenderWorker, type RenderWorkerScript } from './script';

export { runningRenderWorkers } from './script';

/**
 * Article files rendered on two threads: this one and a render worker. This thread holds
 * the database connection (and its read snapshot), so it reads every batch's bodies. It
 * renders batches itself from the start; once the worker is ready it keeps `ahead` batches
 * in the worker's hands (one while the worker is new and slow) and renders the next one
 * itself meanwhile, so both stay busy to the end, and keeps the last batches for itself so
 * that it does not wait for the worker at the end. The worker stages its files in the same
 * staging folder and answers with their entries, recorded here. The worker is stopped
 * before this settles, whether the render finished, failed (on either thread) or was
 * cancelled; a failure on the worker fails the render with its message.
 */

let madeOnWorkers = 0;


/** Files render workers have made in this process. */
export function filesMadeOnWorkers(): number {
  return madeOnWorkers;
}

export interface TwoThreadOptions {
  /** Articles per batch. */
  batch: number;
  /** Batches the worker holds at once: one it renders, the rest waiting. */
  ahead: number;
  /** Waits for the worker before rendering here, so that it renders the first batch. */
  workerFirst?: boolean;
}

function batchesOf(ids: readonly string[], size: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size));
  return out;
}

/** Batches this thread keeps for itself while a new worker renders its first one (about that much slower). */
const COLD_RESERVE = 4;

/** Batches the worker is given before each step of this thread's other work (`alongside`): about as long to render. */
const ALONGSIDE_BATCHES = 4;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What the render thread starts with: the assemble context, the images' files and the staging folder. */
export function renderWorkerData(job: Pick<ArticleFilesJob, 'db' | 'ctx' | 'mediaByImage' | 'sink'>): RenderWorkerData {
  return {
    ctx: contextInput(job.db, job.ctx),
    mediaByImage: job.mediaByImage,
    outDir: job.sink.staging.outDir,
    stagingDir: job.sink.staging.dir,
  };
}

/** Renders `job` on this thread and a worker: one started now from a script, or one started earlier and given its context (if it has not been yet). */
export async function renderOnTwoThreads(job: ArticleFilesJob, from: RenderWorkerScript | EarlyRenderWorker, o: TwoThreadOptions): Promise<void> {
  job.checkCancelled();
  const batches = batchesOf(job.ids, Math.max(1, o.batch));
  const { sink } = job;
  let worker: Worker;
  if (from instanceof EarlyRenderWorker) {
    from.init(() => renderWorkerData(job));
    worker = from.worker;
  } else worker = startRenderWorker(from, renderWorkerData(job));

  let ready = false;
  let answered = 0;
  const waiting = new Set<number>();
  let failure: Error | null = null;
  let settled = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const fail = (e: Error) => {
    failure ??= e;
    notify();
  };
  worker.on('message', (reply: RenderReply) => {
    if (settled) return;
    if (reply.type === 'ready') ready = true;
    else if (reply.type === 'failed') failure ??= reply.code === null ? new Error(reply.message) : errorFrom({ code: reply.code, message: reply.message, phrase: reply.phrase });
    else {
      try {
        waiting.delete(reply.batch);
        answered++;
        for (const { entry, staged } of reply.files) {
          if (staged) sink.staging.adopt(entry.path);
          sink.record(entry, staged);
        }
        madeOnWorkers += reply.files.length;
        job.advance(reply.files.length);
      } catch (e) {
        failure ??= e instanceof Error ? e : new Error(String(e));
      }
    }
    notify();
  });
  // An early worker may have said it is ready before this render listened.
  if (from instanceof EarlyRenderWorker && from.ready) ready = true;
  worker.on('error', fail);
  worker.on('messageerror', fail);
  worker.once('exit', (code) => {
    // A crash, not one of core's sentences: the export fails with it as the reason (core.export.failed).
    if (!settled) fail(new Error(`The render thread stopped unexpectedly (exit code ${code})`));
  });

  const post = (n: number) => {
    const ids = batches[n] as string[];
    const previous: Entry[] = [];
    for (const id of ids) {
      for (const rel of articlePaths(job.pages.get(id) ?? [], id)) {
        const old = sink.previous(rel);
        if (old) previous.push(old);
      }
    }
    const request: BatchRequest = {
      batch: n,
      ids,
      pages: new Map(ids.map((id) => [id, [...(job.pages.get(id) ?? [])]])),
      bodies: readExportBodies(job.db, ids),
      previous,
    };
    worker.postMessage(request);
    waiting.add(n);
  };

  try {
    while (o.workerFirst && !ready) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    let next = 0;
    const alongside = [...(job.alongside ?? [])];
    for (;;) {
      if (failure) throw failure;
      job.checkCancelled();
      // A new worker is slow (its code not yet optimized): it gets one batch, and only while
      // this thread has several left to render meanwhile, so that neither waits at the end.
      // Before this thread turns to its other work, the worker gets enough to last it.
      const holds = (answered > 0 ? o.ahead : 1) + (alongside.length > 0 ? ALONGSIDE_BATCHES : 0);
      const keep = answered > 0 || o.workerFirst ? 1 : COLD_RESERVE;
      while (ready && waiting.size < holds && batches.length - next > keep) post(next++);
      if (alongside.length > 0 && waiting.size > 0) {
        alongside.shift()?.();
        await nextTurn();
        continue;
      }
      if (next >= batches.length) break;
      const ids = batches[next++] as string[];
      job.advance(putBatchFiles(job, ids, parseStoredBodies(readExportBodies(job.db, ids)), sink.put));
      // The worker's answers are handled between batches.
      await nextTurn();
    }
    for (const step of alongside) step();
    while (waiting.size > 0) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
      job.checkCancelled();
    }
    if (failure) throw failure;
  } finally {
    settled = true;
    await worker.terminate();
  }
}
