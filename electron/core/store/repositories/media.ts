import type { MediaMime } from '../../../../shared/domain/media';
import { fold } from '../../search/analyzer';
import { cachedStatements, statementsByShape, type Db } from '../db';

/** An image of the library as the store holds it (the file itself lives in the media folder). */
export interface StoredMedia {
  /** sha256 of the file's bytes, hex. */
  id: string;
  mime: MediaMime;
  /** As shown, after EXIF orientation. */
  width: number;
  height: number;
  bytes: number;
  name: string;
  credit: string;
  createdAt: string;
  updatedAt: string;
}

interface MediaRow {
  id: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  name: string;
  credit: string;
  created_at: string;
  updated_at: string;
}

export const MEDIA_COLUMNS = 'id, mime, width, height, bytes, name, credit, created_at, updated_at';

export function mediaFromRow(row: MediaRow): StoredMedia {
  return {
    id: row.id,
    mime: row.mime as MediaMime,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    name: row.name,
    credit: row.credit,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(m: StoredMedia): MediaRow {
  return {
    id: m.id,
    mime: m.mime,
    width: m.width,
    height: m.height,
    bytes: m.bytes,
    name: m.name,
    credit: m.credit,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
  };
}

const statements = cachedStatements((db) => ({
  get: db.prepare<[string], MediaRow>(`SELECT ${MEDIA_COLUMNS} FROM media WHERE id = ?`),
  insert: db.prepare<[MediaRow]>(
    `INSERT INTO media (${MEDIA_COLUMNS}) VALUES (@id, @mime, @width, @height, @bytes, @name, @credit, @created_at, @updated_at)`,
  ),
  setCredit: db.prepare<[string, string, string]>('UPDATE media SET credit = ?, updated_at = ? WHERE id = ?'),
  remove: db.prepare<[string]>('DELETE FROM media WHERE id = ?'),
}));

export function getMedia(db: Db, id: string): StoredMedia | undefined {
  const row = statements(db).get.get(id);
  return row && mediaFromRow(row);
}

export function insertMedia(db: Db, media: StoredMedia): void {
  statements(db).insert.run(toRow(media));
}

export function setMediaCredit(db: Db, id: string, credit: string, updatedAt: string): void {
  statements(db).setCredit.run(credit, updatedAt, id);
}

/** Removes the row; the store's foreign keys refuse it while any use or lead photo names it. */
export function deleteMediaRow(db: Db, id: string): void {
  statements(db).remove.run(id);
}

/* ---------------------------------------------------------------- the library's list */

/** An image as the library lists it: with how often it is placed and one caption it carries. */
export interface MediaListItem extends StoredMedia {
  useCount: number;
  /** One non-empty caption of its uses, or ''. */
  caption: string;
}

/** Where a page of the list ends: the last image's time and id (newest first). */
export interface MediaPosition {
  createdAt: string;
  id: string;
}

/**
 * True when `text`, folded, contains every one of the (already folded) words given as a JSON
 * array. The words of one query are parsed once, not once per row.
 */
function containsEveryWord(): (text: unknown, words: unknown) => number {
  let lastJson = '';
  let lastWords: string[] = [];
  return (text, words) => {
    if (typeof text !== 'string' || typeof words !== 'string') return 0;
    if (words !== lastJson) {
      const parsed: unknown = JSON.parse(words);
      lastWords = Array.isArray(parsed) ? parsed.filter((w): w is string => typeof w === 'string') : [];
      lastJson = words;
    }
    const folded = fold(text);
    return lastWords.every((w) => folded.includes(w)) ? 1 : 0;
  };
}

/** What a query looks in: the credit, the file name, and every use's caption and alt text. */
const SEARCHED_TEXT = `m.credit || char(10) || m.name || char(10) || coalesce(
  (SELECT group_concat(u.caption || char(10) || u.alt_text, char(10)) FROM media_uses u WHERE u.media_id = m.id), '')`;

const registered = cachedStatements((db) => {
  db.function('tandem_media_matches', { deterministic: true }, containsEveryWord());
  return true;
});

const listStatement = statementsByShape<Record<string, unknown>, MediaRow & { use_count: number; caption: string }>();
const countStatement = statementsByShape<Record<string, unknown>, number>();

function filters(words: readonly string[], after: MediaPosition | null): string[] {
  const where: string[] = [];
  if (words.length > 0) where.push(`tandem_media_matches(${SEARCHED_TEXT}, @words)`);
  if (after) where.push('(m.created_at < @created_at OR (m.created_at = @created_at AND m.id < @id))');
  return where;
}

const whereClause = (where: string[]) => (where.length > 0 ? `WHERE ${where.join(' AND ')}` : '');

/**
 * One page of the library, newest first, after `after`. `words` are folded (lower case,
 * ё→е) and each must appear in the image's credit, file name or a use's caption or alt text.
 * A scan with a substring test per image: fine for the tens of thousands a newsroom keeps.
 */
export function listMediaPage(
  db: Db,
  options: { words: readonly string[]; after: MediaPosition | null; limit: number },
): MediaListItem[] {
  registered(db);
  const where = filters(options.words, options.after);
  const statement = listStatement(db, `list:${options.words.length > 0}:${options.after !== null}`, () =>
    `SELECT ${MEDIA_COLUMNS.split(', ').map((c) => `m.${c}`).join(', ')},
            (SELECT count(*) FROM media_uses u WHERE u.media_id = m.id) AS use_count,
            coalesce((SELECT u.caption FROM media_uses u WHERE u.media_id = m.id AND u.caption <> '' LIMIT 1), '') AS caption
     FROM media m ${whereClause(where)}
     ORDER BY m.created_at DESC, m.id DESC LIMIT @limit`,
  );
  const params: Record<string, unknown> = { limit: options.limit };
  if (options.words.length > 0) params.words = JSON.stringify(options.words);
  if (options.after) {
    params.created_at = options.after.createdAt;
    params.id = options.after.id;
  }
  return statement.all(params).map((row) => ({ ...mediaFromRow(row), useCount: row.use_count, caption: row.caption }));
}

/** How many images match `words` (all images when there are none). */
export function countMedia(db: Db, words: readonly string[]): number {
  registered(db);
  const where = filters(words, null);
  const statement = countStatement(db, `count:${words.length > 0}`, () => `SELECT count(*) FROM media m ${whereClause(where)}`).pluck();
  return statement.get(words.length > 0 ? { words: JSON.stringify(words) } : {}) ?? 0;
}
