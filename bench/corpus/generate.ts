/**
 * A deterministic corpus of bilingual news articles: the same seed and size always give
 * the same articles. Article i is generated from its own random stream, so articles can be
 * produced one at a time, in any order, without holding the corpus in memory.
 *
 * Shape (at any size): about 90% of articles in both languages, 6% Russian only, 4%
 * English only (100k articles ≈ 190k translations); four desks; bodies of a few
 * paragraphs to ~30 KB; a long tail of rare names (people, companies, towns); planted
 * rare words with a known number of carriers.
 */
import type { Status } from '../../shared/domain/status';
import { AUTHORS, DESK, DESKS, RARE_WORDS, type DeskId, type Thing } from './lexicon';
import { pickCity, rareCompany, rarePerson } from './names';
import { Rng } from './random';
import { cap, headline, newCast, paragraph, quoteParagraph, summary, type Pair, type Scene } from './text';

/** Bumped whenever the generator's output changes, so a stored corpus is not reused by mistake. */
export const GENERATOR_VERSION = 3;
export const DEFAULT_SEED = 'tandem-1';

export type CorpusLang = 'ru' | 'en';

export interface CorpusTranslation {
  readonly lang: CorpusLang;
  readonly title: string;
  readonly summary: string;
  readonly paragraphs: readonly string[];
  readonly source: string;
  readonly slug: string;
  readonly status: Status;
}

export interface CorpusArticle {
  readonly index: number;
  readonly desk: DeskId;
  /** A section of a new workspace: the desk's own, or the general news section. */
  readonly section: string;
  readonly tags: readonly string[];
  readonly authors: readonly string[];
  readonly originalLang: CorpusLang;
  /** When the piece went out (ISO), or null if no language is published. */
  readonly publishedAt: string | null;
  /** The original language first. */
  readonly translations: readonly CorpusTranslation[];
  /** Keys of the rare words planted in this article. */
  readonly rare: readonly string[];
}

export interface CorpusOptions {
  readonly seed: string;
  readonly articles: number;
}

/** The largest body: UTF-8 bytes of the body text. */
export const MAX_BODY_BYTES = 30_000;

/** Which articles carry which rare word: evenly spread, a different offset per word. */
export function rareCarriers(articles: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const W = RARE_WORDS.length;
  RARE_WORDS.forEach((w, wi) => {
    const count = Math.min(w.count, articles);
    const set = new Set<number>();
    for (let k = 0; k < count; k++) set.add(Math.min(articles - 1, Math.floor(((k + (wi + 1) / (W + 2)) * articles) / count)));
    out.set(w.key, [...set].sort((a, b) => a - b));
  });
  return out;
}

const carrierCache = new Map<number, Map<number, string[]>>();
function rareAt(articles: number, index: number): string[] {
  let byIndex = carrierCache.get(articles);
  if (!byIndex) {
    byIndex = new Map();
    for (const [key, list] of rareCarriers(articles)) {
      for (const i of list) byIndex.set(i, [...(byIndex.get(i) ?? []), key]);
    }
    carrierCache.clear();
    carrierCache.set(articles, byIndex);
  }
  return byIndex.get(index) ?? [];
}

const TRANSLIT: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** A slug from a title: Latin letters, digits and single hyphens; made unique by the article number. */
export function slugOf(title: string, index: number): string {
  const words: string[] = [];
  for (const raw of title.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    let w = '';
    for (const ch of raw) w += TRANSLIT[ch] ?? ch;
    w = w.normalize('NFKD').replace(/[^a-z0-9]/g, '');
    if (w) words.push(w);
    if (words.length === 6) break;
  }
  words.push(index.toString(36));
  return words.join('-');
}

const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');

/** How long this article's body is to be, in UTF-8 bytes of its longer language. */
function bodyTarget(rng: Rng): number {
  if (rng.chance(0.02)) return rng.int(20_000, MAX_BODY_BYTES);
  const t = Math.round(6_000 * Math.exp(0.6 * rng.normal()));
  return Math.max(1_200, Math.min(MAX_BODY_BYTES, t));
}

function originalStatus(rng: Rng): Status {
  return rng.weighted<Status>([
    ['published', 72],
    ['ready', 6],
    ['review', 6],
    ['draft', 10],
    ['archived', 6],
  ]);
}

