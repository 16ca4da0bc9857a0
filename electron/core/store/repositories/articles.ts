import type { Lang } from '../../../../shared/domain/languages';
import type { Status, TranslationStateFilter } from '../../../../shared/domain/status';
import { cachedStatements, statementsByShape, type Db } from '../db';

/** An article as the store holds it, without its translations. */
export interface StoredArticle {
  id: string;
  section: string;
  tags: string[];
  authors: string[];
  originalLang: Lang;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  deletedAt: string | null;
  revision: number;
}

export interface ArticleRow {
  id: string;
  section: string;
  tags: string;
  authors: string;
  original_lang: string;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  deleted_at: string | null;
  revision: number;
}

export const ARTICLE_COLUMNS = 'id, section, tags, authors, original_lang, created_at, updated_at, published_at, deleted_at, revision';

function stringArray(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function articleFromRow(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    section: row.section,
    tags: stringArray(row.tags),
    authors: stringArray(row.authors),
    originalLang: row.original_lang,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    deletedAt: row.deleted_at,
    revision: row.revision,
  };
}

function toRow(a: StoredArticle): ArticleRow {
  return {
    id: a.id,
    section: a.section,
    tags: JSON.stringify(a.tags),
    authors: JSON.stringify(a.authors),
    original_lang: a.originalLang,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
    published_at: a.publishedAt,
    deleted_at: a.deletedAt,
    revision: a.revision,
  };
}

