import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { checkCatalog, flatten, placeholders } from './check';
import { en } from './en';
import { i18nOptions } from './index';
import { ru } from './ru';

describe('the interface catalogs', () => {
  it('Russian has every English key, placeholder and plural form, and no empty text', () => {
    expect(checkCatalog(en, 'en', ru, 'ru')).toEqual([]);
  });

  it('the check finds a missing key, an extra key, a lost placeholder, a missing plural form and an empty text', () => {
    const broken = {
      ...ru,
      common: { ...ru.common, retry: ' ', extra: 'лишнее' },
      articles: { ...ru.articles, nothingFound: 'Ничего не найдено', count_few: undefined },
      shell: { ...ru.shell, mainNav: undefined },
    };
    const problems = checkCatalog(en, 'en', JSON.parse(JSON.stringify(broken)) as typeof ru, 'ru');
    expect(problems).toContain('ru: missing shell.mainNav');
    expect(problems).toContain('ru: common.extra is not in en');
    expect(problems).toContain('ru: articles.nothingFound has placeholders [], en has [query]');
    expect(problems).toContain('ru: articles.count lacks its "few" form');
    expect(problems).toContain('ru: common.retry is empty');
  });

  it('reads placeholders with their formats', () => {
    expect(placeholders('{{count, number}} of {{ total }}')).toEqual(['count, number', 'total']);
    expect(flatten({ a: { b: 'x' } })).toEqual(new Map([['a.b', 'x']]));
  });

  it('i18next picks the Russian plural forms the catalog holds', () => {
    const i18n = createInstance();
    void i18n.init(i18nOptions('ru'));
    expect(i18n.t('articles.count', { count: 1 })).toBe('1 статья');
    expect(i18n.t('articles.count', { count: 3 })).toBe('3 статьи');
    expect(i18n.t('articles.count', { count: 5 })).toBe('5 статей');
    expect(i18n.t('articles.count', { count: 21 })).toBe('21 статья');
    expect(i18n.t('articles.count', { count: 1.5 })).toBe('1,5 статьи');
    void i18n.changeLanguage('en');
    expect(i18n.t('articles.count', { count: 1 })).toBe('1 article');
    expect(i18n.t('articles.count', { count: 1234 })).toBe('1,234 articles');
  });
});
