import { cachedStatements, type Db } from '../db';
import { BM25_WEIGHTS } from './search';

/**
 * All SQL of related suggestions: the article's own words, how many translations hold
 * each word (its document frequency), the ranking of the articles sharing its most
 * distinctive words, and what its Related list already holds or turned down.
 *
 * How many translations hold a term is estimated from the index itself, reading a bounded
 * part of the term's match list: its newest `sample` matches and the range of rowids they
 * span. A term with fewer matches is counted exactly; a common one is known from its
 * density among the newest translations (which are the ones the ranking walks), without
 * reading all of its matches. `fts5vocab` counts every match, which for a common word at
 * 100k articles took 57–228 ms; a sample of 500 takes ~0.15 ms whatever the word.
 *
 * The ranking runs like search: it walks the matches newest first, leaving out the trash
 * and the articles the caller excludes, computes bm25 for each and stops after `cap`; the
 * best `pool` of those are grouped by article (an article has a translation per language
 * in the index), archived articles are left out, and the best `limit` articles remain.
 */

/** The article a suggestion is for, without its translations. */
export interface SourceArticle {
  id: string;
  section: string;
  deletedAt: string | null;
}

/** The words of one of its translations, as stored. */
export interface SourceTranslation {
  lang: string;
  title: string;
  summary: string;
  bodyText: string;
}

export interface StoreSize {
  /** Translations in the store (each is a row of the index). */
  documents: number;
  newestSeq: number;
}

export interface TermSample {
  /** Matches read: at most the sample size. */
  matches: number;
  /** The oldest rowid among them (0 when there were none). */
  oldestSeq: number;
}

export interface RankedArticle {
  articleId: string;
  section: string;
  /** bm25 of its best translation: lower is more related. */
  score: number;
  /** How many matches were ranked before grouping (`cap` means there may have been more). */
  ranked: number;
  /** How many of them were grouped (`pool`). */
  pooled: number;
}

export interface TitleRow {
  articleId: string;
  lang: string;
  title: string;
}

type RankParams = { match: string; excluded: string; cap: number; pool: number; limit: number };

const WEIGHTS = BM25_WEIGHTS.join(', ');

const RANK_SQL = `
  WITH excluded_seqs AS MATERIALIZED (
    SELECT xt.seq FROM json_each(:excluded) AS x CROSS JOIN translations AS xt ON xt.article_id = x.value
  ),
  ranked AS MATERIALIZED (
    SELECT search_index.rowid AS seq, bm25(search_index, ${WEIGHTS}) AS score
    FROM search_index
    WHERE search_index MATCH :match
      AND search_index.rowid NOT IN (
        SELECT dt.seq FROM articles AS da JOIN translations AS dt ON dt.article_id = da.id
        WHERE da.deleted_at IS NOT NULL)
      AND search_index.rowid NOT IN (SELECT seq FROM excluded_seqs)
    ORDER BY search_index.rowid DESC
    LIMIT :cap
  ),
  top AS MATERIALIZED (
    SELECT seq, score FROM ranked ORDER BY score, seq DESC LIMIT :pool
  ),
  best AS MATERIALIZED (
    SELECT t.article_id AS article_id, min(top.score) AS score
    FROM top CROSS JOIN translations AS t ON t.seq = top.seq
    GROUP BY t.article_id
  )
  SELECT best.article_id AS articleId, a.section AS section, best.score AS score,
         (SELECT count(*) FROM ranked) AS ranked, (SELECT count(*) FROM top) AS pooled
  FROM best CROSS JOIN articles AS a ON a.id = best.article_id
  WHERE EXISTS (
    SELECT 1 FROM translations AS live INDEXED BY translations_by_article_status
    WHERE live.article_id = best.article_id AND live.status <> 'archived')
  ORDER BY best.score, best.article_id
  LIMIT :limit`;

