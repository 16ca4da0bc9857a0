import { describe, expect, it } from 'vitest';
import { formatDateTime } from './dates';
import { labelsFor, languageName } from './labels';

describe('labelsFor', () => {
  it('has the Russian and English strings', () => {
    expect(labelsFor('ru')).toMatchObject({ photo: 'фото:', source: 'источник:', related: 'Читайте также', latest: 'Последние новости', siteName: 'Тандем: новости', languageName: 'Русский' });
    expect(labelsFor('en')).toMatchObject({ photo: 'photo:', related: 'Related articles', editorsChoice: "Editor's choice", siteName: 'Tandem News', languageName: 'English' });
  });

  it('gives another language the English strings with its own name', () => {
    expect(labelsFor('az')).toEqual({ ...labelsFor('en'), languageName: 'Azərbaycan' });
    expect(labelsFor('fr').languageName).toBe('fr');
    expect(languageName('ru')).toBe('Русский');
    expect(languageName('constructor')).toBe('constructor');
  });

  it('hands out copies', () => {
    labelsFor('ru').photo = 'changed';
    expect(labelsFor('ru').photo).toBe('фото:');
  });
});

describe('formatDateTime', () => {
  it('writes the time in UTC with the month in the language', () => {
    expect(formatDateTime('2017-11-20T09:30:00.000Z', 'ru')).toBe('20 ноября 2017, 09:30 UTC');
    expect(formatDateTime('2017-11-20T23:30:00+03:00', 'en')).toBe('20 November 2017, 20:30 UTC');
    expect(formatDateTime('2024-05-01T00:00:00Z', 'az')).toBe('1 May 2024, 00:00 UTC');
    expect(formatDateTime('soon', 'ru')).toBe('soon');
  });
});
