import { describe, expect, it } from 'vitest';
import type { ImportSummary, Section } from '../../../shared/contract';
import { setUiLanguage } from '../../i18n/instance';
import { importSummaryLines } from './importSummary';

const SECTIONS: Section[] = [
  { id: 'news', names: { ru: 'Новости', en: 'News' } },
  { id: 'sport', names: { ru: 'Спорт', en: 'Sport' } },
];

const markdown: ImportSummary = {
  kind: 'markdown',
  articles: 2,
  translations: [
    { lang: 'ru', count: 2 },
    { lang: 'en', count: 1 },
  ],
  lists: [
    { name: "Editor's choice", items: 1 },
    { name: 'Popular', items: 0 },
  ],
  sections: ['sport'],
  images: 0,
  warnings: [],
};

describe('the import summary', () => {
  it('says the articles with their languages, the sections added and the lists that changed', () => {
    expect(importSummaryLines(markdown, SECTIONS)).toEqual([
      'Imported 2 articles (ru 2, en 1).',
      'Sections added: Sport.',
      "Editor's choice now holds 1 imported article.",
    ]);
  });

  it('says one article in the singular, and nothing of lists or sections untouched', () => {
    const one: ImportSummary = { ...markdown, articles: 1, translations: [{ lang: 'ru', count: 1 }], lists: [], sections: [] };
    expect(importSummaryLines(one, SECTIONS)).toEqual(['Imported 1 article (ru 1).']);
  });

  it('tells a bundle’s images, sections and restored lists', () => {
    const bundle: ImportSummary = { ...markdown, kind: 'bundle', images: 3, sections: ['news', 'culture'], lists: [{ name: 'Popular', items: 1 }] };
    expect(importSummaryLines(bundle, SECTIONS)).toEqual([
      'Imported 2 articles (ru 2, en 1).',
      '3 images were added to the library.',
      'Sections: News, culture.',
      'Lists restored: Popular (1 item).',
    ]);
  });

  it('says it in Russian, with Russian plurals and the sections’ Russian names', async () => {
    await setUiLanguage('ru');
    try {
      expect(importSummaryLines(markdown, SECTIONS)).toEqual([
        'Импортированы 2 статьи (ru 2, en 1).',
        'Добавлены рубрики: Спорт.',
        '«Editor\'s choice»: теперь 1 импортированная статья.',
      ]);
      const bundle: ImportSummary = { ...markdown, kind: 'bundle', articles: 5, images: 21, sections: ['news'], lists: [{ name: 'Popular', items: 3 }] };
      expect(importSummaryLines(bundle, SECTIONS)).toEqual([
        'Импортировано 5 статей (ru 2, en 1).',
        'В фотобанк добавлено 21 фото.',
        'Рубрики: Новости.',
        'Восстановлены подборки: Popular (3 материала).',
      ]);
    } finally {
      await setUiLanguage('en');
    }
  });
});
