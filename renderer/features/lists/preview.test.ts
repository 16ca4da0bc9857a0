import { describe, expect, it } from 'vitest';
import type { ItemCard } from '../../../shared/contract';
import { previewState } from './preview';

const NOW = Date.parse('2025-05-10T12:00:00Z');

function card(change: Partial<ItemCard> = {}): ItemCard {
  return {
    lang: 'ru',
    shownLang: 'ru',
    fallback: false,
    title: 'Заголовок',
    teaser: 'Своё описание',
    teaserSource: 'summary',
    thumbnail: null,
    badges: ["Editor's choice", 'News'],
    status: 'published',
    state: 'current',
    problem: null,
    ...change,
  };
}

const open = { teasers: {}, showFrom: null, showUntil: null };

describe('previewState', () => {
  it('shows a published card as it is', () => {
    expect(previewState(card(), open, NOW)).toEqual({ teaser: 'Своё описание', fallbackLang: null, hidden: null, marks: [] });
  });

  it('shows the override typed here before the store has it, and nothing stale once it is cleared', () => {
    expect(previewState(card(), { ...open, teasers: { ru: 'Новый' } }, NOW).teaser).toBe('Новый');
    expect(previewState(card(), { ...open, teasers: { en: 'Other page' } }, NOW).teaser).toBe('Своё описание');
    expect(previewState(card({ teaser: 'Old override', teaserSource: 'override' }), open, NOW).teaser).toBe('');
  });

  it('marks a card that falls back to English, and a stale one', () => {
    const state = previewState(card({ shownLang: 'en', fallback: true, state: 'stale' }), open, NOW);
    expect(state.fallbackLang).toBe('en');
    expect(state.marks).toEqual(['Stale translation']);
  });

  it('says why the page would not show a card', () => {
    expect(previewState(card({ problem: 'not-published', status: 'draft' }), open, NOW).hidden).toBe('Not shown: not published in Russian (Draft)');
    expect(previewState(card({ problem: 'not-published', status: 'review', fallback: true, shownLang: 'en' }), open, NOW).hidden).toBe(
      'Not shown: the English version it falls back to is not published (In review)',
    );
    expect(previewState(card({ problem: 'missing-article', title: '' }), open, NOW).hidden).toBe('Not shown: the article no longer exists');
    expect(previewState(card({ problem: 'in-trash' }), open, NOW).hidden).toBe('Not shown: the article is in the trash');
  });

  it('reads the schedule as edited here, not as last saved', () => {
    const later = { ...open, showFrom: '2025-06-01T12:00:00.000Z' };
    expect(previewState(card(), later, NOW).hidden).toMatch(/^Not shown: scheduled: shown from 1 Jun 2025/);
    expect(previewState(card({ problem: 'expired' }), open, NOW).hidden).toBeNull();
    const ended = { ...open, showUntil: '2025-05-01T12:00:00.000Z' };
    expect(previewState(card(), ended, NOW).hidden).toMatch(/^Not shown: expired: shown until 1 May 2025/);
  });
});
