import type { Database } from 'better-sqlite3';

/**
 * What the export reads of every translation, without its body: an index holding those
 * columns, so that choosing the pages of a bundle does not read every body from disk (the
 * columns sit after the body in the row). Measured at 10,000 articles: 310 → 125 ms.
 * The export names it (`INDEXED BY`), since the planner prefers the unique index.
 *
 * Never edit this file after it has landed: add the next numbered migration instead.
 */
export const version = 5;

export function migrate(db: Database): void {
  db.exec(`
    CREATE INDEX translations_export ON translations (
      article_id, lang, status, revision, created_at, updated_at, slug,
      word_count, stale_blocks, missing_blocks, title, summary
    );
  `);
}