const statements = cachedStatements((db) => ({
  article: db.prepare<[string], { id: string; section: string; deletedAt: string | null }>(
    'SELECT id, section, deleted_at AS deletedAt FROM articles WHERE id = ?',
  ),
  translations: db.prepare<[string], SourceTranslation>(
    `SELECT lang, title, summary, body_text AS bodyText FROM translations WHERE article_id = ? ORDER BY lang`,
  ),
  relatedItems: db.prepare<[string], string>(
    `SELECT li.article_id FROM lists AS l JOIN list_items AS li ON li.list_id = l.id
     WHERE l.kind = 'related' AND l.article_id = ?`,
  ).pluck(),
  dismissed: db.prepare<[string], string>(`SELECT dismissed FROM lists WHERE kind = 'related' AND article_id = ?`).pluck(),
  // Two subqueries: each alone is answered without a scan (a count of the b-tree, one seek).
  size: db.prepare<[], StoreSize>(
    'SELECT (SELECT count(*) FROM translations) AS documents, ifnull((SELECT max(seq) FROM translations), 0) AS newestSeq',
  ),
  sample: db.prepare<[string, number], TermSample>(
    `SELECT count(*) AS matches, ifnull(min(rowid), 0) AS oldestSeq
     FROM (SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?)`,
  ),
  rank: db.prepare<[RankParams], RankedArticle>(RANK_SQL),
  titles: db.prepare<[string], TitleRow>(
    `SELECT t.article_id AS articleId, t.lang AS lang, t.title AS title
     FROM json_each(?) AS x CROSS JOIN translations AS t ON t.article_id = x.value
     ORDER BY t.article_id, t.lang`,
  ),
}));

/** The article, or null when there is none with this id. */
export function getSourceArticle(db: Db, articleId: string): SourceArticle | null {
  return statements(db).article.get(articleId) ?? null;
}

/** Every translation of the article, with the text search indexes (title, summary, body). */
export function getSourceTranslations(db: Db, articleId: string): SourceTranslation[] {
  return statements(db).translations.all(articleId);
}

/** The articles the article's Related list holds and the suggestions it turned down. */
export function getRelatedExclusions(db: Db, articleId: string): { listed: string[]; dismissed: string[] } {
  const s = statements(db);
  const listed = s.relatedItems.all(articleId);
  const raw = s.dismissed.get(articleId);
  return { listed, dismissed: raw === undefined ? [] : idArray(raw) };
}

function idArray(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** How many translations the index holds, and the newest one's rowid. */
export function storeSize(db: Db): StoreSize {
  return statements(db).size.get() ?? { documents: 0, newestSeq: 0 };
}

/**
 * For each MATCH expression (a single quoted term): how many of its newest `sample` matches
 * there are, and the oldest rowid among them.
 */
export function sampleTerms(db: Db, expressions: readonly string[], sample: number): TermSample[] {
  const statement = statements(db).sample;
  return expressions.map((e) => statement.get(e, sample) ?? { matches: 0, oldestSeq: 0 });
}

/**
 * The best `limit` articles for a MATCH expression (built by core/lists/suggestions, never
 * raw text), among its newest `cap` matches outside the trash and `excluded`, grouped from
 * the best `pool` matches, archived articles left out.
 */
export function rankRelated(
  db: Db,
  match: string,
  excluded: readonly string[],
  options: { cap: number; pool: number; limit: number },
): RankedArticle[] {
  return statements(db).rank.all({ match, excluded: JSON.stringify(excluded), ...options });
}

/** The title of every translation of these articles. */
export function titlesOf(db: Db, articleIds: readonly string[]): TitleRow[] {
  if (articleIds.length === 0) return [];
  return statements(db).titles.all(JSON.stringify(articleIds));
}

/** The query plan of the ranking, for tests that check its shape holds. */
export function explainRelated(db: Db): string[] {
  return db
    .prepare<[RankParams], { detail: string }>(`EXPLAIN QUERY PLAN ${RANK_SQL}`)
    .all({ match: 'x', excluded: '[]', cap: 1, pool: 1, limit: 1 })
    .map((r) => r.detail);
}
