import { cachedStatements, type Db } from '../db';

/**
 * What imports ask of the store beyond the other repositories: which of the ids they bring
 * are taken already, and how many rows each table holds (so an import can be shown to
 * change nothing when it fails).
 */

/** The tables whose rows `countRows` reports. */
const COUNTED_TABLES = [
  'workspace_meta',
  'articles',
  'translations',
  'revisions',
  'media',
  'lead_texts',
  'media_uses',
  'lists',
  'list_items',
] as const;
export type CountedTable = (typeof COUNTED_TABLES)[number];

const statements = cachedStatements((db) => ({
  articleIds: db
    .prepare<[string], string>('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id')
    .pluck(),
  mediaIds: db.prepare<[string], string>('SELECT id FROM media WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').pluck(),
  counts: db.prepare<[], Record<CountedTable, number>>(
    `SELECT ${COUNTED_TABLES.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ')}`,
  ),
}));

/** Those of `ids` that name an article in the store (live or in the trash), sorted. */
export function existingArticleIds(db: Db, ids: readonly string[]): string[] {
  return ids.length === 0 ? [] : statements(db).articleIds.all(JSON.stringify(ids));
}

/** Those of `ids` that name an image of the library, sorted. */
export function existingMediaIds(db: Db, ids: readonly string[]): string[] {
  return ids.length === 0 ? [] : statements(db).mediaIds.all(JSON.stringify(ids));
}

/** How many rows each table holds. */
export function countRows(db: Db): Record<CountedTable, number> {
  const row = statements(db).counts.get();
  if (row === undefined) throw new Error('The store did not answer a count.');
  return row;
}
