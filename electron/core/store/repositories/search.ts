import type { Database, Statement } from 'better-sqlite3';

/**
 * All SQL of full-text search.
 *
 * `search_index` is an external-content FTS5 table over `translations` (rowid = `seq`),
 * fed analyzed text by the schema's triggers. A search runs as one statement in three steps:
 *
 * 1. `ranked`: walk the matches newest first (`ORDER BY rowid DESC`, which FTS5 serves from
 *    its doclists without sorting), apply the filters and the trash, compute bm25 for each,
 *    and stop after `cap` rows. bm25 has no top-k shortcut in FTS5: its cost grows with
 *    every match, so a broad query is ranked over its newest matches only.
 * 2. `top`: the best `limit` of those by score (a bounded sort).
 * 3. `snippets`: `snippet()` for those few rows only, in one more pass over the matches
 *    restricted to the rowid range they span. (Finding each row again by rowid would run
 *    the query once per row, and a prefix term merges all its words' doclists every time.)
 * 4. the output: the translation's title and status and the article's section.
 */

/** Column weights for bm25, in the index's column order: title, summary, body_text, source. */
export const BM25_WEIGHTS = [10, 4, 1, 0.5] as const;

/** Snippet markers: control characters, which no stored text contains (the contract refuses them). */
export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';
export const SNIPPET_ELLIPSIS = '…';
/** Tokens in a snippet (FTS5 allows up to 64). */
export const SNIPPET_TOKENS = 24;

export interface SearchFilter {
  lang?: string | undefined;
  status?: string | undefined;
  section?: string | undefined;
}

export interface SearchRow {
  articleId: string;
  lang: string;
  title: string;
  section: string;
  status: string;
  score: number;
  /** Text with SNIPPET_OPEN / SNIPPET_CLOSE around matched words. */
  snippet: string;
  /** How many matches were ranked (cap + 1 means there were more). */
  ranked: number;
}

type Params = { match: string; cap: number; limit: number; lang?: string; status?: string; section?: string };

const statements = new WeakMap<Database, Map<string, Statement<[Params], SearchRow>>>();

function rankedSql(filter: SearchFilter): string {
  const joins: string[] = [];
  const where: string[] = ['search_index MATCH :match'];
  const needTranslation = filter.lang !== undefined || filter.status !== undefined || filter.section !== undefined;
  if (needTranslation) joins.push('JOIN translations AS t ON t.seq = search_index.rowid');
  if (filter.section !== undefined) {
    // The article is read anyway, so its own trash flag is checked directly.
    joins.push('JOIN articles AS a ON a.id = t.article_id');
    where.push('a.section = :section', 'a.deleted_at IS NULL');
  } else {
    // The trash is small: one set of its rowids, probed per match, costs less than a join.
    where.push(`search_index.rowid NOT IN (
        SELECT dt.seq FROM articles AS da JOIN translations AS dt ON dt.article_id = da.id
        WHERE da.deleted_at IS NOT NULL)`);
  }
  if (filter.lang !== undefined) where.push('t.lang = :lang');
  if (filter.status !== undefined) {
    // The status column sits after the body in the row; the (lang, status, article_id)
    // index answers the same question without reading a long body's overflow pages.
    where.push(`EXISTS (
        SELECT 1 FROM translations AS st INDEXED BY translations_by_lang_status
        WHERE st.lang = t.lang AND st.status = :status AND st.article_id = t.article_id)`);
  }
  return `
    SELECT search_index.rowid AS seq, bm25(search_index, ${BM25_WEIGHTS.join(', ')}) AS score
    FROM search_index
    ${joins.join('\n    ')}
    WHERE ${where.join('\n      AND ')}
    ORDER BY search_index.rowid DESC
    LIMIT :cap`;
}

function searchSql(filter: SearchFilter): string {
  return `
    WITH ranked AS MATERIALIZED (${rankedSql(filter)}
    ),
    top AS MATERIALIZED (
      SELECT seq, score FROM ranked ORDER BY score, seq DESC LIMIT :limit
    ),
    snippets AS MATERIALIZED (
      SELECT search_index.rowid AS seq,
             snippet(search_index, -1, char(2), char(3), '${SNIPPET_ELLIPSIS}', ${SNIPPET_TOKENS}) AS snippet
      FROM search_index
      WHERE search_index MATCH :match
        AND search_index.rowid BETWEEN (SELECT min(seq) FROM top) AND (SELECT max(seq) FROM top)
        AND +search_index.rowid IN (SELECT seq FROM top)
    )
    SELECT t.article_id AS articleId, t.lang AS lang, t.title AS title, a.section AS section,
           t.status AS status, top.score AS score, coalesce(s.snippet, '') AS snippet,
           (SELECT count(*) FROM ranked) AS ranked
    FROM top
    CROSS JOIN translations AS t ON t.seq = top.seq
    CROSS JOIN articles AS a ON a.id = t.article_id
    LEFT JOIN snippets AS s ON s.seq = top.seq
    ORDER BY top.score, top.seq DESC`;
}

function statementFor(db: Database, filter: SearchFilter): Statement<[Params], SearchRow> {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  const key = `${filter.lang !== undefined ? 'l' : ''}${filter.status !== undefined ? 's' : ''}${filter.section !== undefined ? 'c' : ''}`;
  let stmt = cache.get(key);
  if (!stmt) {
    stmt = db.prepare<[Params], SearchRow>(searchSql(filter));
    cache.set(key, stmt);
  }
  return stmt;
}

/**
 * Runs a MATCH expression (built by core/search/query, never raw user text) and returns
 * the best `limit` translations among the newest `cap + 1` matches.
 */
export function searchTranslations(
  db: Database,
  match: string,
  filter: SearchFilter,
  limit: number,
  cap: number,
): SearchRow[] {
  const params: Params = { match, cap: cap + 1, limit };
  if (filter.lang !== undefined) params.lang = filter.lang;
  if (filter.status !== undefined) params.status = filter.status;
  if (filter.section !== undefined) params.section = filter.section;
  return statementFor(db, filter).all(params);
}

/** The query plan of a search, for tests and benchmarks that check the shape holds. */
export function explainSearch(db: Database, filter: SearchFilter): string[] {
  const rows = db.prepare<[Params], { detail: string }>(`EXPLAIN QUERY PLAN ${searchSql(filter)}`).all({
    match: 'x',
    cap: 1,
    limit: 1,
    ...(filter.lang !== undefined ? { lang: filter.lang } : {}),
    ...(filter.status !== undefined ? { status: filter.status } : {}),
    ...(filter.section !== undefined ? { section: filter.section } : {}),
  });
  return rows.map((r) => r.detail);
}

/**
 * Empties the index and feeds it every translation again through the analyzer, then
 * merges it into one segment. For a change of stemmer or folding rules; a long job.
 */
export function rebuildSearchIndex(db: Database): void {
  db.transaction(() => {
    db.prepare(`INSERT INTO search_index (search_index) VALUES ('delete-all')`).run();
    db.prepare(
      `INSERT INTO search_index (rowid, title, summary, body_text, source)
       SELECT seq, tandem_search_text(title), tandem_search_text(summary),
              tandem_search_text(body_text), tandem_search_text(source)
       FROM translations ORDER BY seq`,
    ).run();
    db.prepare(`INSERT INTO search_index (search_index) VALUES ('optimize')`).run();
  })();
}
