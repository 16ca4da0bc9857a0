import type { Lang } from '../../../../shared/domain/languages';
import type { Status } from '../../../../shared/domain/status';
import { cachedStatements, type Db } from '../db';

/**
 * One language of an article as the store holds it. The body is the stored JSON text as it
 * is: core parses and checks it (articles/body.ts), so a damaged body never fails a read.
 */
export interface StoredTranslation {
  articleId: string;
  lang: Lang;
  title: string;
  summary: string;
  bodyJson: string;
  source: string;
  slug: string;
  status: Status;
  wordCount: number;
  /** Health against the original (0 and 0 for the original itself). */
  staleBlocks: number;
  missingBlocks: number;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** What a write sends: every field, with the body's plain text for search. */
export interface TranslationWrite extends StoredTranslation {
  bodyText: string;
}

/** A translation as the article list shows it: no body. */
export interface StoredTranslationSummary {
  articleId: string;
  lang: Lang;
  title: string;
  status: Status;
  wordCount: number;
  staleBlocks: number;
  missingBlocks: number;
  updatedAt: string;
}

/** Per-block staleness of one translation. */
export interface BlockCounts {
  staleBlocks: number;
  missingBlocks: number;
}

interface TranslationRow {
  article_id: string;
  lang: string;
  title: string;
  summary: string;
  body: string;
  source: string;
  slug: string;
  status: string;
  word_count: number;
  stale_blocks: number;
  missing_blocks: number;
  revision: number;
  created_at: string;
  updated_at: string;
}

interface SummaryRow {
  article_id: string;
  lang: string;
  title: string;
  status: string;
  word_count: number;
  stale_blocks: number;
  missing_blocks: number;
  updated_at: string;
}

interface WriteRow extends TranslationRow {
  body_text: string;
}

const COLUMNS =
  'article_id, lang, title, summary, body, source, slug, status, word_count, stale_blocks, missing_blocks, revision, created_at, updated_at';

function fromRow(row: TranslationRow): StoredTranslation {
  return {
    articleId: row.article_id,
    lang: row.lang,
    title: row.title,
    summary: row.summary,
    bodyJson: row.body,
    source: row.source,
    slug: row.slug,
    status: row.status as Status,
    wordCount: row.word_count,
    staleBlocks: row.stale_blocks,
    missingBlocks: row.missing_blocks,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(t: TranslationWrite): WriteRow {
  return {
    article_id: t.articleId,
    lang: t.lang,
    title: t.title,
    summary: t.summary,
    body: t.bodyJson,
    body_text: t.bodyText,
    source: t.source,
    slug: t.slug,
    status: t.status,
    word_count: t.wordCount,
    stale_blocks: t.staleBlocks,
    missing_blocks: t.missingBlocks,
    revision: t.revision,
    created_at: t.createdAt,
    updated_at: t.updatedAt,
  };
}

type FieldsRow = Pick<WriteRow, 'article_id' | 'lang' | 'title' | 'summary' | 'source' | 'slug' | 'status' | 'revision' | 'updated_at'>;

const statements = cachedStatements((db) => ({
  get: db.prepare<[string, string], TranslationRow>(`SELECT ${COLUMNS} FROM translations WHERE article_id = ? AND lang = ?`),
  ofArticle: db.prepare<[string], TranslationRow>(`SELECT ${COLUMNS} FROM translations WHERE article_id = ? ORDER BY lang`),
  othersBodies: db.prepare<[string, string], { lang: string; body: string; stale_blocks: number; missing_blocks: number }>(
    'SELECT lang, body, stale_blocks, missing_blocks FROM translations WHERE article_id = ? AND lang <> ? ORDER BY lang',
  ),
  summaries: db.prepare<[string], SummaryRow>(
    `SELECT article_id, lang, title, status, word_count, stale_blocks, missing_blocks, updated_at FROM translations
     WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, lang`,
  ),
  insert: db.prepare<[WriteRow]>(
    `INSERT INTO translations (${COLUMNS}, body_text) VALUES
     (@article_id, @lang, @title, @summary, @body, @source, @slug, @status, @word_count, @stale_blocks, @missing_blocks,
      @revision, @created_at, @updated_at, @body_text)`,
  ),
  update: db.prepare<[WriteRow]>(
    `UPDATE translations SET title = @title, summary = @summary, body = @body, body_text = @body_text,
       source = @source, slug = @slug, status = @status, word_count = @word_count,
       stale_blocks = @stale_blocks, missing_blocks = @missing_blocks, revision = @revision, updated_at = @updated_at
     WHERE article_id = @article_id AND lang = @lang`,
  ),
  updateFields: db.prepare<[FieldsRow]>(
    `UPDATE translations SET title = @title, summary = @summary, source = @source, slug = @slug, status = @status,
       revision = @revision, updated_at = @updated_at
     WHERE article_id = @article_id AND lang = @lang`,
  ),
  setBodyText: db.prepare<[{ text: string; article_id: string; lang: string }]>(
    'UPDATE translations SET body_text = @text WHERE article_id = @article_id AND lang = @lang AND body_text IS NOT @text',
  ),
  setCounts: db.prepare<[{ article_id: string; lang: string; stale_blocks: number; missing_blocks: number }]>(
    `UPDATE translations SET stale_blocks = @stale_blocks, missing_blocks = @missing_blocks
     WHERE article_id = @article_id AND lang = @lang
       AND (stale_blocks IS NOT @stale_blocks OR missing_blocks IS NOT @missing_blocks)`,
  ),
}));

export function getTranslation(db: Db, articleId: string, lang: Lang): StoredTranslation | undefined {
  const row = statements(db).get.get(articleId, lang);
  return row && fromRow(row);
}

export function listTranslations(db: Db, articleId: string): StoredTranslation[] {
  return statements(db).ofArticle.all(articleId).map(fromRow);
}

/** The bodies and counts of an article's translations other than `exceptLang` (for recounting staleness). */
export function listOtherBodies(db: Db, articleId: string, exceptLang: Lang): Array<{ lang: Lang; bodyJson: string } & BlockCounts> {
  return statements(db)
    .othersBodies.all(articleId, exceptLang)
    .map((row) => ({ lang: row.lang, bodyJson: row.body, staleBlocks: row.stale_blocks, missingBlocks: row.missing_blocks }));
}

/** The translations of several articles at once, without bodies. */
export function listTranslationSummaries(db: Db, articleIds: readonly string[]): StoredTranslationSummary[] {
  if (articleIds.length === 0) return [];
  return statements(db)
    .summaries.all(JSON.stringify(articleIds))
    .map((row) => ({
      articleId: row.article_id,
      lang: row.lang,
      title: row.title,
      status: row.status as Status,
      wordCount: row.word_count,
      staleBlocks: row.stale_blocks,
      missingBlocks: row.missing_blocks,
      updatedAt: row.updated_at,
    }));
}

export function insertTranslation(db: Db, translation: TranslationWrite): void {
  statements(db).insert.run(toRow(translation));
}

/** Writes every field of an existing translation, body included. */
export function saveTranslation(db: Db, translation: TranslationWrite): void {
  statements(db).update.run(toRow(translation));
}

/** Writes the fields of an existing translation except its body and counts (a save that did not touch the body). */
export function saveTranslationFields(
  db: Db,
  translation: Pick<StoredTranslation, 'articleId' | 'lang' | 'title' | 'summary' | 'source' | 'slug' | 'status' | 'revision' | 'updatedAt'>,
): void {
  statements(db).updateFields.run({
    article_id: translation.articleId,
    lang: translation.lang,
    title: translation.title,
    summary: translation.summary,
    source: translation.source,
    slug: translation.slug,
    status: translation.status,
    revision: translation.revision,
    updated_at: translation.updatedAt,
  });
}

/**
 * Sets a translation's staleness counts, leaving the row untouched when they are already
 * so: rewriting the row would rewrite its whole body.
 */
export function setBlockCounts(db: Db, articleId: string, lang: Lang, counts: BlockCounts): void {
  statements(db).setCounts.run({ article_id: articleId, lang, stale_blocks: counts.staleBlocks, missing_blocks: counts.missingBlocks });
}

/** Sets the text search indexes for a translation's body, leaving the row untouched when it is already so. */
export function setBodyText(db: Db, articleId: string, lang: Lang, text: string): void {
  statements(db).setBodyText.run({ text, article_id: articleId, lang });
}
