import type { MessagePort } from 'node:worker_threads';
import { TandemError } from '../../errors';
import { Staging } from '../output';
import { createSink } from '../sink';
import { parseStoredBodies, putBatchFiles, type ArticleSources } from './articleFiles';
import { contextOf } from './context';
import type { BatchRequest, RenderReply, RenderWorkerData } from './protocol';

/**
 * The render thread: says when it is ready, then renders each batch it is given, stages the
 * files whose bytes changed and answers with every file made. A batch that fails is
 * answered with the failure (the exporting thread then stops this one).
 */

export function renderBatch(sources: ArticleSources, staging: Staging, request: BatchRequest): RenderReply {
  const sink = createSink(staging, new Map(request.previous.map((e) => [e.path, e])));
  putBatchFiles({ ...sources, pages: request.pages }, request.ids, parseStoredBodies(request.bodies), sink.put);
  const staged = new Set(sink.written);
  return { type: 'rendered', batch: request.batch, files: sink.entries.map((entry) => ({ entry, staged: staged.has(entry.path) })) };
}

export function failureReply(e: unknown): RenderReply {
  if (e instanceof TandemError) return { type: 'failed', code: e.code, ...e.said() };
  return { type: 'failed', message: e instanceof Error ? e.message : String(e), code: null };
}

export function serveRenders(port: MessagePort, data: RenderWorkerData): void {
  const sources: ArticleSources = { ctx: contextOf(data.ctx), pages: new Map(), mediaByImage: data.mediaByImage };
  const staging = new Staging(data.outDir, data.stagingDir);
  port.on('message', (request: BatchRequest) => {
    let reply: RenderReply;
    try {
      reply = renderBatch(sources, staging, request);
    } catch (e) {
      reply = failureReply(e);
    }
    port.postMessage(reply);
  });
  port.postMessage({ type: 'ready' } satisfies RenderReply);
}
