import type { Database } from 'better-sqlite3';
import type { ParsedInput, SearchHit, SearchOutput, SnippetPart } from '../../../shared/contract';
import { STATUSES, type Status } from '../../../shared/domain/status';
import {
  SNIPPET_CLOSE,
  SNIPPET_OPEN,
  rebuildSearchIndex as rebuildIndex,
  searchTranslations,
} from '../store/repositories/search';
import { shownCounts, translationState } from '../articles/compose';
import { buildMatchQuery } from './query';

/**
 * Search over every language of every article not in the trash.
 *
 * A broad query is ranked over its newest RANK_CAP matches only: bm25 costs time for every
 * match it scores, and past a few thousand matches a person refines the query rather than
 * reads on. The answer says so (`capped`), so the interface can suggest narrowing it.
 */
export const RANK_CAP = 5_000;

/** Splits snippet text at its markers into plain runs; nothing in it is ever markup. */
export function parseSnippet(raw: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let start = 0;
  const push = (end: number): void => {
    if (end <= start) return;
    const text = raw.slice(start, end);
    const prev = parts[parts.length - 1];
    if (prev && prev.match === match) prev.text += text;
    else parts.push({ text, match });
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c !== SNIPPET_OPEN && c !== SNIPPET_CLOSE) continue;
    push(i);
    start = i + 1;
    match = c === SNIPPET_OPEN;
  }
  push(raw.length);
  return parts;
}

function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

export function searchArticles(db: Database, input: ParsedInput<'search'>): SearchOutput {
  const { expression, prefix } = buildMatchQuery(input.query);
  if (expression === null) return { hits: [], capped: false };

  const rows = searchTranslations(
    db,
    expression,
    { prefix: prefix !== null },
    { lang: input.lang, status: input.status, section: input.section, state: input.state },
    input.limit,
    RANK_CAP,
  );
  const hits: SearchHit[] = [];
  for (const row of rows) {
    if (!isStatus(row.status)) continue;
    hits.push({
      articleId: row.articleId,
      lang: row.lang,
      title: row.title,
      section: row.section,
      status: row.status,
      state: translationState(row.lang, row.originalLang, row),
      ...shownCounts(row.lang, row.originalLang, row),
      snippet: parseSnippet(row.snippet),
      score: row.score,
    });
  }
  return { hits, capped: (rows[0]?.ranked ?? 0) > RANK_CAP };
}

/**
 * Empties the search index and rebuilds it from every translation with the current
 * analyzer (after a change of stemmer or folding rules), in one transaction.
 */
export function rebuildSearchIndex(db: Database): void {
  rebuildIndex(db);
}
