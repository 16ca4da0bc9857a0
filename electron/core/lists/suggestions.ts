import type { RelatedSuggestion } from '../../../shared/contract';
import { TandemError } from '../errors';
import { say } from '../said';
import { analyzeToken, tokenize } from '../search/analyzer';
import {
  getRelatedExclusions,
  getSourceArticle,
  getSourceTranslations,
  rankRelated,
  sampleTerms,
  storeSize,
  titlesOf,
  type SourceTranslation,
  type TermSample,
} from '../store/repositories/related';
import type { Workspace } from '../workspace';

/**
 * Related suggestions: articles that share an article's most distinctive words, in any
 * language, for the editor to accept into its Related list or dismiss. Nothing here saves.
 *
 * 1. The article's words: every translation's title, summary and body, split and stemmed
 *    exactly as the search index holds them, so a word here is a term there. Words in a
 *    title count 3 times, in a summary twice. Numbers and words of one or two letters are
 *    left out: they say little about what a piece is about.
 * 2. Which words are distinctive: for the likeliest few (`MAX_LOOKUPS`, taken in turn from
 *    each translation, names and repeated words first, function words never), how many
 *    translations in the store hold them, from the index (estimated from a sample of a
 *    common word's newest matches, so each look-up reads at most `FREQUENCY_SAMPLE`
 *    matches). A word in more than 5% of the translations is dropped, and so is one that
 *    only the article itself holds. The rest are weighed by tf-idf.
 * 3. The query: the best `MAX_QUERY_TERMS` words, taken in turn from each translation so
 *    every language the article has is asked about, each one quoted (nothing in an
 *    article's text is ever query syntax), joined by OR.
 * 4. The ranking, as search ranks: bm25 (title 10, summary 4, body 1) over the newest
 *    `RANK_CAP` matches, outside the trash, the article itself, what its Related list holds
 *    and what the desk dismissed; grouped by article (its best translation counts);
 *    archived articles (every translation archived) left out.
 *
 * A Russian piece finds an English-only one through the article's own English translation,
 * and through names written the same way in both (`NATO`, `Airbus`, `Reuters`).
 */

/** Matches ranked, newest first, as search ranks a broad query. */
export const RANK_CAP = 5_000;
/** Words asked for. More only add matches that share one minor word. */
export const MAX_QUERY_TERMS = 16;
/** Words whose frequency in the store is counted: a bound on the work per suggestion. */
export const MAX_LOOKUPS = 64;
/** A word held by more than this share of the translations says little about what a piece is about. */
const COMMON_SHARE = 0.05;
/** In a small store, a word may be held by this many translations whatever their share. */
const MIN_COMMON = 50;
/** Matches read to tell how common a word is (a rarer word is counted exactly). */
const FREQUENCY_SAMPLE = 500;

const FIELD_WEIGHTS = { title: 3, summary: 2, body: 1 } as const;
/** Characters a word needs to be worth looking for. */
const MIN_WORD_CHARS = 3;
const DIGITS = /^\p{Nd}+$/u;
const CAPITALIZED = /^\p{Lu}/u;

/**
 * Words that never say what a piece is about, left out before anything is counted (the
 * count would drop them too, but counting a word in nearly every translation costs the most).
 */
const FUNCTION_WORDS = new Set(
  [
    'about after again against also although among another because been before being between both cannot could did does doing',
    'down during each even ever every few for from further had has have having her here hers herself him himself his how however',
    'into its itself just least less many may might more most much must never nor not now off once one only other our ours out',
    'over own said same says she should since some still such than that the their theirs them then there these they this those',
    'through too two under until upon very was were what when where whether which while who whom whose why will with within',
    'without would yet you your',
    'без более больше будет будут был была были было быть вам вас весь вот все всё всего всех где даже для его ее её если есть',
    'еще ещё здесь или как какой когда кто либо между меня мне может можно над надо наш него нее неё нет них однако она они оно',
    'очень под после потом потому почти при про раз сам свой себя так также такой там тем теперь тогда того тоже только том тот',
    'три тут уже хотя чем через что чтобы эта эти это этого этой этом этот',
  ]
    .join(' ')
    .split(' ')
    .map(analyzeToken),
);

/** One term of one translation. */
interface TermUse {
  term: string;
  /** Occurrences, weighted by the field they are in. */
  weight: number;
  /** Written with a capital letter somewhere: a name, or a title's word. */
  capitalized: boolean;
}

function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function byTerm(a: { term: string }, b: { term: string }): number {
  return a.term < b.term ? -1 : a.term > b.term ? 1 : 0;
}

