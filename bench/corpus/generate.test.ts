import snowball from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';
import { SlugSchema } from '../../shared/contract';
import {
  MAX_BODY_BYTES,
  corpusStats,
  generateArticle,
  generateCorpus,
  longBody,
  rareCarriers,
  slugOf,
  type CorpusArticle,
} from './generate';
import { RARE_WORDS } from './lexicon';
import { adjective, noun } from './russian';

const OPTIONS = { seed: 'test-seed', articles: 400 };

function all(options = OPTIONS): CorpusArticle[] {
  return [...generateCorpus(options)];
}

function russianText(articles: readonly CorpusArticle[]): string {
  return articles
    .flatMap((a) => a.translations.filter((t) => t.lang === 'ru'))
    .map((t) => [t.title, t.summary, ...t.paragraphs].join('\n'))
    .join('\n');
}

/** Whole words of a text, lower-cased. */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

describe('corpus generator', () => {
  it('gives the same corpus for the same seed and size', () => {
    expect(JSON.stringify(all())).toBe(JSON.stringify(all()));
  });

  it('gives article i the same content whatever else is generated', () => {
    const a = generateArticle(OPTIONS, 123);
    expect(Array.from(generateCorpus(OPTIONS, 0, 50))).toHaveLength(50);
    expect(generateArticle(OPTIONS, 123)).toEqual(a);
  });

  it('gives another corpus for another seed', () => {
    const a = generateArticle(OPTIONS, 7);
    const b = generateArticle({ ...OPTIONS, seed: 'other' }, 7);
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
  });

  it('writes most articles in both languages and some in one, about 1.9 translations an article', () => {
    const articles = all();
    const both = articles.filter((a) => a.translations.length === 2).length;
    const ruOnly = articles.filter((a) => a.translations.length === 1 && a.translations[0]?.lang === 'ru').length;
    const enOnly = articles.filter((a) => a.translations.length === 1 && a.translations[0]?.lang === 'en').length;
    expect(both + ruOnly + enOnly).toBe(articles.length);
    expect(ruOnly).toBeGreaterThan(0);
    expect(enOnly).toBeGreaterThan(0);
    const ratio = (both * 2 + ruOnly + enOnly) / articles.length;
    expect(ratio).toBeGreaterThan(1.85);
    expect(ratio).toBeLessThan(1.95);
    for (const a of articles) expect(a.translations[0]?.lang).toBe(a.originalLang);
  });

  it('writes Russian in Cyrillic with ё and English in Latin letters', () => {
    const articles = all();
    const ru = russianText(articles);
    for (const w of ['ещё', 'её', 'всё']) expect(words(ru).has(w)).toBe(true);
    expect(ru).toMatch(/актёр|режиссёр|расчёт|отчёт|счёт/);
    const en = articles
      .flatMap((a) => a.translations.filter((t) => t.lang === 'en'))
      .map((t) => t.paragraphs.join(' '))
      .join(' ');
    expect(en).toMatch(/\bthe\b/);
    expect(en).not.toMatch(/[а-яё]{4,}/i);
  });

  it('uses many forms of the same Russian word, as search must match', () => {
    const w = words(russianText(all()));
    for (const form of ['президент', 'президента', 'президентом', 'министр', 'министра', 'министры', 'министров', 'переговоры', 'переговоров']) {
      expect(w.has(form), form).toBe(true);
    }
  });

  it('declines nouns and adjectives by the rules of Russian', () => {
    const minister = noun('министр', { animate: true });
    expect(minister.sg).toEqual({ nom: 'министр', gen: 'министра', dat: 'министру', acc: 'министра', ins: 'министром', pre: 'министре' });
    expect(minister.pl.gen).toBe('министров');
    expect(noun('посол', { animate: true, oblique: 'посл' }).sg.ins).toBe('послом');
    expect(noun('матч').sg.ins).toBe('матчем');
    expect(noun('соглашение').pl.gen).toBe('соглашений');
    expect(noun('делегация').sg.ins).toBe('делегацией');
    expect(noun('выставка', { genPl: 'выставок' }).pl.nom).toBe('выставки');
    expect(adjective('экономический').form('m', 'sg', 'ins', false)).toBe('экономическим');
    expect(adjective('новый').form('f', 'sg', 'acc', false)).toBe('новую');
  });

  it('keeps bodies between a paragraph and ~30 KB, with a spread of lengths', () => {
    const stats = corpusStats(OPTIONS);
    expect(stats.bodyBytes.max).toBeLessThanOrEqual(MAX_BODY_BYTES);
    expect(stats.bodyBytes.p50).toBeGreaterThan(2_000);
    expect(stats.bodyBytes.p95).toBeGreaterThan(stats.bodyBytes.p50 * 1.8);
    expect(stats.translations).toBe(stats.byLang.ru + stats.byLang.en);
  });

  it('fills every field the contract asks for, with valid slugs', () => {
    for (const a of all()) {
      expect(a.tags.length).toBeGreaterThan(0);
      expect(a.authors.length).toBeGreaterThan(0);
      for (const t of a.translations) {
        expect(t.title.length).toBeGreaterThan(5);
        expect(t.summary.length).toBeGreaterThan(10);
        expect(t.source.length).toBeGreaterThan(0);
        expect(t.paragraphs.length).toBeGreaterThan(0);
        expect(SlugSchema.safeParse(t.slug).success, t.slug).toBe(true);
      }
    }
    expect(slugOf('Пётр Семёнов: «Всё идёт к тому»', 35)).toBe('pyotr-semyonov-vsyo-idyot-k-tomu-z');
  });

  it('plants each rare word in exactly its number of articles, in both languages', () => {
    const articles = all();
    const carriers = rareCarriers(OPTIONS.articles);
    for (const w of RARE_WORDS) {
      const planted = articles.filter((a) => a.rare.includes(w.key));
      expect(planted.map((a) => a.index)).toEqual(carriers.get(w.key));
      expect(planted.length).toBe(w.count);
      for (const a of planted) {
        expect(a.translations.map((t) => t.lang).sort()).toEqual(['en', 'ru']);
        const ru = a.translations.find((t) => t.lang === 'ru')?.paragraphs.join(' ') ?? '';
        expect(w.ruForms.some((f) => words(ru).has(f)), ru.slice(0, 80)).toBe(true);
      }
      const elsewhere = russianText(articles.filter((a) => !a.rare.includes(w.key)));
      for (const f of w.ruForms) expect(words(elsewhere).has(f)).toBe(false);
    }
  });

  it('writes the forms of each rare word so that Snowball gives them one stem', () => {
    const ru = snowball.newStemmer('russian');
    const en = snowball.newStemmer('english');
    for (const w of RARE_WORDS) {
      expect(new Set(w.ruForms.map((f) => ru.stem(f))).size, w.key).toBe(1);
      expect(new Set(w.enForms.map((f) => en.stem(f))).size, w.key).toBe(1);
      for (const s of w.ru) expect(w.ruForms.some((f) => words(s).has(f)), s).toBe(true);
    }
  });

  it('makes long bodies near the asked size, different for each variant', () => {
    const a = longBody('s', 'ru', 30_000, 0);
    const b = longBody('s', 'ru', 30_000, 1);
    const bytes = Buffer.byteLength(a.join('\n'), 'utf8');
    expect(bytes).toBeGreaterThan(27_000);
    expect(bytes).toBeLessThanOrEqual(30_100);
    expect(a.join('\n')).not.toBe(b.join('\n'));
  });
});
