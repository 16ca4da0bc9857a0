import { describe, expect, it } from 'vitest';
import { setUiLanguage } from '../../i18n/instance';
import {
  droppedOffMessage,
  gapCounts,
  gapPhrases,
  itemCountLabel,
  itemTitle,
  langScopeLabel,
  listHeading,
  openTranslationLabel,
  saveStatusText,
  canRetry,
  quoted,
  shortenedMessage,
  shownInLabel,
  suggestionTitle,
} from './labels';
import { card } from './testCards';

describe('counts and gaps', () => {
  it('counts items against the maximum', () => {
    expect(itemCountLabel(7, 10)).toBe('7 of 10 items');
    expect(itemCountLabel(0, 1)).toBe('0 of 1 item');
  });

  it('names only the gaps there are, for the Lists page', () => {
    expect(gapPhrases({ missingLanguage: 2, stale: 1, notReady: 3 })).toEqual(['2 missing a language', '1 stale', '3 not ready']);
    expect(gapPhrases({ missingLanguage: 0, stale: 4, notReady: 0 })).toEqual(['4 stale']);
    expect(gapPhrases({ missingLanguage: 0, stale: 0, notReady: 0 })).toEqual([]);
  });

  it('gives every count, zeros included, for the list editor', () => {
    expect(gapCounts({ missingLanguage: 2, stale: 0, notReady: 1 }).map((g) => `${g.label}: ${g.count}`)).toEqual([
      'Missing a language: 2',
      'Stale: 0',
      'Not ready: 1',
    ]);
  });
});

describe('languages', () => {
  it('says which languages a list is for', () => {
    expect(langScopeLabel([])).toBe('All languages');
    expect(langScopeLabel(['ru'])).toBe('Russian');
    expect(langScopeLabel(['ru', 'en'])).toBe('Russian and English');
    expect(langScopeLabel(['ru', 'en', 'az'])).toBe('Russian, English and Azerbaijani');
  });

  it('names the fallback and the link to a translation by language', () => {
    expect(shownInLabel('en')).toBe('Shown in English');
    expect(openTranslationLabel('ru')).toBe('Open the Russian translation');
  });
});

describe('itemTitle', () => {
  const ru = card({ lang: 'ru', title: 'Лавров в Баку' });
  const en = card({ lang: 'en', shownLang: 'en', title: 'Lavrov in Baku' });

  it('uses the title in the list’s first language', () => {
    expect(itemTitle([ru, en], 'en')).toBe('Lavrov in Baku');
    expect(itemTitle([ru, en], 'ru')).toBe('Лавров в Баку');
  });

  it('falls back to another card’s title, then to the title it was chosen by', () => {
    expect(itemTitle([card({ lang: 'ru', title: ' ' }), en], 'ru')).toBe('Lavrov in Baku');
    expect(itemTitle(undefined, 'ru', 'Chosen title')).toBe('Chosen title');
    expect(itemTitle([], 'ru')).toBe('Untitled article');
  });

  it('calls an article that is gone a missing article', () => {
    expect(itemTitle([card({ title: '', problem: 'missing-article', shownLang: null })], 'ru')).toBe('Missing article');
    expect(itemTitle([card({ title: 'Still here', problem: 'in-trash' })], 'ru')).toBe('Still here');
  });
});

describe('messages', () => {
  it('says which item dropped off the end, and how long the list is', () => {
    expect(droppedOffMessage('Borrell tells the European Parliament', 10)).toBe('“Borrell tells the European Parliament” dropped off the end (the list holds 10)');
    expect(shortenedMessage(['A'], 3)).toBe('“A” dropped off the end (the list holds 3)');
    expect(shortenedMessage(['A', 'B'], 3)).toBe('2 items dropped off the end (the list now holds 3): “A”, “B”');
  });

  it('quotes titles the Russian way in Russian', async () => {
    await setUiLanguage('ru');
    try {
      expect(shortenedMessage(['А', 'Б'], 3)).toBe('2 материала выпали из конца подборки (теперь в ней не больше 3): «А», «Б»');
      expect(quoted('Итоги')).toBe('«Итоги»');
    } finally {
      await setUiLanguage('en');
    }
  });

  it('calls an article’s Related list what the page calls it', () => {
    expect(listHeading({ kind: 'related', name: 'Related' })).toBe('Related articles');
    expect(listHeading({ kind: 'popular', name: 'Popular' })).toBe('Popular');
  });

  it('says Saved only once saved, and what to do otherwise', () => {
    expect(saveStatusText({ state: 'idle' })).toBe('');
    expect(saveStatusText({ state: 'saving' })).toBe('Saving…');
    expect(saveStatusText({ state: 'saved' })).toBe('Saved');
    expect(saveStatusText({ state: 'conflict' })).toMatch(/changed in another window/);
    const offline = { state: 'failed', error: { code: 'network', message: '' } } as const;
    expect(saveStatusText(offline)).toMatch(/^Not saved yet: Tandem is not answering/);
    expect(canRetry(offline)).toBe(true);
    const readOnly = { state: 'failed', error: { code: 'read_only', message: 'The store is damaged.' } } as const;
    expect(saveStatusText(readOnly)).toBe('Not saved: this workspace is read-only. The store is damaged.');
    expect(canRetry(readOnly)).toBe(false);
  });
});

describe('suggestionTitle', () => {
  it('takes the first language the suggestion has a title in', () => {
    expect(suggestionTitle({ titles: { en: 'English', ru: 'Русский' } }, ['ru', 'en'])).toEqual({ title: 'Русский', lang: 'ru' });
    expect(suggestionTitle({ titles: { en: 'English', ru: ' ' } }, ['ru', 'en'])).toEqual({ title: 'English', lang: 'en' });
    expect(suggestionTitle({ titles: { az: 'Azərbaycan' } }, ['ru', 'en'])).toEqual({ title: 'Azərbaycan', lang: 'az' });
    expect(suggestionTitle({ titles: {} }, ['ru'])).toEqual({ title: 'Untitled article', lang: undefined });
  });
});
