import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ListView } from '../../../shared/contract';
import type { CallResult } from '../../api';
import { ListSaver, type ListFields, type SaveStatus } from './saver';

const LIST_ID = '0f8b6c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b';

function view(version: number): ListView {
  return {
    id: LIST_ID,
    kind: 'custom',
    name: 'Weekend',
    section: null,
    articleId: null,
    maxItems: 10,
    langs: [],
    itemCount: 0,
    gaps: { missingLanguage: 0, stale: 0, notReady: 0 },
    version,
    updatedAt: null,
    items: [],
    dismissed: [],
  };
}

interface Sent {
  version: number;
  patch: Partial<ListFields>;
  answer(result: CallResult<ListView>): void;
}

function harness(options: { retryMs?: number } = {}) {
  const sent: Sent[] = [];
  const statuses: SaveStatus['state'][] = [];
  const saved: Array<{ version: number; pending: boolean }> = [];
  let conflicts = 0;
  const saver = new ListSaver({
    version: 3,
    delayMs: 500,
    ...options,
    send: (version, patch) => new Promise((resolve) => sent.push({ version, patch, answer: resolve })),
    onStatus: (s) => statuses.push(s.state),
    onSaved: (v, pending) => saved.push({ version: v.version, pending }),
    onConflict: () => conflicts++,
  });
  return { saver, sent, statuses, saved, conflicts: () => conflicts };
}

async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0);
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ListSaver', () => {
  it('sends a move at once, against the version it was given, and says Saved after the answer', async () => {
    const { saver, sent, statuses, saved } = harness();
    saver.change({ items: [] }, 'now');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.version).toBe(3);
    expect(statuses).toEqual(['saving']);
    sent[0]?.answer({ ok: true, value: view(4) });
    await settle();
    expect(statuses).toEqual(['saving', 'saved']);
    expect(saved).toEqual([{ version: 4, pending: false }]);
    expect(saver.expectedVersion).toBe(4);
    expect(saver.busy).toBe(false);
  });

  it('waits for a pause in typing and sends the last text only', async () => {
    const { saver, sent } = harness();
    saver.change({ name: 'W' }, 'soon');
    await vi.advanceTimersByTimeAsync(300);
    saver.change({ name: 'We' }, 'soon');
    await vi.advanceTimersByTimeAsync(300);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(250);
    expect(sent.map((s) => s.patch)).toEqual([{ name: 'We' }]);
  });

  it('sends changes made during a save next, against the new version, merged', async () => {
    const { saver, sent, statuses, saved } = harness();
    saver.change({ items: [] }, 'now');
    saver.change({ maxItems: 5 }, 'now');
    saver.change({ name: 'Late' }, 'now');
    expect(sent).toHaveLength(1);
    sent[0]?.answer({ ok: true, value: view(4) });
    await settle();
    expect(saved).toEqual([{ version: 4, pending: true }]);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.version).toBe(4);
    expect(sent[1]?.patch).toEqual({ maxItems: 5, name: 'Late' });
    expect(statuses.at(-1)).toBe('saving');
    sent[1]?.answer({ ok: true, value: view(5) });
    await settle();
    expect(statuses.at(-1)).toBe('saved');
  });

  it('on a conflict drops what waits and hands over to the page', async () => {
    const h = harness();
    h.saver.change({ items: [] }, 'now');
    h.saver.change({ name: 'Mine' }, 'soon');
    h.sent[0]?.answer({ ok: false, error: { code: 'conflict', message: 'changed' } });
    await settle();
    expect(h.conflicts()).toBe(1);
    expect(h.statuses.at(-1)).toBe('conflict');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(h.sent).toHaveLength(1);
    h.saver.reset(9);
    h.saver.change({ name: 'Again' }, 'now');
    expect(h.sent[1]?.version).toBe(9);
  });

  it('keeps a failed change for the retry; newer typing wins over it', async () => {
    const { saver, sent, statuses } = harness();
    saver.change({ name: 'Old', maxItems: 4 }, 'now');
    saver.change({ name: 'New' }, 'soon');
    sent[0]?.answer({ ok: false, error: { code: 'invalid_input', message: 'no' } });
    await settle();
    expect(statuses.at(-1)).toBe('failed');
    saver.flush();
    expect(sent[1]?.patch).toEqual({ name: 'New', maxItems: 4 });
  });

  it('tries again by itself when Tandem did not answer', async () => {
    const { saver, sent } = harness({ retryMs: 2_000 });
    saver.change({ name: 'A' }, 'now');
    sent[0]?.answer({ ok: false, error: { code: 'network', message: 'no answer' } });
    await settle();
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.patch).toEqual({ name: 'A' });
  });

  it('still sends what waits when the editor goes, and reports nothing after', async () => {
    const { saver, sent, statuses } = harness();
    saver.change({ name: 'Typed' }, 'soon');
    saver.stop();
    expect(sent.map((s) => s.patch)).toEqual([{ name: 'Typed' }]);
    sent[0]?.answer({ ok: true, value: view(4) });
    await settle();
    expect(statuses).toEqual(['saving']);
  });
});
