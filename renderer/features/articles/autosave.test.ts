import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type AutosaveOptions, type SaveOptions, type SaveOutcome } from './autosave';

type Patch = { title?: string; summary?: string; body?: string };

interface Request {
  key: string;
  expectedRevision: number;
  patch: Patch;
  options: SaveOptions;
  at: number;
  answer(outcome: SaveOutcome): Promise<void>;
}

/** A store behind a controllable connection: each save waits until the test answers it. */
function harness(options: Partial<AutosaveOptions<Patch>> = {}) {
  const requests: Request[] = [];
  const autosave = new Autosave<Patch>({
    save: (key, expectedRevision, patch, saveOptions) =>
      new Promise<SaveOutcome>((resolve) => {
        requests.push({
          key,
          expectedRevision,
          patch,
          options: saveOptions,
          at: Date.now(),
          answer: async (outcome) => {
            resolve(outcome);
            await vi.advanceTimersByTimeAsync(0);
          },
        });
      }),
    ...options,
  });
  const state = () => autosave.status().state;
  return { autosave, requests, state };
}

const okAt = (revision: number): SaveOutcome => ({ ok: true, revision });
const offline: SaveOutcome = { ok: false, code: 'network', message: 'not answering' };

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave timing', () => {
  it('saves ~700 ms after the last edit, merged, against the loaded revision', async () => {
    const { autosave, requests, state } = harness();
    autosave.track('ru', 3);
    expect(state()).toBe('idle');
    autosave.edit('ru', { title: 'Лавров' });
    expect(state()).toBe('saving');
    await vi.advanceTimersByTimeAsync(200);
    autosave.edit('ru', { summary: 'Баку' });
    autosave.edit('ru', { title: 'Лавров в Баку' });
    await vi.advanceTimersByTimeAsync(699);
    expect(requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ key: 'ru', expectedRevision: 3, patch: { title: 'Лавров в Баку', summary: 'Баку' } });
    expect(requests[0]?.options.keepalive).toBe(false);
  });

  it('never lets the first edit wait more than ~1 s', async () => {
    const { autosave, requests } = harness();
    autosave.edit('ru', { title: 'a' });
    await vi.advanceTimersByTimeAsync(600);
    autosave.edit('ru', { title: 'ab' }); // quiet time would end at 1300
    await vi.advanceTimersByTimeAsync(399);
    expect(requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests[0]?.patch).toEqual({ title: 'ab' });
  });

  it('saves continuous typing at least once a second', async () => {
    const { autosave, requests } = harness();
    autosave.track('ru', 1);
    let revision = 1;
    // Keystrokes every 150 ms for 5 s: the quiet time never comes.
    const edits: number[] = [];
    for (let i = 0; i < 34; i++) {
      autosave.edit('ru', { body: 'x'.repeat(i + 1) });
      edits.push(Date.now());
      await vi.advanceTimersByTimeAsync(150);
      for (const r of requests.splice(0)) {
        revision += 1;
        await r.answer(okAt(revision));
        // Every edit this request carries was made at most 1 s before it went out.
        const length = r.patch.body?.length ?? 0;
        const firstCarried = edits[length - 1] ?? 0;
        expect(r.at - firstCarried).toBeLessThanOrEqual(1_000);
      }
    }
    expect(revision).toBeGreaterThanOrEqual(5);
  });

  it('keeps one request in flight per translation and sends the rest against the new revision', async () => {
    const { autosave, requests, state } = harness();
    autosave.track('ru', 1);
    autosave.track('en', 0);
    autosave.edit('ru', { title: 'a' });
    await vi.advanceTimersByTimeAsync(700);
    expect(requests).toHaveLength(1);
    autosave.edit('ru', { title: 'ab' });
    autosave.edit('en', { title: 'Lavrov' });
    await vi.advanceTimersByTimeAsync(2_000);
    // The English translation goes out on its own; the second Russian save waits.
    expect(requests.map((r) => r.key)).toEqual(['ru', 'en']);
    expect(requests[1]?.expectedRevision).toBe(0);
    await requests[1]?.answer(okAt(1));
    expect(autosave.revision('en')).toBe(1);
    expect(state()).toBe('saving');
    await requests[0]?.answer(okAt(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(3);
    expect(requests[2]).toMatchObject({ key: 'ru', expectedRevision: 2, patch: { title: 'ab' } });
  });
});

