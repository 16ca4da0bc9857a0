import { useEffect, useSyncExternalStore } from 'react';
import type { Article, TranslationPatch } from '../../../shared/contract';
import { bodyToPlainText } from '../../../shared/editor/text';
import type { ApiClient } from '../../api';
import type { BodySnapshot } from '../../editor/BodyEditor';
import { Autosave, type AutosaveStatus } from './autosave';

/** An edit as the editor page records it; the body is serialized only when it is sent. */
export type DraftPatch = Omit<TranslationPatch, 'body'> & { body?: BodySnapshot };

export function toContractPatch(draft: DraftPatch): TranslationPatch {
  const { body, ...fields } = draft;
  return body ? { ...fields, body: body.toJSON() } : fields;
}

/** Does the stored translation hold exactly what this patch set? */
function holds(stored: Article['translations'][number], patch: DraftPatch): boolean {
  for (const [field, value] of Object.entries(patch)) {
    if (field === 'body') {
      if (bodyToPlainText(stored.body) !== (value as BodySnapshot).text()) return false;
    } else if (stored[field as keyof typeof stored] !== value) return false;
  }
  return true;
}

/**
 * The autosave of each article opened in this window. When an article is opened again
 * soon after it was left, its last edits may still be on their way: it is read from the
 * store only after they have landed, so it opens at the revision that includes them.
 */
const recent = new Map<string, Autosave<DraftPatch>>();

export async function previousEditsLanded(articleId: string, timeoutMs = 5_000): Promise<void> {
  const previous = recent.get(articleId);
  if (!previous || !previous.hasUnsaved()) return;
  await Promise.race([previous.settled(), new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
}

/**
 * Sends the edits of every article opened in this window now, and resolves true once all
 * have landed; false when some are still unsaved after `timeoutMs` (or cannot be saved).
 * Asked before the window leaves this workspace.
 */
export async function allEditsLanded(timeoutMs = 5_000): Promise<boolean> {
  const open = [...recent.values()].filter((autosave) => autosave.hasUnsaved());
  for (const autosave of open) autosave.flush();
  await Promise.race([Promise.all(open.map((autosave) => autosave.settled())), new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
  return open.every((autosave) => !autosave.hasUnsaved());
}

/** One autosave per open article, saving each translation through `updateTranslation`. */
export function createTranslationAutosave(client: ApiClient, article: Article, languages: readonly string[]): Autosave<DraftPatch> {
  const autosave = new Autosave<DraftPatch>({
    async save(lang, expectedRevision, patch, { keepalive }) {
      const result = await client.call(
        'updateTranslation',
        { articleId: article.id, lang, expectedRevision, patch: toContractPatch(patch) },
        { keepalive },
      );
      return result.ok ? { ok: true, revision: result.value.revision } : { ok: false, code: result.error.code, message: result.error.message };
    },
    async confirm(lang, candidates) {
      const result = await client.call('getArticle', { articleId: article.id });
      if (!result.ok) return null;
      const stored = result.value.translations.find((t) => t.lang === lang);
      if (!stored) return null;
      return candidates.some((patch) => holds(stored, patch)) ? stored.revision : null;
    },
  });
  for (const t of article.translations) autosave.track(t.lang, t.revision);
  for (const lang of [...article.missing, ...languages]) autosave.track(lang, 0);
  recent.set(article.id, autosave);
  return autosave;
}

export function useAutosaveStatus(autosave: Autosave<DraftPatch>): AutosaveStatus {
  return useSyncExternalStore(
    (listener) => autosave.subscribe(listener),
    () => autosave.status(),
  );
}

export function useRevision(autosave: Autosave<DraftPatch>, lang: string): number {
  return useSyncExternalStore(
    (listener) => autosave.subscribe(listener),
    () => autosave.revision(lang),
  );
}

/**
 * Saves at once when the window is hidden or closed (with `keepalive`, so the request
 * outlives the page), on Ctrl/Cmd+S, and when the page is left; warns before closing only
 * when edits could not be saved.
 */
/**
 * Saves on leaving (tab hidden, page closed, route changed) and on Ctrl/Cmd+S, which sends
 * everything pending now and then calls `onExplicitSave` (which keeps a version).
 */
export function useSaveTriggers(autosave: Autosave<DraftPatch>, onExplicitSave?: () => void): void {
  useEffect(() => {
    const flushForExit = () => autosave.flush(undefined, { keepalive: true });
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushForExit();
    };
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.code === 'KeyS') {
        e.preventDefault();
        autosave.retryNow(); // sends everything pending now, failed saves included
        onExplicitSave?.();
      }
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      const status = autosave.status();
      if (status.state === 'problem' && autosave.hasUnsaved()) e.preventDefault();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flushForExit);
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flushForExit);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', onBeforeUnload);
      // Leaving the page: whatever is pending goes now; retries go on in the background.
      autosave.flush();
    };
  }, [autosave, onExplicitSave]);
}

