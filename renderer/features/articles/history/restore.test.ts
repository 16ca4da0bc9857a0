import { describe, expect, it, vi } from 'vitest';
import type { CallOutput, RevisionSummary, Translation } from '../../../../shared/contract';
import type { CallError, CallResult } from '../../../api';
import type { ToastInput } from '../../../ui/Toasts';
import { RESTORE_MESSAGES, restoreVersion, type RestoreContext } from './restore';

const NOW = new Date(2025, 10, 14, 12, 0);
const OLD = { id: '00000000-0000-4000-8000-000000000001', createdAt: new Date(2025, 10, 14, 10, 42).toISOString() };

function summary(id: string, kind: RevisionSummary['kind']): RevisionSummary {
  return {
    id,
    articleId: '00000000-0000-4000-8000-0000000000aa',
    lang: 'ru',
    kind,
    createdAt: NOW.toISOString(),
    translationRevision: 1,
    title: '',
    wordCount: 0,
    wordDelta: 0,
    restoredFrom: null,
  };
}

function translation(revision: number): Translation {
  return { revision } as Translation;
}

type Answer = CallResult<CallOutput<'restoreRevision'>>;

function harness(answers: Answer[], settle: () => Promise<number> = () => Promise.resolve(7)) {
  const calls: Array<{ revisionId: string; expectedRevision: number }> = [];
  const toasts: ToastInput[] = [];
  const restored: Translation[] = [];
  const ctx: RestoreContext = {
    restoreRevision: vi.fn((input) => {
      calls.push(input);
      const answer = answers.shift();
      if (!answer) throw new Error('no answer left');
      return Promise.resolve(answer);
    }),
    settle,
    notify: (t) => toasts.push(t),
    onRestored: (t) => restored.push(t),
    now: () => NOW,
  };
  return { ctx, calls, toasts, restored };
}

const success = (rev: number, replaced: RevisionSummary | null): Answer => ({
  ok: true,
  value: { translation: translation(rev), replaced, restored: summary('00000000-0000-4000-8000-000000000003', 'restore') },
});
const failure = (error: CallError): Answer => ({ ok: false, error });

describe('restoreVersion', () => {
  it('saves first, restores against the settled revision, and offers Undo', async () => {
    const replaced = summary('00000000-0000-4000-8000-000000000002', 'before-restore');
    const h = harness([success(9, replaced), success(10, summary('00000000-0000-4000-8000-000000000004', 'before-restore'))]);
    expect(await restoreVersion(h.ctx, OLD)).toEqual({ ok: true });
    expect(h.calls).toEqual([{ revisionId: OLD.id, expectedRevision: 7 }]);
    expect(h.restored.map((t) => t.revision)).toEqual([9]);
    expect(h.toasts[0]?.message).toBe('Restored the version from today 10:42.');
    expect(h.toasts[0]?.action?.label).toBe('Undo');

    h.toasts[0]?.action?.run();
    await vi.waitFor(() => expect(h.toasts).toHaveLength(2));
    expect(h.calls[1]).toEqual({ revisionId: replaced.id, expectedRevision: 9 });
    expect(h.restored.map((t) => t.revision)).toEqual([9, 10]);
    expect(h.toasts[1]).toEqual({ message: RESTORE_MESSAGES.undone });
  });

  it('offers no Undo when nothing was replaced', async () => {
    const h = harness([success(2, null)]);
    await restoreVersion(h.ctx, OLD);
    expect(h.toasts).toEqual([{ message: 'Restored the version from today 10:42.' }]);
  });

  it('says the text changed meanwhile on a conflict, and changes nothing', async () => {
    const h = harness([failure({ code: 'conflict', message: 'revision 7 is not current' })]);
    expect(await restoreVersion(h.ctx, OLD)).toEqual({ ok: false, message: RESTORE_MESSAGES.conflict });
    expect(h.restored).toEqual([]);
    expect(h.toasts).toEqual([]);
  });

  it('shows the message of any other failure', async () => {
    const h = harness([failure({ code: 'read_only', message: 'This workspace is read-only.' })]);
    expect(await restoreVersion(h.ctx, OLD)).toEqual({ ok: false, message: `${RESTORE_MESSAGES.failed} This workspace is read-only.` });
  });

  it('restores nothing when the pending changes could not be saved', async () => {
    const h = harness([], () => Promise.reject(new Error('Tandem did not answer.')));
    expect(await restoreVersion(h.ctx, OLD)).toEqual({ ok: false, message: `${RESTORE_MESSAGES.unsaved} Tandem did not answer.` });
    expect(h.calls).toEqual([]);
  });

  it('reports an Undo that came too late', async () => {
    const h = harness([success(9, summary('00000000-0000-4000-8000-000000000002', 'before-restore')), failure({ code: 'conflict', message: 'moved' })]);
    await restoreVersion(h.ctx, OLD);
    h.toasts[0]?.action?.run();
    await vi.waitFor(() => expect(h.toasts).toHaveLength(2));
    expect(h.toasts[1]).toEqual({ message: RESTORE_MESSAGES.undoConflict });
    expect(h.restored).toHaveLength(1);
  });
});