function translationStatus(rng: Rng, original: Status): Status {
  if (original === 'published' || original === 'archived') {
    return rng.weighted<Status>([
      [original, 80],
      ['ready', 8],
      ['review', 5],
      ['draft', 7],
    ]);
  }
  return rng.weighted<Status>([
    ['draft', 60],
    ['review', 30],
    ['ready', 10],
  ]);
}

/** Bodies in both languages, built from the same sentences, until the target length. */
function bodies(sc: Scene, target: number, rare: readonly string[]): { ru: string[]; en: string[] } {
  const ru: string[] = [];
  const en: string[] = [];
  let ruBytes = 0;
  let enBytes = 0;
  const add = (p: Pair): boolean => {
    const rb = utf8(p.ru) + 1;
    const eb = utf8(p.en) + 1;
    if (ru.length > 0 && Math.max(ruBytes + rb, enBytes + eb) > MAX_BODY_BYTES) return false;
    ru.push(p.ru);
    en.push(p.en);
    ruBytes += rb;
    enBytes += eb;
    return true;
  };
  add(paragraph(sc));
  while (Math.max(ruBytes, enBytes) < target) {
    const r = sc.rng.next();
    let p: Pair;
    if (r < 0.15) p = quoteParagraph(sc);
    else if (r < 0.19 && ru.length > 2) {
      const h = sc.rng.pick(sc.desk.headings);
      p = { ru: h.ru, en: h.en };
    } else p = paragraph(sc);
    if (!add(p)) break;
  }
  for (const key of rare) {
    const word = RARE_WORDS.find((w) => w.key === key);
    if (!word) continue;
    const at = sc.rng.int(0, ru.length - 1);
    const rs = ' ' + sc.rng.pick(word.ru);
    const es = ' ' + sc.rng.pick(word.en);
    ru[at] += rs;
    en[at] += es;
  }
  return { ru, en };
}

function scene(rng: Rng, desk: DeskId, year: number, month: number): Scene {
  const d = DESK[desk];
  const hero = newCast(rng, d.roles);
  let other = newCast(rng, d.roles);
  for (let i = 0; i < 4 && other.person === hero.person; i++) other = newCast(rng, d.roles);
  if (rng.chance(0.5)) {
    const person = rarePerson(rng);
    other = { person, role: rng.pick(d.roles.filter((r) => !r.only || r.only === person.gender)), mentioned: false };
  }
  const company = desk === 'economy' ? 0.4 : 0.1;
  const nThings = rng.int(2, 3);
  const things: Thing[] = [];
  for (let i = 0; i < nThings; i++) things.push(rng.pick(d.things));
  return {
    rng,
    desk: d,
    hero,
    other,
    org: rng.chance(company) ? rareCompany(rng) : rng.pick(d.orgs),
    city: pickCity(rng),
    things,
    metric: rng.pick(d.metrics),
    year,
    month,
  };
}

/** Where each desk's pieces go in a new workspace (its default sections). */
export const DESK_SECTION: Readonly<Record<DeskId, string>> = {
  diplomacy: 'politics',
  economy: 'economy',
  culture: 'culture',
  sport: 'sport',
};

/** The corpus spans these years, oldest article first. */
const START = Date.UTC(2018, 0, 8, 6, 0, 0);
const SPAN_MS = 7 * 365 * 24 * 3600 * 1000;

