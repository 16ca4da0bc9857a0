import type { Database } from 'better-sqlite3';

/**
 * Photos: the library, each article's lead photo, and where every image is used.
 *
 * `media`: one row per stored image, keyed by the sha256 of its bytes (the file in the
 * media folder has the same name), so the same file added twice is one row. The row is
 * committed only after the file is on disk (core/media/files.ts). The credit belongs to
 * the image; captions and alt texts belong to each placement.
 *
 * `articles.lead_media_id`: the lead photo. `lead_texts` holds its caption and alt text
 * per language; they stay when the photo is replaced or removed (an undo brings them back).
 * A new table rather than columns on `translations`: adding a column to that STRICT table
 * rechecks every row (~2 s per column at 100k articles).
 *
 * `media_uses`: every placement of an image, derived by core whenever a body, the lead
 * photo or its texts change: position -1 is the lead photo, otherwise the image block's
 * position in that language's body. It answers "where is this image used" (the library,
 * delete refused while used) and "which placements lack a caption or alt text" (counted
 * per translation) without reading a body. Its foreign key on `media` is the last guard
 * against deleting an image in use.
 *
 * Never edit this file after it has landed: add the next numbered migration instead.
 */
export const version = 3;

export function migrate(db: Database): void {
  db.exec(`
    CREATE TABLE media (
      id         TEXT PRIMARY KEY,
      mime       TEXT NOT NULL,
      width      INTEGER NOT NULL,
      height     INTEGER NOT NULL,
      bytes      INTEGER NOT NULL,
      name       TEXT NOT NULL,
      credit     TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX media_by_created ON media (created_at DESC, id DESC);

    ALTER TABLE articles ADD COLUMN lead_media_id TEXT REFERENCES media (id);

    CREATE TABLE lead_texts (
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      lang       TEXT NOT NULL,
      caption    TEXT NOT NULL,
      alt_text   TEXT NOT NULL,
      PRIMARY KEY (article_id, lang)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE media_uses (
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      lang       TEXT NOT NULL,
      position   INTEGER NOT NULL,
      media_id   TEXT NOT NULL REFERENCES media (id),
      caption    TEXT NOT NULL,
      alt_text   TEXT NOT NULL,
      PRIMARY KEY (article_id, lang, position)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX media_uses_by_media ON media_uses (media_id);
  `);
}
