import type { Database } from 'better-sqlite3';
import snowball from 'snowball-stemmers';

/**
 * Text analysis for search, shared by indexing and querying so both sides agree.
 *
 * A token is what SQLite's `unicode61` tokenizer calls one: a run of letters, digits,
 * private-use characters and combining marks. `searchText` turns every token into exactly
 * one folded, stemmed token, so positions in the index line up with positions in the
 * original text and `snippet()` highlights the words the author wrote.
 *
 * Folding: lower case, `ё`→`е`. Stemming: Snowball, Russian for Cyrillic words, English
 * for Latin words; other scripts are only folded.
 */
const TOKEN = /[\p{L}\p{N}\p{Co}\p{Mn}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /^[a-z]+$/;

const russian = snowball.newStemmer('russian');
const english = snowball.newStemmer('english');

export function fold(word: string): string {
  return word.toLowerCase().replaceAll('ё', 'е');
}

/** Stems by word form are memoized: newsroom text repeats its words a great deal. */
const MEMO_LIMIT = 200_000;
const memo = new Map<string, string>();

/** One token in, one folded and stemmed token out. */
export function analyzeToken(token: string): string {
  const cached = memo.get(token);
  if (cached !== undefined) return cached;
  const folded = fold(token);
  let stem = folded;
  if (CYRILLIC.test(folded)) stem = russian.stem(folded) || folded;
  else if (LATIN.test(folded)) stem = english.stem(folded) || folded;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(token, stem);
  return stem;
}

/** The tokens of a text, as unicode61 splits it. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * The text the index is fed: the analyzed tokens separated by spaces. Recent results are
 * kept, because an update re-analyzes the old text to remove it from the index.
 */
const recent = new Map<string, string>();
const RECENT_LIMIT = 64;

export function searchText(text: string): string {
  if (text.length === 0) return '';
  const hit = recent.get(text);
  if (hit !== undefined) return hit;
  let out = '';
  for (const m of text.matchAll(TOKEN)) {
    out += (out ? ' ' : '') + analyzeToken(m[0]);
  }
  if (text.length > 256) {
    if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
    recent.set(text, out);
  }
  return out;
}

/** Registers the SQL functions the schema's search triggers call. Every open must do this. */
export function registerSearchFunctions(db: Database): void {
  db.function('tandem_search_text', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? searchText(text) : '',
  );
}
