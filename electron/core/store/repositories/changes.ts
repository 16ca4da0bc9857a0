import { cachedStatements, type Db } from '../db';

/**
 * The change log (migration 0006): which articles, images and lists were written since a
 * reader last looked, so a reader that keeps rows in memory reads only those again.
 */

export interface ChangeSet {
  /** The log's newest `seq`: where the next look starts. */
  head: number;
  articles: Set<string>;
  media: Set<string>;
  lists: Set<string>;
}

const statements = cachedStatements((db) => ({
  head: db.prepare<[], number>('SELECT coalesce(max(seq), 0) FROM change_log').pluck(),
  oldest: db.prepare<[], number | null>('SELECT min(seq) FROM change_log').pluck(),
  since: db.prepare<[number], { kind: string; id: string }>('SELECT DISTINCT kind, id FROM change_log WHERE seq > ?'),
  // The AUTOINCREMENT counter: the newest seq ever given, even when the log is empty.
  counter: db.prepare<[], number | undefined>("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'").pluck(),
}));

/** The newest `seq` given so far (0 for a store never written to). */
export function changeLogHead(db: Db): number {
  return statements(db).counter.get() ?? statements(db).head.get() ?? 0;
}

/**
 * What changed after `seq`, or null when the log can no longer tell: its older rows were
 * trimmed past `seq`, or `seq` is ahead of the store (a different or replaced store).
 */
export function changesSince(db: Db, seq: number): ChangeSet | null {
  const s = statements(db);
  const head = changeLogHead(db);
  if (seq > head) return null;
  const oldest = s.oldest.get() ?? null;
  if (seq < head && (oldest === null || oldest > seq + 1)) return null;
  const out: ChangeSet = { head, articles: new Set(), media: new Set(), lists: new Set() };
  if (seq === head) return out;
  for (const { kind, id } of s.since.all(seq)) {
    if (kind === 'article') out.articles.add(id);
    else if (kind === 'media') out.media.add(id);
    else if (kind === 'list') out.lists.add(id);
  }
  return out;
}
