import { describe, expect, it } from 'vitest';
import type { CallName, ExportJob } from '../../../shared/contract';
import type { CallResult } from '../../api';
import { setUiLanguage } from '../../i18n/instance';
import { ExportJobTracker, LOST_JOB, POLL_MS, type JobMemory, type TrackerTimers } from './jobTracker';

const JOB = '0f8b6c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b';
const OTHER = '1f8b6c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b';

function job(patch: Partial<ExportJob> = {}): ExportJob {
  return { jobId: JOB, state: 'running', phase: 'rendering', done: 0, total: 10, result: null, error: null, report: null, ...patch };
}

/** Timers run by hand, and a client whose answers are queued per call. */
function harness(answers: Partial<Record<CallName, Array<CallResult<ExportJob>>>>) {
  const pending: Array<{ run: () => void; ms: number }> = [];
  const timers: TrackerTimers = {
    set(run, ms) {
      const entry = { run, ms };
      pending.push(entry);
      return entry;
    },
    clear(handle) {
      const i = pending.indexOf(handle as (typeof pending)[number]);
      if (i >= 0) pending.splice(i, 1);
    },
  };
  let stored: string | null = null;
  const memory: JobMemory = { read: () => stored, write: (id) => void (stored = id) };
  const calls: Array<{ name: string; input: unknown }> = [];
  const client = {
    call: ((name: CallName, input: unknown) => {
      calls.push({ name, input });
      const next = answers[name]?.shift();
      if (!next) throw new Error(`no answer queued for ${name}`);
      return Promise.resolve(next);
    }) as never,
  };
  const tracker = new ExportJobTracker(timers, memory);
  const tick = async () => {
    const entry = pending.shift();
    if (!entry) throw new Error('nothing scheduled');
    entry.run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return entry.ms;
  };
  return { tracker, client, calls, pending, tick, memory, setStored: (id: string | null) => void (stored = id) };
}

describe('ExportJobTracker', () => {
  it('follows a running job every 250 ms until it is done, and remembers its id', async () => {
    const h = harness({ exportStatus: [{ ok: true, value: job({ done: 5 }) }, { ok: true, value: job({ state: 'done', phase: 'done', done: 10 }) }] });
    const unsubscribe = h.tracker.subscribe(() => undefined);
    h.tracker.track(h.client, job());
    expect(h.memory.read()).toBe(JOB);
    expect(await h.tick()).toBe(POLL_MS);
    expect(h.tracker.get().job?.done).toBe(5);
    await h.tick();
    expect(h.tracker.get().job?.state).toBe('done');
    expect(h.pending).toHaveLength(0);
    expect(h.calls.map((c) => c.name)).toEqual(['exportStatus', 'exportStatus']);
    unsubscribe();
  });

  it('stops asking when nobody looks, and picks the job up again when the view comes back', async () => {
    const h = harness({ exportStatus: [{ ok: true, value: job({ done: 7 }) }] });
    const unsubscribe = h.tracker.subscribe(() => undefined);
    h.tracker.track(h.client, job());
    unsubscribe();
    expect(h.pending).toHaveLength(0);
    h.tracker.subscribe(() => undefined);
    h.tracker.resume(h.client);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(h.tracker.get().job?.done).toBe(7);
    expect(h.pending).toHaveLength(1);
  });

  it('finds a job remembered from before a reload, and forgets it quietly when Tandem no longer knows it', async () => {
    const h = harness({ exportStatus: [{ ok: false, error: { code: 'not_found', message: 'no such job' } }] });
    h.setStored(JOB);
    h.tracker.subscribe(() => undefined);
    h.tracker.resume(h.client);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(h.tracker.get()).toEqual({ job: null, problem: null, cancelling: false });
    expect(h.memory.read()).toBeNull();
  });

  it('says so when a running job is lost, and keeps asking after a failed answer', async () => {
    const h = harness({
      exportStatus: [
        { ok: false, error: { code: 'network', message: 'Tandem did not answer.' } },
        { ok: false, error: { code: 'not_found', message: 'no such job' } },
      ],
    });
    h.tracker.subscribe(() => undefined);
    h.tracker.track(h.client, job());
    await h.tick();
    expect(h.tracker.get().problem?.code).toBe('network');
    expect(await h.tick()).toBe(1_000);
    expect(h.tracker.get()).toEqual({ job: null, problem: LOST_JOB, cancelling: false });
  });

  it('cancels the running job and shows what Tandem answered', async () => {
    const h = harness({ cancelExport: [{ ok: true, value: job({ state: 'cancelled' }) }] });
    h.tracker.subscribe(() => undefined);
    h.tracker.track(h.client, job());
    const answer = h.tracker.cancel();
    expect(h.tracker.get().cancelling).toBe(true);
    await answer;
    expect(h.tracker.get().job?.state).toBe('cancelled');
    expect(h.tracker.get().cancelling).toBe(false);
    expect(h.pending).toHaveLength(0);
  });

  it('ignores answers about a job a newer one replaced', async () => {
    const h = harness({ exportStatus: [{ ok: true, value: job({ done: 9 }) }] });
    h.tracker.subscribe(() => undefined);
    h.tracker.track(h.client, job());
    const first = h.pending[0];
    h.tracker.track(h.client, job({ jobId: OTHER, state: 'done', phase: 'done' }));
    first?.run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(h.tracker.get().job?.jobId).toBe(OTHER);
    expect(h.tracker.get().job?.state).toBe('done');
  });

  it('says a lost job in the interface’s language', async () => {
    expect(LOST_JOB.message).toBe('Tandem no longer knows this export (it was probably restarted). Look in the output folder, or export again.');
    await setUiLanguage('ru');
    try {
      expect(LOST_JOB.message).toMatch(/^Tandem больше не знает об этом экспорте/);
      expect(LOST_JOB.code).toBe('not_found');
    } finally {
      await setUiLanguage('en');
    }
  });
});
