import type { Database } from 'better-sqlite3';

/**
 * The baseline schema: workspace settings, articles, translations and their search index.
 *
 * Search: `search_index` is an external-content FTS5 table over `translations`. It is fed
 * folded and stemmed text — one token out for every token in — through the SQL function
 * `tandem_search_text` (registered at open by core/search), so the index matches word forms
 * while `snippet()` reads and highlights the original text from `translations`.
 * Triggers keep it in step with every write; nothing else writes to it. A prefix index for 4
 * characters makes search-as-you-type fast: without it a prefix such as `пере` merges the
 * lists of every word it covers (measured at 100k articles: 45 ms → 8 ms).
 *
 * Never edit this file after it has landed: add the next numbered migration instead.
 */
export const version = 1;

export function migrate(db: Database): void {
  db.exec(`
    CREATE TABLE workspace_meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE articles (
      id            TEXT PRIMARY KEY,
      section       TEXT NOT NULL,
      tags          TEXT NOT NULL DEFAULT '[]',
      authors       TEXT NOT NULL DEFAULT '[]',
      original_lang TEXT NOT NULL,
      created_at    TEXT NOT NULL,
      updated_at    TEXT NOT NULL,
      published_at  TEXT,
      deleted_at    TEXT,
      revision      INTEGER NOT NULL DEFAULT 1
    ) STRICT;
    CREATE INDEX articles_by_updated   ON articles (updated_at DESC, id DESC) WHERE deleted_at IS NULL;
    -- Sorted by publish date, unpublished last, paged by a key that is never NULL.
    CREATE INDEX articles_by_published_key ON articles (ifnull(published_at, '') DESC, id DESC) WHERE deleted_at IS NULL;
    CREATE INDEX articles_in_trash     ON articles (deleted_at DESC, id DESC) WHERE deleted_at IS NOT NULL;
    CREATE INDEX articles_by_section   ON articles (section, updated_at DESC, id DESC) WHERE deleted_at IS NULL;

    CREATE TABLE translations (
      seq        INTEGER PRIMARY KEY,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      lang       TEXT NOT NULL,
      title      TEXT NOT NULL DEFAULT '',
      summary    TEXT NOT NULL DEFAULT '',
      body       TEXT NOT NULL,
      body_text  TEXT NOT NULL DEFAULT '',
      source     TEXT NOT NULL DEFAULT '',
      slug       TEXT NOT NULL DEFAULT '',
      status     TEXT NOT NULL DEFAULT 'draft',
      word_count INTEGER NOT NULL DEFAULT 0,
      revision   INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (article_id, lang)
    ) STRICT;
    CREATE INDEX translations_by_lang_status ON translations (lang, status, article_id);
    -- "Any language has this status" from an index: reading status from the row would read the body.
    CREATE INDEX translations_by_article_status ON translations (article_id, status);

    -- The article list's totals without counting: kept in step by triggers.
    CREATE TABLE article_counts (
      id    INTEGER PRIMARY KEY CHECK (id = 1),
      live  INTEGER NOT NULL,
      trash INTEGER NOT NULL
    ) STRICT;
    INSERT INTO article_counts (id, live, trash) VALUES (1, 0, 0);
    CREATE TRIGGER articles_count_insert AFTER INSERT ON articles BEGIN
      UPDATE article_counts SET live = live + (new.deleted_at IS NULL), trash = trash + (new.deleted_at IS NOT NULL);
    END;
    CREATE TRIGGER articles_count_delete AFTER DELETE ON articles BEGIN
      UPDATE article_counts SET live = live - (old.deleted_at IS NULL), trash = trash - (old.deleted_at IS NOT NULL);
    END;
    CREATE TRIGGER articles_count_trash AFTER UPDATE OF deleted_at ON articles
    WHEN (old.deleted_at IS NULL) IS NOT (new.deleted_at IS NULL)
    BEGIN
      UPDATE article_counts SET
        live  = live  + (new.deleted_at IS NULL) - (old.deleted_at IS NULL),
        trash = trash + (new.deleted_at IS NOT NULL) - (old.deleted_at IS NOT NULL);
    END;

    CREATE VIRTUAL TABLE search_index USING fts5 (
      title, summary, body_text, source,
      content = 'translations',
      content_rowid = 'seq',
      tokenize = 'unicode61 remove_diacritics 0',
      prefix = '4'
    );
    -- Merge index segments in bigger, rarer steps: with the default (4) a save of a long
    -- body often paid for a merge (save p95 33 ms at 100k articles; with 8, 9 ms).
    INSERT INTO search_index (search_index, rank) VALUES ('automerge', 8);

    CREATE TRIGGER translations_search_insert AFTER INSERT ON translations BEGIN
      INSERT INTO search_index (rowid, title, summary, body_text, source)
      VALUES (new.seq, tandem_search_text(new.title), tandem_search_text(new.summary),
              tandem_search_text(new.body_text), tandem_search_text(new.source));
    END;

    CREATE TRIGGER translations_search_delete AFTER DELETE ON translations BEGIN
      INSERT INTO search_index (search_index, rowid, title, summary, body_text, source)
      VALUES ('delete', old.seq, tandem_search_text(old.title), tandem_search_text(old.summary),
              tandem_search_text(old.body_text), tandem_search_text(old.source));
    END;

    CREATE TRIGGER translations_search_update AFTER UPDATE OF title, summary, body_text, source ON translations
    WHEN old.title IS NOT new.title OR old.summary IS NOT new.summary
      OR old.body_text IS NOT new.body_text OR old.source IS NOT new.source
    BEGIN
      INSERT INTO search_index (search_index, rowid, title, summary, body_text, source)
      VALUES ('delete', old.seq, tandem_search_text(old.title), tandem_search_text(old.summary),
              tandem_search_text(old.body_text), tandem_search_text(old.source));
      INSERT INTO search_index (rowid, title, summary, body_text, source)
      VALUES (new.seq, tandem_search_text(new.title), tandem_search_text(new.summary),
              tandem_search_text(new.body_text), tandem_search_text(new.source));
    END;
  `);
}
