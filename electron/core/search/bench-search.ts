/**
 * A micro-benchmark of search alone, for working on the search SQL (the product's numbers
 * come from `npm run bench`). It builds a seeded bilingual corpus once, then times each
 * kind of query.
 *
 *   npx tsx electron/core/search/bench-search.ts [--articles 100000] [--db FILE] [--runs 40]
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { migrate } from '../store/migrations/0001-initial';
import { explainSearch } from '../store/repositories/search';
import { registerSearchFunctions } from './analyzer';
import { searchArticles } from './service';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : fallback;
}

/** mulberry32: small, fast, seeded. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RU_STOP = 'и в не на что с по это как он к из у за от о так но для же все она то мы бы их до при'.split(' ');
const EN_STOP = 'the of and to a in is that for it on was with as by at be this from or an are his'.split(' ');
const RU_REAL = 'президент министр переговоры ёлка встреча заявление правительство война соглашение выборы презентация'.split(' ');
const EN_REAL = 'president minister talk meeting statement government agreement election border economy presentation'.split(' ');
const RU_ENDINGS = ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ами', 'ах', 'ий', 'ого', 'ому', 'ая', 'ой', 'ые', 'ых', 'ать', 'ает', 'али', 'ался'];
const EN_ENDINGS = ['', 's', 'ed', 'ing', 'er', 'ers', 'ly', 'ment', 'ments'];
const RU_C = 'бвгджзклмнпрстфхцчшщ';
const RU_V = 'аеёиоуыэюя';
const EN_C = 'bcdfghjklmnprstvwz';
const EN_V = 'aeiou';

interface Language {
  stops: string[];
  lemmas: string[];
  endings: string[];
}

/**
 * A ranked vocabulary: function words first, then made-up lemmas, with the real words this
 * benchmark asks for placed at the ranks of common newsroom words (40, 70, 100, …).
 */
function makeLemmas(random: () => number, stops: string[], real: string[], consonants: string, vowels: string, n: number): string[] {
  const seen = new Set([...stops, ...real]);
  const out = [...stops];
  while (out.length < n) {
    const slot = out.length - 40;
    if (slot >= 0 && slot % 30 === 0 && slot / 30 < real.length) {
      out.push(real[slot / 30] as string);
      continue;
    }
    const syllables = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < syllables; i++) {
      w += consonants[Math.floor(random() * consonants.length)];
      w += vowels[Math.floor(random() * vowels.length)];
    }
    w += consonants[Math.floor(random() * consonants.length)];
    if (!seen.has(w)) {
      seen.add(w);
      out.push(w);
    }
  }
  return out;
}

/** Zipf-like sampling of ranks: a cumulative table over 1/rank. */
function zipf(n: number): Float64Array {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += 1 / (i + 1);
    cdf[i] = sum;
  }
  for (let i = 0; i < n; i++) (cdf as Float64Array)[i] = (cdf[i] as number) / sum;
  return cdf;
}