export function generateArticle(options: CorpusOptions, index: number): CorpusArticle {
  const rng = new Rng(`${options.seed}:${GENERATOR_VERSION}:${index}`);
  const rare = rareAt(options.articles, index);
  const desk = rng.weighted<DeskId>([
    ['diplomacy', 35],
    ['economy', 30],
    ['culture', 20],
    ['sport', 15],
  ]);
  const section = rng.chance(0.15) ? 'news' : DESK_SECTION[desk];
  const l = rng.next();
  const langs: CorpusLang[] = rare.length > 0 || l >= 0.1 ? ['ru', 'en'] : l < 0.06 ? ['ru'] : ['en'];
  const originalLang: CorpusLang = langs.length === 1 ? (langs[0] as CorpusLang) : rng.chance(0.7) ? 'ru' : 'en';
  if (originalLang === 'en' && langs.length === 2) langs.reverse();

  const spread = options.articles > 1 ? index / (options.articles - 1) : 0;
  const at = new Date(Math.floor((START + spread * SPAN_MS) / 1000) * 1000 + rng.int(0, 6 * 3600) * 1000);
  const sc = scene(rng, desk, at.getUTCFullYear(), at.getUTCMonth());

  const title = headline(sc);
  sc.hero.mentioned = false;
  const dek = summary(sc);
  sc.hero.mentioned = false;
  sc.other.mentioned = false;
  const body = bodies(sc, bodyTarget(rng), rare);
  const source = rng.pick(sc.desk.sources);
  const tags = new Set<string>();
  const nTags = rng.int(1, 3);
  while (tags.size < nTags) tags.add(rng.pick(sc.desk.tags));
  const authors = rng.chance(0.8) ? [rng.pick(AUTHORS)] : rng.pickTwo(AUTHORS);

  const first = originalStatus(rng);
  const translations = langs.map((lang, i): CorpusTranslation => {
    const status = i === 0 ? first : translationStatus(rng, first);
    const t = lang === 'ru' ? title.ru : title.en;
    return {
      lang,
      title: cap(t),
      summary: lang === 'ru' ? dek.ru : dek.en,
      paragraphs: lang === 'ru' ? body.ru : body.en,
      source: lang === 'ru' ? source.ru : source.en,
      slug: slugOf(t, index),
      status,
    };
  });
  const published = translations.some((t) => t.status === 'published' || t.status === 'archived');
  return {
    index,
    desk,
    section,
    tags: [...tags],
    authors,
    originalLang,
    publishedAt: published ? at.toISOString() : null,
    translations,
    rare,
  };
}

export function* generateCorpus(options: CorpusOptions, from = 0, to = options.articles): Generator<CorpusArticle> {
  for (let i = from; i < to; i++) yield generateArticle(options, i);
}

/**
 * A long body (~`bytes` UTF-8 bytes) for save measurements. `edit` changes one sentence
 * while keeping the length, as an editor's keystrokes do, so each save really rewrites
 * the index with text the analyzer has not seen.
 */
export function longBody(seed: string, lang: CorpusLang, bytes: number, edit: number): string[] {
  const rng = new Rng(`${seed}:long:${lang}`);
  const sc = scene(rng, 'diplomacy', 2025, 2);
  const mark = lang === 'ru' ? `Правка номер ${edit}.` : `Edit number ${edit}.`;
  const out: string[] = [];
  let size = utf8(mark) + 1;
  for (;;) {
    const p = paragraph(sc);
    const text = lang === 'ru' ? p.ru : p.en;
    const b = utf8(text) + 1;
    if (size + b > bytes) break;
    out.push(text);
    size += b;
  }
  const at = edit % out.length;
  out[at] = `${out[at] ?? ''} ${mark}`;
  return out;
}

export interface CorpusStats {
  articles: number;
  translations: number;
  byLang: Record<CorpusLang, number>;
  byDesk: Record<DeskId, number>;
  bodyBytes: { total: number; p50: number; p95: number; max: number };
  withYo: number;
}

/** Counts for a report (reads the whole corpus once). */
export function corpusStats(options: CorpusOptions): CorpusStats {
  const sizes: number[] = [];
  const byLang: Record<CorpusLang, number> = { ru: 0, en: 0 };
  const byDesk = Object.fromEntries(DESKS.map((d) => [d, 0])) as Record<DeskId, number>;
  let withYo = 0;
  let total = 0;
  for (const a of generateCorpus(options)) {
    byDesk[a.desk]++;
    for (const t of a.translations) {
      byLang[t.lang]++;
      const text = t.paragraphs.join('\n');
      const b = utf8(text);
      sizes.push(b);
      total += b;
      if (text.includes('ё')) withYo++;
    }
  }
  sizes.sort((a, b) => a - b);
  const at = (q: number) => sizes[Math.min(sizes.length - 1, Math.floor(q * sizes.length))] ?? 0;
  return {
    articles: options.articles,
    translations: sizes.length,
    byLang,
    byDesk,
    bodyBytes: { total, p50: at(0.5), p95: at(0.95), max: sizes[sizes.length - 1] ?? 0 },
    withYo,
  };
}