/** The terms of one translation, best candidates first: names and repeated words. */
function termsOf(t: SourceTranslation): TermUse[] {
  const uses = new Map<string, TermUse>();
  const add = (text: string, weight: number): void => {
    for (const token of tokenize(text)) {
      if (DIGITS.test(token) || charCount(token) < MIN_WORD_CHARS) continue;
      const term = analyzeToken(token);
      if (FUNCTION_WORDS.has(term)) continue;
      const use = uses.get(term);
      const capitalized = CAPITALIZED.test(token);
      if (use === undefined) uses.set(term, { term, weight, capitalized });
      else {
        use.weight += weight;
        use.capitalized ||= capitalized;
      }
    }
  };
  add(t.title, FIELD_WEIGHTS.title);
  add(t.summary, FIELD_WEIGHTS.summary);
  add(t.bodyText, FIELD_WEIGHTS.body);
  const ranked = [...uses.values()].map((u) => ({ use: u, prior: (1 + Math.log(u.weight)) * (u.capitalized ? 2 : 1) }));
  ranked.sort((a, b) => b.prior - a.prior || byTerm(a.use, b.use));
  return ranked.map((r) => r.use);
}

/** Up to `max` distinct items, taken in turn from each list. */
function interleave<T>(lists: readonly (readonly T[])[], key: (item: T) => string, max: number): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest && out.length < max; i++) {
    for (const list of lists) {
      const item = list[i];
      if (item === undefined) continue;
      const k = key(item);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(item);
      if (out.length >= max) break;
    }
  }
  return out;
}

/** A term as an FTS5 string: inside double quotes only a double quote is special. */
function quote(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/**
 * How many translations hold a term. Under the sample size, the count itself; otherwise
 * the density of its newest matches (how many among the rowids they span) over every
 * rowid. The newest translations are the ones the ranking walks, so that is the density
 * that matters.
 */
function estimateFrequency(sample: TermSample | undefined, newestSeq: number): number {
  if (sample === undefined || sample.matches === 0) return 0;
  if (sample.matches < FREQUENCY_SAMPLE) return sample.matches;
  const span = Math.max(1, newestSeq - sample.oldestSeq + 1);
  return (sample.matches * Math.max(newestSeq, span)) / span;
}

/**
 * The article's most distinctive terms, best first, taken in turn from each translation.
 * Empty when it has no words, or none that another translation in the store shares.
 */
export function distinctiveTerms(db: Workspace['db'], translations: readonly SourceTranslation[]): string[] {
  const perTranslation = translations.map(termsOf).filter((l) => l.length > 0);
  if (perTranslation.length === 0) return [];

  const candidates = interleave(perTranslation, (u) => u.term, MAX_LOOKUPS).map((u) => u.term);
  const { documents, newestSeq } = storeSize(db);
  const common = Math.max(MIN_COMMON, documents * COMMON_SHARE);
  const samples = sampleTerms(db, candidates.map(quote), FREQUENCY_SAMPLE);
  const df = new Map(candidates.map((term, i) => [term, estimateFrequency(samples[i], newestSeq)]));
  // The article's own translations are in the index: a term must be held by some other.
  const own = new Map<string, number>();
  for (const list of perTranslation) for (const u of list) own.set(u.term, (own.get(u.term) ?? 0) + 1);

  const ranked = perTranslation.map((list) =>
    list
      .flatMap((u) => {
        const n = df.get(u.term);
        if (n === undefined || n >= common || n <= (own.get(u.term) ?? 0)) return [];
        return [{ term: u.term, score: (1 + Math.log(u.weight)) * Math.log((documents + 1) / n) }];
      })
      .sort((a, b) => b.score - a.score || byTerm(a, b)),
  );
  return interleave(ranked, (x) => x.term, MAX_QUERY_TERMS).map((x) => x.term);
}

/**
 * Up to `limit` articles related to this one by their words, best first. Unknown article:
 * `not_found`. An article with no words (or none another piece shares): no suggestions.
 */
export function relatedSuggestions(ws: Pick<Workspace, 'db'>, input: { articleId: string; limit: number }): { items: RelatedSuggestion[] } {
  const { db } = ws;
  const limit = Math.max(1, Math.floor(input.limit));
  return db.transaction(() => {
    const article = getSourceArticle(db, input.articleId);
    if (article === null) {
      throw new TandemError('not_found', say('core.lists.articleNotFound'));
    }
    const terms = distinctiveTerms(db, getSourceTranslations(db, article.id));
    if (terms.length === 0) return { items: [] };

    const { listed, dismissed } = getRelatedExclusions(db, article.id);
    const excluded = [...new Set([article.id, ...listed, ...dismissed])];
    const match = terms.map(quote).join(' OR ');
    // An article has a translation per language in the index, and some may be archived:
    // group a few more matches than asked for, and all of them when that was not enough.
    const pool = 4 * limit + 20;
    let rows = rankRelated(db, match, excluded, { cap: RANK_CAP, pool, limit });
    const first = rows[0];
    if (rows.length < limit && (first === undefined || first.pooled >= pool)) {
      rows = rankRelated(db, match, excluded, { cap: RANK_CAP, pool: RANK_CAP, limit });
    }

    const titles = new Map<string, Record<string, string>>();
    for (const t of titlesOf(db, rows.map((r) => r.articleId))) {
      const byLang = titles.get(t.articleId) ?? {};
      byLang[t.lang] = t.title;
      titles.set(t.articleId, byLang);
    }
    return {
      items: rows.map((r) => ({ articleId: r.articleId, titles: titles.get(r.articleId) ?? {}, section: r.section, score: -r.score })),
    };
  })();
}