function pick(cdf: Float64Array, r: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cdf[mid] as number) < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function buildCorpus(db: Database.Database, articles: number): void {
  const random = rng(42);
  const ru: Language = { stops: RU_STOP, lemmas: makeLemmas(random, RU_STOP, RU_REAL, RU_C, RU_V, 50_000), endings: RU_ENDINGS };
  const en: Language = { stops: EN_STOP, lemmas: makeLemmas(random, EN_STOP, EN_REAL, EN_C, EN_V, 50_000), endings: EN_ENDINGS };
  const lemmaCdf = zipf(50_000);
  const word = (l: Language): string => {
    const rank = pick(lemmaCdf, random());
    const lemma = l.lemmas[rank] as string;
    return rank < l.stops.length ? lemma : lemma + (l.endings[Math.floor(random() * l.endings.length)] as string);
  };
  const sentence = (l: Language, words: number): string => {
    const ws: string[] = [];
    for (let i = 0; i < words; i++) ws.push(word(l));
    const s = ws.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1) + '.';
  };
  const sections = ['news', 'politics', 'economy', 'culture', 'sport', 'opinion'];
  const statuses = ['draft', 'review', 'ready', 'published', 'published', 'published', 'archived'];
  const insertArticle = db.prepare(
    `INSERT INTO articles (id, section, original_lang, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertTranslation = db.prepare(
    `INSERT INTO translations (article_id, lang, title, summary, body, body_text, source, status, word_count, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const id = `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
      const when = new Date(Date.UTC(2015, 0, 1) + i * 3_600_000).toISOString();
      const trashed = random() < 0.01 ? when : null;
      insertArticle.run(id, sections[Math.floor(random() * sections.length)], 'ru', when, when, trashed);
      for (const [code, l] of [['ru', ru], ['en', en]] as const) {
        if (code === 'en' && random() < 0.1) continue;
        const paragraphs: string[] = [];
        const n = 3 + Math.floor(random() * 10);
        for (let p = 0; p < n; p++) {
          const sentences: string[] = [];
          const m = 2 + Math.floor(random() * 4);
          for (let s = 0; s < m; s++) sentences.push(sentence(l, 6 + Math.floor(random() * 14)));
          paragraphs.push(sentences.join(' '));
        }
        const bodyText = paragraphs.join('\n');
        const body = JSON.stringify({
          root: { type: 'root', children: paragraphs.map((t) => ({ type: 'paragraph', children: [{ type: 'text', text: t }] })) },
        });
        insertTranslation.run(
          id,
          code,
          sentence(l, 5 + Math.floor(random() * 7)).slice(0, -1),
          sentence(l, 15 + Math.floor(random() * 20)),
          body,
          bodyText,
          code === 'ru' ? 'источник: агентства' : 'source: agencies',
          statuses[Math.floor(random() * statuses.length)],
          bodyText.split(' ').length,
          when,
          when,
        );
      }
    }
  });
  const started = performance.now();
  for (let i = 0; i < articles; i += 1000) {
    batch(i, Math.min(articles, i + 1000));
    if (i % 10_000 === 0) console.log(`  ${i} articles, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  db.exec(`INSERT INTO search_index (search_index) VALUES ('optimize'); ANALYZE;`);
  console.log(`corpus built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] as number;
}

function main(): void {
  const articles = Number(arg('articles', '100000'));
  const file = arg('db', `/tmp/tandem-search-bench-${articles}.db`);
  const runs = Number(arg('runs', '40'));
  const fresh = !existsSync(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  registerSearchFunctions(db);
  if (fresh) {
    db.pragma('synchronous = OFF');
    migrate(db);
    buildCorpus(db, articles);
  }
  db.pragma('synchronous = FULL');
  db.pragma('cache_size = -262144');
  db.pragma('mmap_size = 2147483648');

  const kinds: Array<[string, string[], Record<string, string>]> = [
    ['rare word', ['бабож', 'бавелеш', 'babok'], {}],
    ['common word', ['выборами', 'talks', 'президента'], {}],
    ['two words', ['президент министр', 'president talks', 'встреча правительства'], {}],
    ['4-letter prefix', ['през', 'pres', 'мини'], {}],
    ['stopword-like', ['и', 'the', 'что'], {}],
    ['common + lang', ['президента', 'министры'], { lang: 'ru' }],
    ['common + status', ['президента', 'president'], { status: 'published' }],
    ['common + section', ['президента', 'president'], { section: 'politics' }],
  ];
  console.log(explainSearch(db, {}).join('\n'));
  console.log('kind                 p50 ms   p95 ms   hits  capped');
  for (const [kind, queries, filter] of kinds) {
    const times: number[] = [];
    let hits = 0;
    let capped = false;
    for (const query of queries) searchArticles(db, { query, limit: 20, ...filter });
    for (let r = 0; r < runs; r++) {
      for (const query of queries) {
        const t0 = performance.now();
        const out = searchArticles(db, { query, limit: 20, ...filter });
        times.push(performance.now() - t0);
        hits = out.hits.length;
        capped ||= out.capped;
      }
    }
    times.sort((a, b) => a - b);
    console.log(
      `${kind.padEnd(20)} ${percentile(times, 50).toFixed(2).padStart(6)} ${percentile(times, 95).toFixed(2).padStart(8)} ${String(hits).padStart(6)}  ${capped}`,
    );
  }
  db.close();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
