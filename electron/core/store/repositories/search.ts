import type { Database, Statement } from 'better-sqlite3';
import { statementsByShape } from '../db';

/**
 * All SQL of full-text search.
 *
 * `search_index` is an external-content FTS5 table over `translations` (rowid = `seq`),
 * fed analyzed text by the schema's triggers. A search runs as one statement in four steps:
 *
 * 1. `ranked`: walk the matches newest first (`ORDER BY rowid DESC`, which FTS5 serves from
 *    its doclists without sorting), apply the filters and the trash, compute bm25 for each
 *    match that passes, and stop after `cap` of them. bm25 has no top-k shortcut in FTS5:
 *    its cost grows with every match, so a broad query is ranked over its newest matches.
 * 2. `top`: the best `limit` of those by score (a bounded sort).
 * 3. `snippets`: `snippet()` for those few rows only.
 * 4. the output: the translation's title, status and staleness counts and the article's
 *    section and original language.
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
  /** Only translations other than the original: `stale` ones (any block needs work) or `current` ones. */
  state?: 'stale' | 'current' | undefined;
}

export interface SearchRow {
  articleId: string;
  lang: string;
  title: string;
  section: string;
  status: string;
  /** The article's original language, and the translation's staleness counts. */
  originalLang: string;
  staleBlocks: number;
  missingBlocks: number;
  score: number;
  /** Text with SNIPPET_OPEN / SNIPPET_CLOSE around matched words. */
  snippet: string;
  /** How many matches were ranked (cap + 1 means there were more). */
  ranked: number;
}

type Params = { match: string; cap: number; limit: number; lang?: string; status?: string; section?: string };

export interface SearchOptions {
  /** The expression has a prefix term (`"прези"*`): see `snippetsSql`. */
  prefix: boolean;
}

/** Every language in the store, by index seeks (a handful of rows), for the status filter. */
const LANGS = `SELECT l FROM (
        WITH RECURSIVE langs (l) AS (
          SELECT min(lang) FROM translations
          UNION ALL SELECT (SELECT min(lang) FROM translations WHERE lang > l) FROM langs WHERE l IS NOT NULL)
        SELECT l FROM langs)`;

/**
 * The ranked step. Filters are checked on every match walked, so each is the cheapest
 * check the schema allows. A filter that keeps few translations (a small section, drafts)
 * is a set of rowids built once and probed per match (`+` keeps SQLite from handing it to
 * FTS5 as a rowid lookup, which would run the query once per rowid); reading a translation
 * row per match would cost more than the whole ranking. The language alone keeps about half
 * the store, too many for a set, and is read from the row.
 */
function rankedSql(filter: SearchFilter): string {
  const joins: string[] = [];
  const where: string[] = ['search_index MATCH :match'];
  if (filter.section !== undefined) {
    // Articles in the trash are not in the section's set.
    where.push(`+search_index.rowid IN (
        SELECT st.seq FROM articles AS sa JOIN translations AS st ON st.article_id = sa.id
        WHERE sa.section = :section AND sa.deleted_at IS NULL)`);
  } else {
    // The trash is small: one set of its rowids, probed per match.
    where.push(`search_index.rowid NOT IN (
        SELECT dt.seq FROM articles AS da JOIN translations AS dt ON dt.article_id = da.id
        WHERE da.deleted_at IS NOT NULL)`);
  }
  if (filter.status !== undefined) {
    // From the (lang, status, article_id) index alone; the status column sits after the
    // body in the row, behind a long body's overflow pages.
    const langs = filter.lang !== undefined ? 'lang = :lang' : `lang IN (${LANGS})`;
    where.push(`+search_index.rowid IN (
        SELECT seq FROM translations INDEXED BY translations_by_lang_status
        WHERE ${langs} AND status = :status)`);
  } else if (filter.lang !== undefined) {
    joins.push('JOIN translations AS t ON t.seq = search_index.rowid');
    where.push('t.lang = :lang');
  }
  if (filter.state === 'stale') {
    // Few translations need work: their set, from the partial index that holds only them.
    where.push(`+search_index.rowid IN (
        SELECT nt.seq FROM translations AS nt INDEXED BY translations_needing_update
        JOIN articles AS na ON na.id = nt.article_id
        WHERE nt.stale_blocks + nt.missing_blocks > 0 AND nt.lang <> na.original_lang)`);
  } else if (filter.state === 'current') {
    // Most translations are current: the set of those that are not, and, per match, the
    // article's original language (the translation's language is read before its body).
    where.push(`search_index.rowid NOT IN (
        SELECT ns.seq FROM translations AS ns INDEXED BY translations_needing_update WHERE ns.stale_blocks + ns.missing_blocks > 0)`);
    if (!joins.length) joins.push('JOIN translations AS t ON t.seq = search_index.rowid');
    joins.push('JOIN articles AS oa ON oa.id = t.article_id');
    where.push('t.lang <> oa.original_lang');
  }
  return `
      SELECT search_index.rowid AS seq, bm25(search_index, ${BM25_WEIGHTS.join(', ')}) AS score
      FROM search_index
      ${joins.join('\n      ')}
      WHERE ${where.join('\n        AND ')}
      ORDER BY search_index.rowid DESC
      LIMIT :cap`;
}