describe('the status says Saved only after the commit', () => {
  it('stays Saving while anything is pending or in flight', async () => {
    const { autosave, requests, state } = harness();
    autosave.track('ru', 1);
    const seen: string[] = [];
    autosave.subscribe(() => seen.push(state()));
    autosave.edit('ru', { body: 'one' });
    await vi.advanceTimersByTimeAsync(700);
    expect(state()).toBe('saving');
    autosave.edit('ru', { body: 'one two' }); // newer than what is in flight
    await requests[0]?.answer(okAt(2));
    expect(state()).toBe('saving');
    await vi.advanceTimersByTimeAsync(700);
    expect(requests).toHaveLength(2);
    expect(state()).toBe('saving');
    await requests[1]?.answer(okAt(3));
    expect(state()).toBe('saved');
    expect(seen.indexOf('saved')).toBe(seen.length - 1);
    expect(autosave.hasUnsaved()).toBe(false);
  });

  it('is Saved only when every translation is committed', async () => {
    const { autosave, requests, state } = harness();
    autosave.edit('ru', { title: 'а' });
    autosave.edit('en', { title: 'a' });
    await vi.advanceTimersByTimeAsync(700);
    await requests[0]?.answer(okAt(1));
    expect(state()).toBe('saving');
    await requests[1]?.answer(okAt(1));
    expect(state()).toBe('saved');
  });
});

describe('flush', () => {
  it('sends at once, with keepalive when the window is closing', async () => {
    const { autosave, requests } = harness();
    autosave.track('ru', 1);
    autosave.edit('ru', { title: 'a' });
    autosave.flush(undefined, { keepalive: true });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.options.keepalive).toBe(true);
  });

  it('while a request is in flight, sends the rest as soon as it is answered', async () => {
    const { autosave, requests } = harness();
    autosave.track('ru', 1);
    autosave.edit('ru', { title: 'a' });
    autosave.flush('ru');
    autosave.edit('ru', { title: 'ab' });
    autosave.flush('ru', { keepalive: true });
    expect(requests).toHaveLength(1);
    await requests[0]?.answer(okAt(2));
    expect(requests).toHaveLength(2);
    expect(requests[1]).toMatchObject({ expectedRevision: 2, patch: { title: 'ab' }, options: { keepalive: true } });
  });

  it('does nothing when nothing is pending', () => {
    const { autosave, requests } = harness();
    autosave.track('ru', 1);
    autosave.flush();
    expect(requests).toHaveLength(0);
  });
});

