import { describe, expect, it } from 'vitest';
import type { ArticleSummary, SearchHit } from '../../../shared/contract';
import { fromArticles, fromHits } from './useArticleSearch';

const A = '0f8b6c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b';
const B = '1f8b6c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b';

function hit(articleId: string, lang: string, title: string): SearchHit {
  return { articleId, lang, title, section: 'news', status: 'published', state: 'current', staleBlocks: 0, missingBlocks: 0, snippet: [], score: -1 };
}

function article(id: string, titles: Record<string, string>, originalLang = 'ru'): ArticleSummary {
  const at = '2025-05-10T12:00:00.000Z';
  return {
    id,
    section: 'news',
    originalLang,
    updatedAt: at,
    publishedAt: null,
    deletedAt: null,
    missing: [],
    translations: Object.entries(titles).map(([lang, title]) => ({
      lang,
      title,
      status: lang === 'en' ? 'published' : 'draft',
      state: lang === originalLang ? 'original' : 'current',
      staleBlocks: 0,
      missingBlocks: 0,
      wordCount: 0,
      photoTextMissing: 0,
      updatedAt: at,
    })),
  } as ArticleSummary;
}

describe('the Add article picker', () => {
  it('lists each article once, by its best-ranked language', () => {
    const found = fromHits([hit(A, 'ru', 'Лавров'), hit(A, 'en', 'Lavrov'), hit(B, 'en', '  ')]);
    expect(found.map((c) => [c.articleId, c.title, c.lang])).toEqual([
      [A, 'Лавров', 'ru'],
      [B, 'Untitled article', 'en'],
    ]);
  });

  it('titles the newest articles in the filter’s language when they have it, else by their original', () => {
    const articles = [article(A, { ru: 'Лавров', en: 'Lavrov' }), article(B, { ru: 'Только по-русски' })];
    expect(fromArticles(articles, 'en').map((c) => [c.title, c.lang, c.status])).toEqual([
      ['Lavrov', 'en', 'published'],
      ['Только по-русски', 'ru', 'draft'],
    ]);
    expect(fromArticles(articles, '').map((c) => c.title)).toEqual(['Лавров', 'Только по-русски']);
  });
});
