import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExportJob, ExportPhase, ExportScope, PreflightReport, Said } from '../../../shared/contract';
import { TandemError } from '../errors';
import { say } from '../said';
import type { Workspace } from '../workspace';
import { ExportCancelled, PreflightBlocked, type BuildResult } from './bundle';
import { runExport, type ExportRequest } from './run';

/**
 * Export jobs of one workspace: one runs at a time, off the request path (a worker
 * thread), and reports its phase and progress; callers poll its status and may cancel it.
 * The last few finished jobs are remembered so that a view opened later can show them.
 */

export type WorkerMessage =
  | { type: 'progress'; phase: ExportPhase; done: number; total: number }
  | { type: 'log'; message: string }
  | { type: 'done'; result: BuildResult }
  | { type: 'blocked'; report: PreflightReport }
  | { type: 'cancelled' }
  /** What went wrong: in English, and (where core said it) the phrase to say it in the interface's language. */
  | { type: 'failed'; error: Said };

/** What the main thread sends the worker: one export to run. */
export interface WorkerRequest {
  request: ExportRequest;
  cancel: Int32Array;
}

export interface ExportJobs {
  start(request: { scope: ExportScope; zip: boolean; outDir: string; baseUrl: string }): ExportJob;
  status(jobId: string): ExportJob;
  cancel(jobId: string): ExportJob;
  /** Resolves when the job is no longer running (tests, the command line). */
  settled(jobId: string): Promise<ExportJob>;
  close(): void;
}

export interface ExportJobsOptions {
  /** Where the worker script is; null runs exports on this thread (between awaits). */
  workerScript?: string | null;
  log?: (message: string) => void;
  /** The clock list schedules are judged by. */
  now?: () => number;
}

const KEEP_FINISHED = 10;
/** A worker idle this long is stopped (it holds the store's rows); the next export starts another. */
const WORKER_IDLE_MS = 15 * 60_000;

/** How an export that threw ends: cancelled, stopped by preflight, or failed with what went wrong. */
export function outcomeOf(e: unknown): WorkerMessage {
  if (e instanceof ExportCancelled) return { type: 'cancelled' };
  if (e instanceof PreflightBlocked) return { type: 'blocked', report: e.report };
  if (e instanceof TandemError) return { type: 'failed', error: e.said() };
  return { type: 'failed', error: say('core.export.failed', { reason: e instanceof Error ? e.message : String(e) }) };
}

/** The built worker script beside this module's bundle, when there is one. */
export function defaultWorkerScript(): string | null {
  try {
    const file = fileURLToPath(new URL('./export-worker.mjs', import.meta.url));
    return fs.existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

interface Running {
  job: ExportJob;
  cancel: Int32Array;
  settled: Promise<ExportJob>;
  started: number;
}

export function createExportJobs(ws: Workspace, options: ExportJobsOptions = {}): ExportJobs {
  const workerScript = options.workerScript === undefined ? defaultWorkerScript() : options.workerScript;
  const log = options.log ?? ((message: string) => console.error(message));
  const now = options.now ?? Date.now;
  const jobs = new Map<string, Running>();
  let closed = false;
  /** The workspace's export worker, kept between exports (see worker.ts) until idle for WORKER_IDLE_MS. */
  let worker: Worker | null = null;
  let idle: NodeJS.Timeout | null = null;
  /** Where the running job's messages go. */
  let current: ((message: WorkerMessage) => void) | null = null;

  const stopWorker = () => {
    if (idle !== null) clearTimeout(idle);
    idle = null;
    void worker?.terminate();
    worker = null;
  };

  function workerFor(script: string): Worker {
    if (idle !== null) clearTimeout(idle);
    idle = null;
    if (worker !== null) return worker;
    const w = new Worker(script);
    w.on('message', (message: WorkerMessage) => current?.(message));
    w.on('error', (e) => {
      current?.({ type: 'failed', error: say('core.export.stoppedBecause', { reason: e.message }) });
    });
    w.on('exit', () => {
      current?.({ type: 'failed', error: say('core.export.stopped') });
      if (worker === w) worker = null;
    });
    worker = w;
    return w;
  }

  const find = (jobId: string): Running => {
    const found = jobs.get(jobId);
    if (!found) throw new TandemError('not_found', say('core.export.unknownJob'));
    return found;
  };

  const forget = () => {
    const finished = [...jobs.values()].filter((r) => r.job.state !== 'running');
    for (const r of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(r.job.jobId);
  };

  function finish(r: Running, message: WorkerMessage): void {
    const job = r.job;
    if (message.type === 'progress') {
      Object.assign(job, { phase: message.phase, done: message.done, total: message.total });
      return;
    }
    if (message.type === 'log') {
      log(message.message);
      return;
    }
    if (job.state !== 'running') return;
    if (message.type === 'done') {
      Object.assign(job, { state: 'done', phase: 'done', done: 1, total: 1, result: { ...message.result, durationMs: Math.max(0, Math.round(Date.now() - r.started)) } });
    } else if (message.type === 'blocked') Object.assign(job, { state: 'failed', report: message.report, error: say('core.export.preflightBlocked') });
    else if (message.type === 'cancelled') Object.assign(job, { state: 'cancelled' });
    else Object.assign(job, { state: 'failed', error: message.error });
  }

  function runInline(r: Running, request: ExportRequest): Promise<void> {
    return runExport(request, {
      onProgress: (phase, done, total) => finish(r, { type: 'progress', phase, done, total }),
      isCancelled: () => Atomics.load(r.cancel, 0) === 1,
      log,
    }).then(
      (result) => finish(r, { type: 'done', result }),
      (e: unknown) => finish(r, outcomeOf(e)),
    );
  }

  function runInWorker(r: Running, request: ExportRequest, script: string): Promise<void> {
    return new Promise((resolve) => {
      const w = workerFor(script);
      w.ref();
      current = (message) => {
        finish(r, message);
        if (r.job.state === 'running') return;
        current = null;
        // An idle worker does not keep the process alive, and goes after a while.
        w.unref();
        if (worker === w) {
          idle = setTimeout(stopWorker, WORKER_IDLE_MS);
          idle.unref();
        }
        resolve();
      };
      const message: WorkerRequest = { request, cancel: r.cancel };
      w.postMessage(message);
    });
  }

  return {
    start({ scope, zip, outDir, baseUrl }) {
      if (closed) throw new TandemError('unavailable', say('core.export.closed'));
      const busy = [...jobs.values()].find((r) => r.job.state === 'running');
      if (busy) throw new TandemError('conflict', say('core.export.busy'));
      const job: ExportJob = { jobId: randomUUID(), state: 'running', phase: 'preflight', done: 0, total: 0, result: null, error: null, report: null };
      const r: Running = { job, cancel: new Int32Array(new SharedArrayBuffer(4)), settled: Promise.resolve(job), started: Date.now() };
      const request: ExportRequest = { workspaceDir: ws.dir, dbPath: ws.dbPath, scope, outDir, baseUrl, zip, asOf: now() };
      const run = workerScript === null ? runInline(r, request) : runInWorker(r, request, workerScript);
      r.settled = run.then(() => job);
      jobs.set(job.jobId, r);
      forget();
      return { ...job };
    },
    status: (jobId) => ({ ...find(jobId).job }),
    cancel(jobId) {
      const r = find(jobId);
      Atomics.store(r.cancel, 0, 1);
      return { ...r.job };
    },
    settled: (jobId) => find(jobId).settled.then((job) => ({ ...job })),
    close() {
      closed = true;
      for (const r of jobs.values()) Atomics.store(r.cancel, 0, 1);
      stopWorker();
    },
  };
}
