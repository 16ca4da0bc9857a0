import type { CallOutput, RevisionSummary, Translation } from '../../../../shared/contract';
import type { CallResult } from '../../../api';
import type { ToastInput } from '../../../ui/Toasts';
import { revisionTime, timeInSentence } from './labels';
import { i18n, liveTexts } from '../../../i18n';

export interface RestoreContext {
  restoreRevision(input: { revisionId: string; expectedRevision: number }): Promise<CallResult<CallOutput<'restoreRevision'>>>;
  /** Saves what is pending; resolves to the translation's revision number after that. */
  settle(): Promise<number>;
  notify(toast: ToastInput): void;
  onRestored(translation: Translation): void;
  now(): Date;
}

export type RestoreOutcome = { ok: true } | { ok: false; message: string };

/** The notices of restoring, in the interface's language when read. */
export const RESTORE_MESSAGES = liveTexts({
  conflict: 'history.restoreConflict',
  unsaved: 'history.restoreUnsaved',
  failed: 'history.restoreFailed',
  undone: 'history.undone',
  undoConflict: 'history.undoConflict',
  undoFailed: 'history.undoFailed',
});

/**
 * Brings back a revision's text: saves what is pending first, then restores against the
 * revision that save reached. On success the page reloads the text and a notice offers Undo,
 * which restores the text the restore replaced.
 */
export async function restoreVersion(ctx: RestoreContext, revision: Pick<RevisionSummary, 'id' | 'createdAt'>): Promise<RestoreOutcome> {
  let expectedRevision: number;
  try {
    expectedRevision = await ctx.settle();
  } catch (e) {
    return { ok: false, message: withDetail(RESTORE_MESSAGES.unsaved, e instanceof Error ? e.message : '') };
  }
  const result = await ctx.restoreRevision({ revisionId: revision.id, expectedRevision });
  if (!result.ok) {
    return {
      ok: false,
      message: result.error.code === 'conflict' ? RESTORE_MESSAGES.conflict : withDetail(RESTORE_MESSAGES.failed, result.error.message),
    };
  }
  const { translation, replaced } = result.value;
  ctx.onRestored(translation);
  const message = i18n.t('history.restored', { time: timeInSentence(revisionTime(revision.createdAt, ctx.now())) });
  ctx.notify(
    replaced
      ? { message, action: { label: i18n.t('common.undo'), run: () => void undoRestore(ctx, replaced.id, translation.revision) } }
      : { message },
  );
  return { ok: true };
}

/** Undo of a restore: restores the text it replaced, if nothing changed since. */
export async function undoRestore(ctx: RestoreContext, replacedId: string, expectedRevision: number): Promise<void> {
  const result = await ctx.restoreRevision({ revisionId: replacedId, expectedRevision });
  if (result.ok) {
    ctx.onRestored(result.value.translation);
    ctx.notify({ message: RESTORE_MESSAGES.undone });
  } else if (result.error.code === 'conflict') {
    ctx.notify({ message: RESTORE_MESSAGES.undoConflict });
  } else {
    ctx.notify({ message: withDetail(RESTORE_MESSAGES.undoFailed, result.error.message) });
  }
}

function withDetail(message: string, detail: string): string {
  return detail ? `${message} ${detail}` : message;
}
