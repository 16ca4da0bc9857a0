import type { CallOutput, ParsedInput, Revision, RevisionSummary } from '../../../shared/contract';
import type { Lang } from '../../../shared/domain/languages';
import { toTranslation } from '../articles/compose';
import { readPhotos } from '../articles/photos';
import { assertWritable, now, requireArticle, requireLive, staleTranslation } from '../articles/rules';
import { writeTranslation } from '../articles/save';
import { TandemError } from '../errors';
import { langValue, say } from '../said';
import type { Db } from '../store/db';
import {
  getStoredRevision,
  listRevisionSummaries,
  newestRevision,
  type StoredRevision,
  type StoredRevisionSummary,
} from '../store/repositories/revisions';
import { getTranslation, type StoredTranslation } from '../store/repositories/translations';
import type { Workspace } from '../workspace';
import { decompressText, encodeText, type RevisionContent } from './content';
import { recordRevision } from './record';

/**
 * The revision services: snapshots of one language of an article, listed newest first,
 * read back whole, and restored (which keeps the text it replaces, so a restore can be
 * undone by another). Automatic revisions are made by updateTranslation (record.ts).
 */

type Ws = Pick<Workspace, 'db' | 'readOnly' | 'problem'>;

export function toRevisionSummary(r: StoredRevisionSummary): RevisionSummary {
  return {
    id: r.id,
    articleId: r.articleId,
    lang: r.lang,
    kind: r.kind,
    createdAt: r.createdAt,
    translationRevision: r.translationRevision,
    title: r.title,
    wordCount: r.wordCount,
    wordDelta: r.wordDelta,
    restoredFrom: r.restoredFrom,
  };
}

/**
 * The newest revision when it already holds this text for good. An automatic revision does
 * not count: automatic ones are thinned out over time, and what a person kept on purpose
 * (a save, the text a restore replaced) must stay.
 */
function keptForGood(newest: StoredRevisionSummary | undefined, hash: string): StoredRevisionSummary | null {
  return newest !== undefined && newest.kind !== 'auto' && newest.contentHash === hash ? newest : null;
}

function requireTranslation(db: Db, articleId: string, lang: Lang): StoredTranslation {
  const t = getTranslation(db, articleId, lang);
  if (t) return t;
  throw new TandemError('not_found', say('core.revisions.noTranslation', { lang: langValue(lang) }));
}

function requireRevision(db: Db, revisionId: string): StoredRevision {
  const r = getStoredRevision(db, revisionId);
  if (r) return r;
  throw new TandemError('not_found', say('core.revisions.notFound'));
}

function readableContent(r: StoredRevision): RevisionContent {
  const content = decompressText(r.content);
  if (content) return content;
  throw new TandemError('unavailable', say('core.revisions.unreadable'));
}

/**
 * A `save` revision of the translation as stored; when the newest revision already keeps
 * that text for good (not an automatic one), that one instead, and none is made.
 */
export function saveRevision(ws: Ws, input: ParsedInput<'saveRevision'>): CallOutput<'saveRevision'> {
  const { db } = ws;
  return db.transaction(() => {
    assertWritable(ws);
    const article = requireArticle(db, input.articleId);
    requireLive(article);
    const t = requireTranslation(db, article.id, input.lang);
    const newest = newestRevision(db, article.id, t.lang);
    const text = encodeText(t);
    const kept = keptForGood(newest, text.hash);
    if (kept !== null) return { revision: toRevisionSummary(kept), created: false };
    return { revision: toRevisionSummary(recordRevision(db, t, 'save', now(), newest, text)), created: true };
  })();
}

/** A translation's revisions, newest first. */
export function listRevisions(ws: Pick<Workspace, 'db'>, input: ParsedInput<'listRevisions'>): CallOutput<'listRevisions'> {
  const { db } = ws;
  return db.transaction(() => {
    requireArticle(db, input.articleId);
    return { items: listRevisionSummaries(db, input.articleId, input.lang, input.limit).map(toRevisionSummary) };
  })();
}

/** One revision with its whole text. */
export function getRevision(ws: Pick<Workspace, 'db'>, revisionId: string): Revision {
  const r = requireRevision(ws.db, revisionId);
  const content = readableContent(r);
  return { ...toRevisionSummary(r), title: content.title, summary: content.summary, source: content.source, body: content.body };
}

/**
 * Brings back a revision's title, summary, source and body as the translation's text, in
 * one transaction, against the translation's revision. The text it replaces is kept first
 * as a `before-restore` revision (or, when the newest revision already keeps it for good,
 * that one is named as `replaced`), then the restored text as a `restore` revision.
 * Restoring `replaced` undoes the restore; neither is ever thinned out.
 */
export function restoreRevision(ws: Ws, input: ParsedInput<'restoreRevision'>): CallOutput<'restoreRevision'> {
  const { db } = ws;
  return db.transaction(() => {
    assertWritable(ws);
    const source = requireRevision(db, input.revisionId);
    const article = requireArticle(db, source.articleId);
    requireLive(article);
    const existing = requireTranslation(db, article.id, source.lang);
    if (input.expectedRevision !== existing.revision) throw staleTranslation(source.lang);
    const content = readableContent(source);

    const time = now();
    const newest = newestRevision(db, article.id, existing.lang);
    const current = encodeText(existing);
    const replaced = keptForGood(newest, current.hash) ?? recordRevision(db, existing, 'before-restore', time, newest, current);
    const patch = { title: content.title, summary: content.summary, source: content.source, body: content.body };
    const saved = writeTranslation(db, article, existing.lang, existing, patch, time);
    const restored = recordRevision(db, saved.stored, 'restore', time, replaced, encodeText(saved.stored), source.id);
    return {
      translation: toTranslation(saved.stored, saved.read, article.originalLang, readPhotos(ws.db, article.id).fieldsOf(saved.stored.lang)),
      replaced: toRevisionSummary(replaced),
      restored: toRevisionSummary(restored),
    };
  })();
}
