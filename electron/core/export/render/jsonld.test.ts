import { describe, expect, it } from 'vitest';
import { articlePageEn, articlePageRu } from './fixtures';
import { articleJsonLd } from './jsonld';
import { scriptJson } from './scriptJson';

describe('articleJsonLd', () => {
  it('describes the article as a schema.org NewsArticle', () => {
    const m = articlePageRu();
    expect(JSON.parse(articleJsonLd(m))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: m.title,
      description: m.summary,
      inLanguage: 'ru',
      url: m.url,
      mainEntityOfPage: m.url,
      datePublished: '2017-11-20T09:30:00.000Z',
      dateModified: '2017-11-20T12:05:00.000Z',
      articleSection: 'Новости',
      keywords: ['Карабах', 'ОБСЕ', 'Лавров'],
      wordCount: 412,
      image: m.lead?.url,
      author: [
        { '@type': 'Person', name: 'Анна Петрова' },
        { '@type': 'Person', name: 'Rashad Aliyev' },
      ],
      publisher: { '@type': 'Organization', name: 'Тандем: новости', url: 'https://news.example.org/' },
    });
  });

  it('leaves out what the article does not have', () => {
    const ld = JSON.parse(articleJsonLd({ ...articlePageEn(), lead: null, publishedAt: null, tags: [], summary: '' })) as Record<string, unknown>;
    expect(Object.keys(ld)).toEqual(['@context', '@type', 'headline', 'inLanguage', 'url', 'mainEntityOfPage', 'dateModified', 'articleSection', 'wordCount', 'publisher']);
  });

  it('cannot close its script element', () => {
    const title = '</script><script>alert(1)</script> <!-- & \u2028\u2029';
    const text = articleJsonLd({ ...articlePageRu(), title });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect((JSON.parse(text) as { headline: string }).headline).toBe(title);
  });
});

describe('scriptJson', () => {
  it('parses back to the same value', () => {
    const value = { a: '<b>&amp;</b>', n: [1, 2.5, null, true], s: '\u2028' };
    expect(JSON.parse(scriptJson(value))).toEqual(value);
    expect(scriptJson('<')).toBe('"\\u003c"');
  });
});
