import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { MIGRATIONS } from '../store/migrations';
import { registerSearchFunctions } from './analyzer';

/**
 * A store for search tests: in memory, the real schema and triggers (every migration), rows written with
 * plain SQL so search is proven on its own.
 */
export function openTestStore(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  registerSearchFunctions(db);
  for (const m of MIGRATIONS) m.migrate(db);
  return db;
}

export interface TestTranslation {
  title?: string;
  summary?: string;
  bodyText?: string;
  source?: string;
  status?: string;
  staleBlocks?: number;
  missingBlocks?: number;
}

export interface TestArticle {
  id?: string;
  section?: string;
  originalLang?: string;
  trashed?: boolean;
  translations: Record<string, TestTranslation>;
}

let clock = Date.UTC(2024, 0, 1);

/** Adds an article with its translations; returns the article id. */
export function addArticle(db: Database.Database, article: TestArticle): string {
  const id = article.id ?? randomUUID();
  const when = new Date((clock += 60_000)).toISOString();
  const langs = Object.keys(article.translations);
  db.prepare(
    `INSERT INTO articles (id, section, original_lang, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(id, article.section ?? 'news', article.originalLang ?? langs[0] ?? 'ru', when, when, article.trashed ? when : null);
  const insert = db.prepare(
    `INSERT INTO translations (article_id, lang, title, summary, body, body_text, source, status, stale_blocks, missing_blocks,
                               created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const lang of langs) {
    const t = article.translations[lang] as TestTranslation;
    const bodyText = t.bodyText ?? '';
    const body = JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', text: bodyText }] } });
    insert.run(
      id, lang, t.title ?? '', t.summary ?? '', body, bodyText, t.source ?? '', t.status ?? 'draft',
      t.staleBlocks ?? 0, t.missingBlocks ?? 0, when, when,
    );
  }
  return id;
}