const SNIPPET = `snippet(search_index, -1, char(2), char(3), '${SNIPPET_ELLIPSIS}', ${SNIPPET_TOKENS})`;

/**
 * The snippet step. Without a prefix term, each of the few rows is found again by rowid:
 * a seek in each term's doclist. A prefix term is different: FTS5 merges the doclists of
 * every word it covers each time the query starts, so the rows are found in one pass over
 * the rowid range they span instead.
 */
function snippetsSql(options: SearchOptions): string {
  if (!options.prefix) {
    return `
      SELECT top.seq AS seq, ${SNIPPET} AS snippet
      FROM top CROSS JOIN search_index ON search_index.rowid = top.seq
      WHERE search_index MATCH :match`;
  }
  return `
      SELECT search_index.rowid AS seq, ${SNIPPET} AS snippet
      FROM search_index
      WHERE search_index MATCH :match
        AND search_index.rowid BETWEEN (SELECT min(seq) FROM top) AND (SELECT max(seq) FROM top)
        AND +search_index.rowid IN (SELECT seq FROM top)`;
}

function searchSql(filter: SearchFilter, options: SearchOptions): string {
  return `
    WITH ranked AS MATERIALIZED (${rankedSql(filter)}
    ),
    top AS MATERIALIZED (
      SELECT seq, score FROM ranked ORDER BY score, seq DESC LIMIT :limit
    ),
    snippets AS MATERIALIZED (${snippetsSql(options)}
    )
    SELECT t.article_id AS articleId, t.lang AS lang, t.title AS title, a.section AS section,
           t.status AS status, a.original_lang AS originalLang, t.stale_blocks AS staleBlocks,
           t.missing_blocks AS missingBlocks, top.score AS score, coalesce(s.snippet, '') AS snippet,
           (SELECT count(*) FROM ranked) AS ranked
    FROM top
    CROSS JOIN translations AS t ON t.seq = top.seq
    CROSS JOIN articles AS a ON a.id = t.article_id
    LEFT JOIN snippets AS s ON s.seq = top.seq
    ORDER BY top.score, top.seq DESC`;
}

const byShape = statementsByShape<[Params], SearchRow>();

function statementFor(db: Database, filter: SearchFilter, options: SearchOptions): Statement<[Params], SearchRow> {
  const key = [filter.lang, filter.status, filter.section, options.prefix || undefined].map((v) => (v === undefined ? '-' : '+')).join('') + (filter.state ?? '');
  return byShape(db, key, () => searchSql(filter, options));
}

/**
 * Runs a MATCH expression (built by core/search/query, never raw user text) and returns
 * the best `limit` translations among the newest `cap + 1` matches.
 */
export function searchTranslations(
  db: Database,
  match: string,
  options: SearchOptions,
  filter: SearchFilter,
  limit: number,
  cap: number,
): SearchRow[] {
  const params: Params = { match, cap: cap + 1, limit };
  if (filter.lang !== undefined) params.lang = filter.lang;
  if (filter.status !== undefined) params.status = filter.status;
  if (filter.section !== undefined) params.section = filter.section;
  return statementFor(db, filter, options).all(params);
}

/** The query plan of a search, for tests and benchmarks that check the shape holds. */
export function explainSearch(db: Database, filter: SearchFilter, options: SearchOptions): string[] {
  const rows = db.prepare<[Params], { detail: string }>(`EXPLAIN QUERY PLAN ${searchSql(filter, options)}`).all({
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
