import { analyzeToken, fold, tokenize } from './analyzer';

/**
 * Turns what a person typed into the search box into a full-text query the index can run.
 *
 * Nothing typed is ever passed through as query syntax: the text is split into words with
 * the same rules the index uses, each word is folded and stemmed like the indexed text, and
 * every term is quoted, so quotes, `AND`/`OR`/`NOT`/`NEAR`, `*`, `^`, `:`, parentheses and
 * minus signs are only ever words or separators. All words must match (AND).
 *
 * The last word also matches as the start of a longer word while it is still being typed:
 * when it runs to the end of the query (or is followed only by `*`) and has at least
 * four characters. Shorter prefixes would match too much of the index to rank quickly.
 */

/** A prefix needs at least this many characters. */
export const MIN_PREFIX_CHARS = 4;
/** More words than this only narrow the result further; the rest are ignored. */
export const MAX_TERMS = 32;

export interface MatchQuery {
  /** The FTS5 MATCH expression, or null when the text has no words to look for. */
  expression: string | null;
  /** The analyzed terms, in order (the last one possibly also used as a prefix). */
  terms: string[];
  /** The folded form matched as a prefix, if the last word is one. */
  prefix: string | null;
}

/** A term as an FTS5 string: inside double quotes only a double quote is special. */
function quote(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** True when the text's last word is still open: nothing but `*` follows it. */
function endsInWord(text: string, lastToken: string): boolean {
  const trimmed = text.replace(/\*+$/u, '');
  return trimmed.endsWith(lastToken);
}

export function buildMatchQuery(text: string): MatchQuery {
  const tokens = tokenize(text);
  if (tokens.length === 0) return { expression: null, terms: [], prefix: null };

  const last = tokens[tokens.length - 1] as string;
  const open = endsInWord(text, last);
  const kept = tokens.length > MAX_TERMS ? [...tokens.slice(0, MAX_TERMS - 1), last] : tokens;

  const terms = kept.map(analyzeToken);
  const lastFolded = fold(last);
  const prefix = open && charCount(lastFolded) >= MIN_PREFIX_CHARS ? lastFolded : null;

  const clauses: string[] = [];
  for (const term of terms.slice(0, -1)) clauses.push(quote(term));
  const lastTerm = terms[terms.length - 1] as string;
  if (prefix === null) clauses.push(quote(lastTerm));
  else if (lastTerm.startsWith(prefix)) clauses.push(`${quote(prefix)}*`);
  else clauses.push(`(${quote(lastTerm)} OR ${quote(prefix)}*)`);

  const unique = [...new Set(clauses)];
  return { expression: unique.join(' AND '), terms, prefix };
}
