import type { RevisionKind } from '../../../../shared/contract';
import type { Lang } from '../../../../shared/domain/languages';
import { cachedStatements, type Db } from '../db';

/** A revision as the store holds it, without its text. */
export interface StoredRevisionSummary {
  id: string;
  articleId: string;
  lang: Lang;
  kind: RevisionKind;
  createdAt: string;
  translationRevision: number;
  title: string;
  wordCount: number;
  /** `wordCount` minus that of the revision before it (kept so when revisions are thinned). */
  wordDelta: number;
  restoredFrom: string | null;
  contentHash: string;
}

/** A revision with its compressed text. */
export interface StoredRevision extends StoredRevisionSummary {
  content: Buffer;
}

/** What thinning needs to know of an automatic revision. */
export interface ThinnableRevision {
  id: string;
  articleId: string;
  lang: Lang;
  createdAt: string;
}

interface SummaryRow {
  id: string;
  article_id: string;
  lang: string;
  kind: string;
  created_at: string;
  translation_revision: number;
  title: string;
  word_count: number;
  word_delta: number;
  restored_from: string | null;
  content_hash: string;
}

interface RevisionRow extends SummaryRow {
  content: Buffer;
}

const SUMMARY_COLUMNS =
  'id, article_id, lang, kind, created_at, translation_revision, title, word_count, word_delta, restored_from, content_hash';

function summaryFromRow(row: SummaryRow): StoredRevisionSummary {
  return {
    id: row.id,
    articleId: row.article_id,
    lang: row.lang,
    kind: row.kind as RevisionKind,
    createdAt: row.created_at,
    translationRevision: row.translation_revision,
    title: row.title,
    wordCount: row.word_count,
    wordDelta: row.word_delta,
    restoredFrom: row.restored_from,
    contentHash: row.content_hash,
  };
}

const statements = cachedStatements((db) => ({
  insert: db.prepare<[RevisionRow]>(
    `INSERT INTO revisions (${SUMMARY_COLUMNS}, content) VALUES
     (@id, @article_id, @lang, @kind, @created_at, @translation_revision, @title, @word_count, @word_delta, @restored_from,
      @content_hash, @content)`,
  ),
  newest: db.prepare<[string, string], SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM revisions WHERE article_id = ? AND lang = ? ORDER BY created_at DESC LIMIT 1`,
  ),
  list: db.prepare<[string, string, number], SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM revisions WHERE article_id = ? AND lang = ? ORDER BY created_at DESC LIMIT ?`,
  ),
  get: db.prepare<[string], RevisionRow>(`SELECT ${SUMMARY_COLUMNS}, content FROM revisions WHERE id = ?`),
  autoBefore: db.prepare<[string, string, string], { id: string; created_at: string }>(
    `SELECT id, created_at FROM revisions
     WHERE article_id = ? AND lang = ? AND created_at < ? AND kind = 'auto' ORDER BY created_at`,
  ),
  foldDelta: db.prepare<[{ id: string; article_id: string; lang: string; created_at: string }]>(
    `UPDATE revisions SET word_delta = word_delta + (SELECT word_delta FROM revisions WHERE id = @id)
     WHERE id = (SELECT id FROM revisions WHERE article_id = @article_id AND lang = @lang AND created_at > @created_at
                 ORDER BY created_at LIMIT 1)`,
  ),
  delete: db.prepare<[string]>('DELETE FROM revisions WHERE id = ?'),
  sizes: db.prepare<[string, string], { id: string; kind: string; bytes: number }>(
    'SELECT id, kind, length(content) AS bytes FROM revisions WHERE article_id = ? AND lang = ? ORDER BY created_at DESC',
  ),
}));

export function insertRevision(db: Db, r: StoredRevision): void {
  statements(db).insert.run({
    id: r.id,
    article_id: r.articleId,
    lang: r.lang,
    kind: r.kind,
    created_at: r.createdAt,
    translation_revision: r.translationRevision,
    title: r.title,
    word_count: r.wordCount,
    word_delta: r.wordDelta,
    restored_from: r.restoredFrom,
    content_hash: r.contentHash,
    content: r.content,
  });
}

/** The newest revision of one translation, without its text. */
export function newestRevision(db: Db, articleId: string, lang: Lang): StoredRevisionSummary | undefined {
  const row = statements(db).newest.get(articleId, lang);
  return row && summaryFromRow(row);
}

/** A translation's revisions, newest first, without their text. */
export function listRevisionSummaries(db: Db, articleId: string, lang: Lang, limit: number): StoredRevisionSummary[] {
  return statements(db).list.all(articleId, lang, limit).map(summaryFromRow);
}

export function getStoredRevision(db: Db, id: string): StoredRevision | undefined {
  const row = statements(db).get.get(id);
  return row && { ...summaryFromRow(row), content: row.content };
}

/** A translation's automatic revisions made before `before`, oldest first. */
export function autoRevisionsBefore(db: Db, articleId: string, lang: Lang, before: string): ThinnableRevision[] {
  return statements(db)
    .autoBefore.all(articleId, lang, before)
    .map((row) => ({ id: row.id, articleId, lang, createdAt: row.created_at }));
}

/**
 * Deletes a revision, handing its word delta (as stored now) to the revision after it, so
 * that every delta still counts from the revision listed before it.
 */
export function deleteRevision(db: Db, r: ThinnableRevision): void {
  const s = statements(db);
  s.foldDelta.run({ id: r.id, article_id: r.articleId, lang: r.lang, created_at: r.createdAt });
  s.delete.run(r.id);
}

/** How many bytes each revision of a translation keeps (compressed), newest first: for benchmarks and checks. */
export function revisionSizes(db: Db, articleId: string, lang: Lang): Array<{ id: string; kind: RevisionKind; bytes: number }> {
  return statements(db)
    .sizes.all(articleId, lang)
    .map((row) => ({ id: row.id, kind: row.kind as RevisionKind, bytes: row.bytes }));
}