describe('failures', () => {
  it('keeps unsent edits when the host does not answer, and retries with backoff', async () => {
    const { autosave, requests, state } = harness();
    autosave.track('ru', 4);
    autosave.edit('ru', { body: 'first' });
    await vi.advanceTimersByTimeAsync(700);
    await requests[0]?.answer(offline);
    const status = autosave.status();
    expect(status.state === 'problem' && status.problem.kind).toBe('offline');
    expect(autosave.hasUnsaved()).toBe(true);

    autosave.edit('ru', { summary: 'kept' });
    await vi.advanceTimersByTimeAsync(499);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests[1]).toMatchObject({ expectedRevision: 4, patch: { body: 'first', summary: 'kept' } });
    await requests[1]?.answer(offline);
    await vi.advanceTimersByTimeAsync(999);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(3);
    await requests[2]?.answer(offline);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(requests).toHaveLength(4);
    await requests[3]?.answer(okAt(5));
    expect(state()).toBe('saved');
    expect(autosave.revision('ru')).toBe(5);
  });

  it('a thrown save counts as not answered', async () => {
    const autosave = new Autosave<Patch>({ save: () => Promise.reject(new Error('boom')) });
    autosave.edit('ru', { title: 'a' });
    await vi.advanceTimersByTimeAsync(700);
    const status = autosave.status();
    expect(status.state === 'problem' && status.problem.kind).toBe('offline');
    autosave.dispose();
  });

  it('retryNow sends at once', async () => {
    const { autosave, requests } = harness();
    autosave.edit('ru', { title: 'a' });
    await vi.advanceTimersByTimeAsync(700);
    await requests[0]?.answer(offline);
    autosave.retryNow();
    expect(requests).toHaveLength(2);
  });

  it('on conflict holds the edits, never retries, and starts over after a reload', async () => {
    const { autosave, requests, state } = harness();
    autosave.track('en', 2);
    autosave.edit('en', { title: 'mine' });
    await vi.advanceTimersByTimeAsync(700);
    await requests[0]?.answer({ ok: false, code: 'conflict', message: 'changed elsewhere' });
    const status = autosave.status();
    expect(status.state === 'problem' && status.problem).toMatchObject({ kind: 'conflict', key: 'en' });
    autosave.edit('en', { title: 'mine, still' });
    autosave.flush();
    autosave.retryNow();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toHaveLength(1);
    expect(autosave.hasUnsaved()).toBe(true);

    autosave.reset('en', 7);
    expect(autosave.hasUnsaved()).toBe(false);
    expect(state()).toBe('idle');
    autosave.edit('en', { title: 'after reload' });
    await vi.advanceTimersByTimeAsync(700);
    expect(requests[1]).toMatchObject({ expectedRevision: 7, patch: { title: 'after reload' } });
  });

  it('on read_only says so and holds the edits', async () => {
    const { autosave, requests } = harness();
    autosave.edit('ru', { title: 'a' });
    await vi.advanceTimersByTimeAsync(700);
    await requests[0]?.answer({ ok: false, code: 'read_only', message: 'The workspace is read-only.' });
    const status = autosave.status();
    expect(status.state === 'problem' && status.problem).toMatchObject({ kind: 'read_only', message: 'The workspace is read-only.' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toHaveLength(1);
  });

  it('a refused save is tried again on the next edit, not in a loop', async () => {
    const { autosave, requests, state } = harness();
    autosave.edit('ru', { title: 'far too long' });
    await vi.advanceTimersByTimeAsync(700);
    await requests[0]?.answer({ ok: false, code: 'invalid_input', message: 'title: too long' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toHaveLength(1);
    autosave.edit('ru', { title: 'short' });
    await vi.advanceTimersByTimeAsync(700);
    expect(requests[1]?.patch).toEqual({ title: 'short' });
    await requests[1]?.answer(okAt(1));
    expect(state()).toBe('saved');
  });

  it('after an unanswered attempt that did land, a conflict is confirmed against the store and the edits go on', async () => {
    const confirm = vi.fn(async (_key: string, candidates: readonly Patch[]) => (candidates.some((p) => p.title === 'landed') ? 6 : null));
    const { autosave, requests, state } = harness({ confirm });
    autosave.track('ru', 5);
    autosave.edit('ru', { title: 'landed' });
    await vi.advanceTimersByTimeAsync(700);
    await requests[0]?.answer(offline); // it was written, but the answer was lost
    autosave.edit('ru', { summary: 'more' });
    await vi.advanceTimersByTimeAsync(500);
    await requests[1]?.answer({ ok: false, code: 'conflict', message: 'changed elsewhere' });
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(requests[2]).toMatchObject({ expectedRevision: 6, patch: { title: 'landed', summary: 'more' } });
    await requests[2]?.answer(okAt(7));
    expect(state()).toBe('saved');
  });

  it('a conflict with no unanswered attempt is not second-guessed', async () => {
    const confirm = vi.fn(async () => 9);
    const { autosave, requests } = harness({ confirm });
    autosave.edit('ru', { title: 'x' });
    await vi.advanceTimersByTimeAsync(700);
    await requests[0]?.answer({ ok: false, code: 'conflict', message: 'changed elsewhere' });
    expect(confirm).not.toHaveBeenCalled();
  });

  it('ignores an answer that arrives after a reset', async () => {
    const { autosave, requests, state } = harness();
    autosave.track('ru', 1);
    autosave.edit('ru', { title: 'old' });
    await vi.advanceTimersByTimeAsync(700);
    autosave.reset('ru', 10);
    await requests[0]?.answer(okAt(2));
    expect(autosave.revision('ru')).toBe(10);
    expect(state()).toBe('idle');
  });
});

describe('settled', () => {
  it('resolves once everything is committed', async () => {
    const { autosave, requests } = harness();
    autosave.edit('ru', { title: 'a' });
    autosave.flush();
    let done = false;
    void autosave.settled().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    await requests[0]?.answer(okAt(1));
    expect(done).toBe(true);
  });
});
