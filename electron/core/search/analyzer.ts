import type { Database } from 'better-sqlite3';
import snowball from 'snowball-stemmers';
import { TOKEN_CHAR_RANGES } from './token-chars';

/**
 * Text analysis for search, shared by indexing and querying so both sides agree.
 *
 * A token is exactly what SQLite's `unicode61` tokenizer calls one (the character set is
 * taken from SQLite itself, see token-chars.ts): mostly runs of letters and digits, but
 * SQLite's Unicode tables are older than JavaScript's, so a few thousand characters
 * (newer letters and symbols, some combining marks, signs such as ₼) are classed its way,
 * not by `\p{L}`. `searchText` turns every token into exactly one folded, stemmed token,
 * so positions in the index line up with positions in the original text and `snippet()`
 * highlights the words the author wrote.
 *
 * Folding: lower case, `ё`→`е`, `İ`→`i`. Stemming: Snowball, Russian for Cyrillic words,
 * English for Latin words; other scripts are only folded.
 */

/**
 * Changes whenever the analyzer would turn some text into different terms (tokenizer,
 * folding, stemmer). An index built by another version must be rebuilt
 * (`rebuildSearchIndex`), or removing old rows from it would remove the wrong terms.
 */
export const ANALYZER_VERSION = 2;

// Made when loaded, and marked pure so that a bundle which loads this module without
// searching (the export's render thread) leaves them, and the stemmers, out.
const hex = (cp: number): string => `\\u{${cp.toString(16)}}`;
const TOKEN_CLASS = /* @__PURE__ */ TOKEN_CHAR_RANGES.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
const TOKEN = /* @__PURE__ */ new RegExp(`[${TOKEN_CLASS}]+`, 'gu');
const ONE_TOKEN = /* @__PURE__ */ new RegExp(`^[${TOKEN_CLASS}]+$`, 'u');
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /^[a-z]+$/;

const russian = /* @__PURE__ */ snowball.newStemmer('russian');
const english = /* @__PURE__ */ snowball.newStemmer('english');

/** Lower case, `ё`→`е`; the dotted capital `İ` (Azerbaijani, Turkish) becomes a plain `i`. */
export function fold(word: string): string {
  return word.replaceAll('İ', 'i').toLowerCase().replaceAll('ё', 'е');
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
  // One token in, one token out, whatever case mapping did to an exotic character.
  if (!ONE_TOKEN.test(stem)) stem = ONE_TOKEN.test(folded) ? folded : token;
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
