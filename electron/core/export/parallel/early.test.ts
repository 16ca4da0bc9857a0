import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { EarlyRenderWorker } from './early';
import type { RenderWorkerData } from './protocol';

/** A stand-in for a worker: records what it is sent and whether it was stopped. */
class FakeWorker extends EventEmitter {
  sent: unknown[] = [];
  stopped = false;
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  async terminate(): Promise<number> {
    this.stopped = true;
    return 1;
  }
}

const data = { ctx: null, mediaByImage: new Map(), outDir: '/out', stagingDir: '/staging' } as unknown as RenderWorkerData;

describe('a render worker started early', () => {
  it('knows it is ready though nothing else listened when it said so', () => {
    const fake = new FakeWorker();
    const early = new EarlyRenderWorker(fake as unknown as Worker);
    expect(early.ready).toBe(false);
    fake.emit('message', { type: 'ready' });
    expect(early.ready).toBe(true);
  });

  it('is given its context once, made only when it is sent', async () => {
    const fake = new FakeWorker();
    const early = new EarlyRenderWorker(fake as unknown as Worker);
    let made = 0;
    const make = () => {
      made++;
      return data;
    };
    early.init(make);
    early.init(make);
    expect(made).toBe(1);
    expect(fake.sent).toEqual([{ type: 'init', data }]);
    await early.stop();
    expect(fake.stopped).toBe(true);
  });
});
