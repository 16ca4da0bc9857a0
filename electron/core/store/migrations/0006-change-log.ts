import type { Database } from 'better-sqlite3';

/**
 * A log of what changed, for readers that keep the store's rows in memory (the export):
 * every write to an article, a translation, a lead photo's texts, an image placement, an
 * image, a list or a list item appends the id of the article, image or list it touched,
 * whatever code made it. A reader remembers the last `seq` it saw and reads only what
 * changed since. The log keeps about its last CHANGE_LOG_KEEP rows (trimmed every 1,000);
 * a reader whose `seq` is older than the oldest row reads everything again.
 *
 * Never edit this file after it has landed: add the next numbered migration instead.
 */
export const version = 6;

export const CHANGE_LOG_KEEP = 50_000;

/** table → the kind and id it logs (`new.x` for inserts and updates, `old.x` for deletes). */
const SOURCES: ReadonlyArray<{ table: string; kind: 'article' | 'media' | 'list'; column: string }> = [
  { table: 'articles', kind: 'article', column: 'id' },
  { table: 'translations', kind: 'article', column: 'article_id' },
  { table: 'lead_texts', kind: 'article', column: 'article_id' },
  { table: 'media_uses', kind: 'article', column: 'article_id' },
  { table: 'media', kind: 'media', column: 'id' },
  { table: 'lists', kind: 'list', column: 'id' },
  { table: 'list_items', kind: 'list', column: 'list_id' },
];

export function migrate(db: Database): void {
  db.exec(`
    CREATE TABLE change_log (
      seq  INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL CHECK (kind IN ('article', 'media', 'list')),
      id   TEXT NOT NULL
    ) STRICT;
    CREATE TRIGGER change_log_trim AFTER INSERT ON change_log WHEN new.seq % 1000 = 0 BEGIN
      DELETE FROM change_log WHERE seq <= new.seq - ${CHANGE_LOG_KEEP};
    END;
  `);
  for (const { table, kind, column } of SOURCES) {
    for (const [event, row] of [
      ['INSERT', 'new'],
      ['UPDATE', 'new'],
      ['DELETE', 'old'],
    ] as const) {
      db.exec(`
        CREATE TRIGGER change_log_${table}_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN
          INSERT INTO change_log (kind, id) VALUES ('${kind}', ${row}.${column});
        END;
      `);
    }
  }
}
