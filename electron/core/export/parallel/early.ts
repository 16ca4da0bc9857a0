import type { Worker } from 'node:worker_threads';
import type { InitMessage, RenderReply, RenderWorkerData } from './protocol';

/**
 * A render worker started before its export knew what it would render (a first export to
 * a folder): its code loads while the export reads the store, and it takes in its context
 * (`init`, as soon as the export has one) while the export checks and compares. Whether it
 * has said it is ready is known from the start, so that no answer is missed before the
 * render listens.
 */
export class EarlyRenderWorker {
  private isReady = false;
  private given = false;

  constructor(readonly worker: Worker) {
    worker.on('message', (reply: RenderReply) => {
      if (reply.type === 'ready') this.isReady = true;
    });
  }

  /** The worker has its context and takes batches. */
  get ready(): boolean {
    return this.isReady;
  }

  /** Gives the worker its context; only the first call sends it. */
  init(data: () => RenderWorkerData): void {
    if (this.given) return;
    this.given = true;
    this.worker.postMessage({ type: 'init', data: data() } satisfies InitMessage);
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
