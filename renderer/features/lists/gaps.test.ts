import { describe, expect, it } from 'vitest';
import { cardFlags, needsAttention, translationsToOpen } from './gaps';
import { card } from './testCards';

describe('cardFlags', () => {
  it('says nothing of a published, current card', () => {
    expect(cardFlags(card())).toEqual([]);
  });

  it('marks a Russian card that falls back to English, and a stale or unpublished one', () => {
    expect(cardFlags(card({ shownLang: 'en', fallback: true })).map((f) => f.label)).toEqual(['Shown in English']);
    expect(cardFlags(card({ state: 'stale', problem: 'not-published', status: 'review' })).map((f) => f.label)).toEqual([
      'Stale translation',
      'Not published (In review)',
    ]);
  });

  it('says only that an article is gone, when it is', () => {
    expect(cardFlags(card({ problem: 'missing-article', shownLang: null, state: null, status: null })).map((f) => f.label)).toEqual(['Missing article']);
    expect(cardFlags(card({ problem: 'in-trash', state: 'stale' })).map((f) => f.label)).toEqual(['In the trash']);
  });
});

describe('needsAttention', () => {
  it('holds for any gap the counts count, and not for a clean item', () => {
    expect(needsAttention([card(), card({ lang: 'en', shownLang: 'en' })])).toBe(false);
    expect(needsAttention([card({ fallback: true, shownLang: 'en' })])).toBe(true);
    expect(needsAttention([card({ state: 'stale' })])).toBe(true);
    expect(needsAttention([card({ problem: 'not-published' })])).toBe(true);
    expect(needsAttention([])).toBe(false);
  });
});

describe('translationsToOpen', () => {
  it('offers the languages whose version is missing or stale, never for a gone article', () => {
    const cards = [card({ lang: 'ru', shownLang: 'en', fallback: true }), card({ lang: 'en', shownLang: 'en', state: 'stale' }), card({ lang: 'az', shownLang: 'az' })];
    expect(translationsToOpen(cards)).toEqual(['ru', 'en']);
    expect(translationsToOpen([card({ problem: 'missing-article', shownLang: null })])).toEqual([]);
  });
});
