import type { Database } from 'better-sqlite3';

/**
 * Per-block staleness counts on translations, and the revision history of translations.
 *
 * `stale_blocks` and `missing_blocks` hold a translation's health against the article's
 * original (shared/editor/alignment.ts), recomputed by core whenever a body is saved; the
 * original's own are 0. They sit at the end of the row, behind a long body's overflow
 * pages, so the partial index `translations_needing_update` answers "which translations
 * need work" (the article list's and search's state filter) without reading any row: it
 * holds only the few translations that do, with their language and counts.
 *
 * Adding a column to a STRICT table makes SQLite check the whole table: at 100k articles
 * (3.8 GB) each ADD COLUMN took ~2 s and the index ~0.3 s, once, when the store is opened.
 *
 * No backfill: bodies saved before block ids existed carry no links to the original, so
 * their counts would be 0 anyway (every row is `unlinked`, neither counted nor marked).
 * A translation's counts become real with its next save, or its original's.
 *
 * `revisions`: immutable snapshots of a translation's title, summary, source and body, as
 * deflate-compressed JSON (a 30 KB body keeps in ~5 KB). `content_hash` lets a snapshot
 * identical to the newest be skipped without decompressing anything. The metadata comes
 * before `content` in the row, so listing and thinning never read a snapshot's bytes.
 * `word_delta` is kept equal to `word_count` minus that of the revision before it: when
 * an automatic revision is thinned away, its delta is added to the next one's.
 * `restored_from` names the revision a restore brought back; that one may be thinned away
 * later, so it is not a foreign key.
 *
 * Never edit this file after it has landed: add the next numbered migration instead.
 */
export const version = 2;

export function migrate(db: Database): void {
  db.exec(`
    ALTER TABLE translations ADD COLUMN stale_blocks INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE translations ADD COLUMN missing_blocks INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX translations_needing_update ON translations (article_id, lang, stale_blocks, missing_blocks)
      WHERE stale_blocks + missing_blocks > 0;

    CREATE TABLE revisions (
      id                   TEXT PRIMARY KEY,
      article_id           TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      lang                 TEXT NOT NULL,
      kind                 TEXT NOT NULL CHECK (kind IN ('save', 'auto', 'restore', 'before-restore')),
      created_at           TEXT NOT NULL,
      translation_revision INTEGER NOT NULL,
      title                TEXT NOT NULL,
      word_count           INTEGER NOT NULL,
      word_delta           INTEGER NOT NULL,
      restored_from        TEXT,
      content_hash         TEXT NOT NULL,
      content              BLOB NOT NULL
    ) STRICT;
    CREATE INDEX revisions_by_translation ON revisions (article_id, lang, created_at DESC);
  `);
}
