import type { Database } from 'better-sqlite3';

/**
 * The desk's curated lists and each article's Related list.
 *
 * `lists`: one row per list, with its kind, name, maximum length, language scope (a JSON
 * array; empty means every workspace language) and `version`, which every save moves on:
 * a save against an older version is refused (two windows never overwrite each other).
 * `Editor's choice` and `Popular` exist once each, a section front once per section, a
 * Related list once per article (the partial unique indexes say so); the desk's lists are
 * made when the store is migrated (migrate.ts), a Related list on its first save.
 * `dismissed` (JSON array of article ids): related suggestions the desk turned down.
 *
 * `list_items`: the items in order (`position` from 0). `article_id` has no foreign key on
 * purpose: an article that goes away leaves a visible "missing article" item the chief
 * removes, never a silently shorter list. `teasers` is a JSON object of per-language
 * overrides; `show_from`/`show_until` bound when the item is shown.
 *
 * Never edit this file after it has landed: add the next numbered migration instead.
 */
export const version = 4;

export function migrate(db: Database): void {
  db.exec(`
    CREATE TABLE lists (
      id         TEXT PRIMARY KEY,
      kind       TEXT NOT NULL CHECK (kind IN ('editors-choice', 'popular', 'section', 'custom', 'related')),
      name       TEXT NOT NULL,
      section    TEXT,
      article_id TEXT REFERENCES articles (id) ON DELETE CASCADE,
      max_items  INTEGER NOT NULL,
      langs      TEXT NOT NULL DEFAULT '[]',
      dismissed  TEXT NOT NULL DEFAULT '[]',
      version    INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX lists_one_per_desk_kind ON lists (kind) WHERE kind IN ('editors-choice', 'popular');
    CREATE UNIQUE INDEX lists_one_per_section ON lists (section) WHERE kind = 'section';
    CREATE UNIQUE INDEX lists_one_per_article ON lists (article_id) WHERE kind = 'related';

    CREATE TABLE list_items (
      list_id    TEXT NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
      position   INTEGER NOT NULL,
      id         TEXT NOT NULL,
      article_id TEXT NOT NULL,
      pinned     INTEGER NOT NULL CHECK (pinned IN (0, 1)),
      teasers    TEXT NOT NULL DEFAULT '{}',
      show_from  TEXT,
      show_until TEXT,
      origin     TEXT NOT NULL CHECK (origin IN ('manual', 'suggestion')),
      PRIMARY KEY (list_id, position)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX list_items_by_article ON list_items (article_id);
  `);
}
