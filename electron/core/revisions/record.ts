import { randomUUID } from 'node:crypto';
import type { RevisionKind } from '../../../shared/contract';
import type { Db } from '../store/db';
import {
  autoRevisionsBefore,
  deleteRevision,
  insertRevision,
  newestRevision,
  type StoredRevisionSummary,
} from '../store/repositories/revisions';
import type { StoredTranslation } from '../store/repositories/translations';
import { compressText, encodeText, type EncodedText } from './content';
import { AUTO_REVISION_INTERVAL_MS, KEEP_ALL_MS, autoRevisionsToThin } from './policy';

/**
 * A revision's time: now, or just after the newest revision of the translation when the
 * clock says otherwise (two revisions in one millisecond, a clock set back), so that a
 * translation's revisions are always in the order they were made.
 */
function revisionTime(time: string, newest: StoredRevisionSummary | undefined): string {
  if (newest === undefined || newest.createdAt < time) return time;
  return new Date(Date.parse(newest.createdAt) + 1).toISOString();
}

/**
 * Keeps the translation's stored text as a new revision. `newest` is the translation's
 * newest revision before this one (its word count is where the delta counts from).
 */
export function recordRevision(
  db: Db,
  t: StoredTranslation,
  kind: RevisionKind,
  time: string,
  newest: StoredRevisionSummary | undefined,
  text: EncodedText = encodeText(t),
  restoredFrom: string | null = null,
): StoredRevisionSummary {
  const summary: StoredRevisionSummary = {
    id: randomUUID(),
    articleId: t.articleId,
    lang: t.lang,
    kind,
    createdAt: revisionTime(time, newest),
    translationRevision: t.revision,
    title: t.title,
    wordCount: t.wordCount,
    wordDelta: t.wordCount - (newest?.wordCount ?? 0),
    restoredFrom,
    contentHash: text.hash,
  };
  insertRevision(db, { ...summary, content: compressText(text.json) });
  return summary;
}

/** Lets go of the translation's automatic revisions that the keeping rules (policy.ts) no longer need. */
export function thinAutoRevisions(db: Db, articleId: string, lang: string, nowMs: number): number {
  const older = autoRevisionsBefore(db, articleId, lang, new Date(nowMs - KEEP_ALL_MS).toISOString());
  const drop = autoRevisionsToThin(older, nowMs);
  for (const r of drop) deleteRevision(db, r);
  return drop.length;
}

/**
 * After a save that changed the text: an automatic revision of it when the translation has
 * none yet or its newest is AUTO_REVISION_INTERVAL_MS old, unless the text is the newest
 * revision's. Thinning runs then too, for this translation only.
 */
export function recordAutoRevision(db: Db, t: StoredTranslation, time: string): void {
  const newest = newestRevision(db, t.articleId, t.lang);
  const nowMs = Date.parse(time);
  if (newest !== undefined && nowMs - Date.parse(newest.createdAt) < AUTO_REVISION_INTERVAL_MS) return;
  const text = encodeText(t);
  if (newest?.contentHash === text.hash) return;
  recordRevision(db, t, 'auto', time, newest, text);
  thinAutoRevisions(db, t.articleId, t.lang, nowMs);
}
