import type { Lang } from '../../../../shared/domain/languages';
import type { Status } from '../../../../shared/domain/status';
import type { Body } from '../../../../shared/editor/nodes';
import { cachedStatements, type Db } from '../db';

/** One language of an article as the store holds it. */
export interface StoredTranslation {
  articleId: string;
  lang: Lang;
  title: string;
  summary: string;
  body: Body;
  source: string;
  slug: string;
  status: Status;
  wordCount: number;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** What a write sends: the body already serialized, with its plain text for search. */
export interface TranslationWrite extends Omit<StoredTranslation, 'body'> {
  bodyJson: string;
  bodyText: string;
}

/** A translation as the article list shows it: no body. */
export interface StoredTranslationSummary {
  articleId: string;
  lang: Lang;
  title: string;
  status: Status;
  wordCount: number;
  updatedAt: string;
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
  updated_at: string;
}

interface WriteRow extends Omit<TranslationRow, 'body'> {
  body: string;
  body_text: string;
}

const COLUMNS = 'article_id, lang, title, summary, body, source, slug, status, word_count, revision, created_at, updated_at';

function fromRow(row: TranslationRow): StoredTranslation {
  return {
    articleId: row.article_id,
    lang: row.lang,
    title: row.title,
    summary: row.summary,
    body: JSON.parse(row.body) as Body,
    source: row.source,
    slug: row.slug,
    status: row.status as Status,
    wordCount: row.word_count,
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
    revision: t.revision,
    created_at: t.createdAt,
    updated_at: t.updatedAt,
  };
}

const statements = cachedStatements((db) => ({
  get: db.prepare<[string, string], TranslationRow>(`SELECT ${COLUMNS} FROM translations WHERE article_id = ? AND lang = ?`),
  ofArticle: db.prepare<[string], TranslationRow>(`SELECT ${COLUMNS} FROM translations WHERE article_id = ? ORDER BY lang`),
  summaries: db.prepare<[string], SummaryRow>(
    `SELECT article_id, lang, title, status, word_count, updated_at FROM translations
     WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, lang`,
  ),
  insert: db.prepare<[WriteRow]>(
    `INSERT INTO translations (${COLUMNS}, body_text) VALUES
     (@article_id, @lang, @title, @summary, @body, @source, @slug, @status, @word_count, @revision, @created_at, @updated_at, @body_text)`,
  ),
  update: db.prepare<[WriteRow]>(
    `UPDATE translations SET title = @title, summary = @summary, body = @body, body_text = @body_text,
       source = @source, slug = @slug, status = @status, word_count = @word_count, revision = @revision,
       updated_at = @updated_at
     WHERE article_id = @article_id AND lang = @lang`,
  ),
  updateFields: db.prepare<[Omit<WriteRow, 'body' | 'body_text' | 'word_count' | 'created_at'>]>(
    `UPDATE translations SET title = @title, summary = @summary, source = @source, slug = @slug, status = @status,
       revision = @revision, updated_at = @updated_at
     WHERE article_id = @article_id AND lang = @lang`,
  ),
}));

export function getTranslation(db: Db, articleId: string, lang: Lang): StoredTranslation | undefined {
  const row = statements(db).get.get(articleId, lang);
  return row && fromRow(row);
}

export function listTranslations(db: Db, articleId: string): StoredTranslation[] {
  return statements(db).ofArticle.all(articleId).map(fromRow);
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

/** Writes the fields of an existing translation except its body (a save that did not touch it). */
export function saveTranslationFields(db: Db, translation: Omit<StoredTranslation, 'body' | 'wordCount'>): void {
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