const statements = cachedStatements((db) => ({
  get: db.prepare<[string], ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`),
  insert: db.prepare<[ArticleRow]>(
    `INSERT INTO articles (${ARTICLE_COLUMNS}) VALUES
     (@id, @section, @tags, @authors, @original_lang, @created_at, @updated_at, @published_at, @deleted_at, @revision)`,
  ),
  update: db.prepare<[ArticleRow]>(
    `UPDATE articles SET section = @section, tags = @tags, authors = @authors, original_lang = @original_lang,
       created_at = @created_at, updated_at = @updated_at, published_at = @published_at, deleted_at = @deleted_at,
       revision = @revision
     WHERE id = @id`,
  ),
  touch: db.prepare<[string, string]>('UPDATE articles SET updated_at = ? WHERE id = ?'),
  firstPublished: db.prepare<[string, string]>('UPDATE articles SET published_at = ? WHERE id = ? AND published_at IS NULL'),
  counts: db.prepare<[], { live: number; trash: number }>('SELECT live, trash FROM article_counts WHERE id = 1'),
}));

export function getArticle(db: Db, id: string): StoredArticle | undefined {
  const row = statements(db).get.get(id);
  return row && articleFromRow(row);
}

export function insertArticle(db: Db, article: StoredArticle): void {
  statements(db).insert.run(toRow(article));
}

/** Writes every column of an existing article. */
export function saveArticle(db: Db, article: StoredArticle): void {
  statements(db).update.run(toRow(article));
}

/** Marks the article as changed (a translation of it was saved). */
export function touchArticle(db: Db, id: string, updatedAt: string): void {
  statements(db).touch.run(updatedAt, id);
}

/** Gives the article its publish date, unless it has one (set by hand, or by an earlier language). */
export function markFirstPublished(db: Db, id: string, publishedAt: string): void {
  statements(db).firstPublished.run(publishedAt, id);
}

/** How many articles are live and in the trash (kept by the store's counters, not counted). */
export function countArticles(db: Db): { live: number; trash: number } {
  const row = statements(db).counts.get();
  return { live: row?.live ?? 0, trash: row?.trash ?? 0 };
}

// ---------------------------------------------------------------------------------------
// The article list: filters, a sort key, keyset pages.

export type ListOrder = 'updated' | 'published';

export interface ArticleFilter {
  trash: boolean;
  section?: string | undefined;
  /** With `lang`: that language's status; without: any language's status. */
  status?: Status | undefined;
  lang?: Lang | undefined;
  missingLang?: Lang | undefined;
  /**
   * With `lang`: that translation's state; without: any translation's. Only translations
   * other than the original have one: `stale` when any block needs work, `current` else.
   */
  state?: TranslationStateFilter | undefined;
}

/** Where a page starts: after the article with this sort key and id. */
export interface PagePosition {
  key: string;
  id: string;
}

export interface ListedArticle extends StoredArticle {
  /** The value the list is sorted by (for the next page's position). */
  sortKey: string;
}

/** The sort key as SQL; unpublished articles sort after every published one. */
const SORT_KEY: Record<ListOrder, string> = {
  updated: 'a.updated_at',
  published: "ifnull(a.published_at, '')",
};

interface Where {
  sql: string;
  params: Record<string, string>;
}

/**
 * The state filter as SQL. Staleness counts sit after the body in the row, so they are read
 * from the partial index `translations_needing_update` (it holds only translations that
 * need work), and languages from the (article_id, lang) key: no row is read.
 */
function stateClause(state: TranslationStateFilter, byLang: boolean): string {
  const needsWork = `SELECT 1 FROM translations sn INDEXED BY translations_needing_update
      WHERE sn.article_id = a.id AND sn.stale_blocks + sn.missing_blocks > 0 AND sn.lang <> a.original_lang`;
  if (state === 'stale') return `EXISTS (${needsWork}${byLang ? ' AND sn.lang = @lang' : ''})`;
  return `EXISTS (SELECT 1 FROM translations st WHERE st.article_id = a.id AND st.lang <> a.original_lang${byLang ? ' AND st.lang = @lang' : ''}
      AND NOT EXISTS (${needsWork} AND sn.lang = st.lang))`;
}

function whereClause(filter: ArticleFilter): Where {
  const parts = [filter.trash ? 'a.deleted_at IS NOT NULL' : 'a.deleted_at IS NULL'];
  const params: Record<string, string> = {};
  if (filter.section !== undefined) {
    parts.push('a.section = @section');
    params.section = filter.section;
  }
  if (filter.status !== undefined && filter.lang !== undefined) {
    parts.push('EXISTS (SELECT 1 FROM translations t WHERE t.article_id = a.id AND t.lang = @lang AND t.status = @status)');
    params.status = filter.status;
    params.lang = filter.lang;
  } else if (filter.status !== undefined) {
    parts.push('EXISTS (SELECT 1 FROM translations t WHERE t.article_id = a.id AND t.status = @status)');
    params.status = filter.status;
  } else if (filter.lang !== undefined) {
    parts.push('EXISTS (SELECT 1 FROM translations t WHERE t.article_id = a.id AND t.lang = @lang)');
    params.lang = filter.lang;
  }
  // `@lang` is bound above whenever `lang` is given.
  if (filter.state !== undefined) parts.push(stateClause(filter.state, filter.lang !== undefined));
  if (filter.missingLang !== undefined) {
    parts.push('NOT EXISTS (SELECT 1 FROM translations t WHERE t.article_id = a.id AND t.lang = @missingLang)');
    params.missingLang = filter.missingLang;
  }
  return { sql: parts.join(' AND '), params };
}

/** Statements built from a filter's shape, kept per connection; there are few shapes. */
const byShape = statementsByShape<Record<string, unknown>, unknown>();
const prepared = (db: Db, sql: string) => byShape(db, sql, () => sql);

/** One page of articles in list order, newest first; ties broken by id. */
export function listArticlePage(
  db: Db,
  filter: ArticleFilter,
  order: ListOrder,
  after: PagePosition | null,
  limit: number,
): ListedArticle[] {
  const where = whereClause(filter);
  const key = SORT_KEY[order];
  const params: Record<string, string | number> = { ...where.params, limit };
  let sql = `SELECT ${ARTICLE_COLUMNS.split(', ').map((c) => `a.${c}`).join(', ')}, ${key} AS sort_key FROM articles a WHERE ${where.sql}`;
  if (after !== null) {
    // Spelled out rather than as a row value, so that the expression index is searched.
    sql += ` AND ${key} <= @afterKey AND (${key} < @afterKey OR a.id < @afterId)`;
    params.afterKey = after.key;
    params.afterId = after.id;
  }
  sql += ` ORDER BY ${key} DESC, a.id DESC LIMIT @limit`;
  const rows = prepared(db, sql).all(params) as (ArticleRow & { sort_key: string })[];
  return rows.map((row) => ({ ...articleFromRow(row), sortKey: row.sort_key }));
}

/** How many articles match the filter in all. */
export function countArticlesMatching(db: Db, filter: ArticleFilter): number {
  const unfiltered =
    filter.section === undefined &&
    filter.status === undefined &&
    filter.lang === undefined &&
    filter.missingLang === undefined &&
    filter.state === undefined;
  if (unfiltered) {
    const counts = countArticles(db);
    return filter.trash ? counts.trash : counts.live;
  }
  const where = whereClause(filter);
  const statement = prepared(db, `SELECT count(*) AS n FROM articles a WHERE ${where.sql}`);
  const row = statement.get(where.params) as { n: number } | undefined;
  return row?.n ?? 0;
}

/** The query plan of a page of the list and of its count, for tests that check the shape holds. */
export function explainArticleList(db: Db, filter: ArticleFilter): string[] {
  const where = whereClause(filter);
  const plan = (sql: string) =>
    db
      .prepare<[Record<string, unknown>], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
      .all({ ...where.params, limit: 1 })
      .map((r) => r.detail);
  return [
    ...plan(`SELECT a.id FROM articles a WHERE ${where.sql} ORDER BY ${SORT_KEY.updated} DESC, a.id DESC LIMIT @limit`),
    ...plan(`SELECT count(*) AS n FROM articles a WHERE ${where.sql}`),
  ];
}
