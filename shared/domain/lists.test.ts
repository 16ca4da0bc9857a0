import { describe, expect, it } from 'vitest';
import {
  addItem,
  cardProblem,
  excerpt,
  isEmptyWindow,
  isShownAt,
  listGaps,
  moveItem,
  removeItem,
  resolveCard,
  scheduleState,
  shownLanguage,
  type CardTranslation,
} from './lists';

interface Item {
  id: string;
  articleId: string;
  pinned: boolean;
}

/** Items named by letters; an upper-case letter is pinned. */
function items(spec: string): Item[] {
  return [...spec].map((c) => ({ id: c.toLowerCase(), articleId: `article-${c.toLowerCase()}`, pinned: c !== c.toLowerCase() }));
}

/** The list back as letters, pinned ones in upper case. */
function spell(list: readonly Item[]): string {
  return list.map((i) => (i.pinned ? i.id.toUpperCase() : i.id)).join('');
}

describe('moveItem', () => {
  it('reorders unpinned items like a plain list when nothing is pinned', () => {
    expect(spell(moveItem(items('abcde'), 0, 2))).toBe('bcade');
    expect(spell(moveItem(items('abcde'), 4, 0))).toBe('eabcd');
    expect(spell(moveItem(items('abcde'), 3, 2))).toBe('abdce');
  });

  it('keeps pinned items at their places and reorders the others around them', () => {
    // C is pinned at index 2.
    expect(spell(moveItem(items('abCde'), 0, 4))).toBe('bdCea');
    expect(spell(moveItem(items('abCde'), 4, 0))).toBe('eaCbd');
    expect(spell(moveItem(items('aBcDe'), 0, 2))).toBe('cBaDe');
  });

  it('hops over a pin in the direction of the move (Move up / Move down onto a pinned place)', () => {
    expect(spell(moveItem(items('abCde'), 3, 2))).toBe('adCbe');
    expect(spell(moveItem(items('abCde'), 1, 2))).toBe('adCbe');
    expect(spell(moveItem(items('aBCde'), 3, 2))).toBe('dBCae');
  });

  it('refuses to move a pinned item, returning the same array', () => {
    const list = items('abCde');
    expect(moveItem(list, 2, 0)).toBe(list);
  });

  it('refuses a move with nowhere to go, or from outside the list, returning the same array', () => {
    const list = items('ABc');
    expect(moveItem(list, 2, 0)).toBe(list);
    expect(moveItem(list, 2, 1)).toBe(list);
    expect(moveItem(list, 5, 0)).toBe(list);
    expect(moveItem(list, -1, 0)).toBe(list);
    expect(moveItem(list, 1.5, 0)).toBe(list);
    expect(moveItem(list, 2, 2)).toBe(list);
  });

  it('clamps the target to the list', () => {
    expect(spell(moveItem(items('abc'), 0, 99))).toBe('bca');
    expect(spell(moveItem(items('abc'), 2, -5))).toBe('cab');
  });

  it('never loses or duplicates an item, whatever the pins and the move', () => {
    const specs = ['abcdef', 'aBcDeF', 'ABcdEf', 'abcdeF', 'Abcdef'];
    for (const spec of specs) {
      for (let from = 0; from < spec.length; from++) {
        for (let to = 0; to < spec.length; to++) {
          const list = items(spec);
          const moved = moveItem(list, from, to);
          expect([...moved].map((i) => i.id).sort()).toEqual(list.map((i) => i.id).sort());
          list.forEach((item, i) => {
            if (item.pinned) expect(moved[i]).toBe(item);
          });
        }
      }
    }
  });
});

describe('addItem', () => {
  const x: Item = { id: 'x', articleId: 'article-x', pinned: false };

  it('adds at the top by default, pins staying where they are', () => {
    expect(spell(mustAdd(items('abc'), x, 10).items)).toBe('xabc');
    expect(spell(mustAdd(items('Abc'), x, 10).items)).toBe('Axbc');
    expect(spell(mustAdd(items('abc'), x, 10, 2).items)).toBe('abxc');
    expect(spell(mustAdd(items('abc'), x, 10, 3).items)).toBe('abcx');
  });

  it('drops the last unpinned item off a full list and says which', () => {
    const result = mustAdd(items('abcD'), x, 4);
    expect(spell(result.items)).toBe('xabD');
    expect(result.dropped?.id).toBe('c');
  });

  it('never drops the new item itself, even added at the bottom', () => {
    const result = mustAdd(items('abc'), x, 3, 3);
    expect(spell(result.items)).toBe('abx');
    expect(result.dropped?.id).toBe('c');
  });

  it('undo: the items before the add bring the dropped one back', () => {
    const before = items('abc');
    const result = mustAdd(before, x, 3);
    expect(result.dropped?.id).toBe('c');
    expect(spell(before)).toBe('abc');
  });

  it('refuses when every place is pinned, or the article is listed already', () => {
    expect(addItem(items('ABC'), x, 3)).toEqual({ refused: 'full' });
    expect(addItem(items('abc'), { id: 'y', articleId: 'article-b', pinned: false }, 10)).toEqual({ refused: 'duplicate' });
  });

  it('adds to a list with room without dropping anything', () => {
    expect(mustAdd(items('ab'), x, 3).dropped).toBeNull();
  });
});

function mustAdd(list: Item[], item: Item, max: number, at?: number): { items: Item[]; dropped: Item | null } {
  const result = addItem(list, item, max, at);
  if ('refused' in result) throw new Error(`refused: ${result.refused}`);
  return result;
}

describe('removeItem', () => {
  it('closes up the unpinned items, pins keeping their places', () => {
    expect(spell(removeItem(items('abCde'), 0))).toBe('bdCe');
    expect(spell(removeItem(items('abCde'), 2))).toBe('abde');
    expect(spell(removeItem(items('abcD'), 0))).toBe('bcD');
  });

  it('returns the same array for an index outside the list', () => {
    const list = items('abc');
    expect(removeItem(list, 3)).toBe(list);
  });
});

describe('the schedule window', () => {
  const window = { showFrom: '2024-05-01T10:00:00.000Z', showUntil: '2024-05-02T10:00:00.000Z' };

  it('includes its start and excludes its end', () => {
    expect(isShownAt(window, '2024-05-01T09:59:59.999Z')).toBe(false);
    expect(isShownAt(window, '2024-05-01T10:00:00.000Z')).toBe(true);
    expect(isShownAt(window, '2024-05-02T09:59:59.999Z')).toBe(true);
    expect(isShownAt(window, '2024-05-02T10:00:00.000Z')).toBe(false);
    expect(isShownAt(window, Date.parse('2024-05-01T12:00:00Z'))).toBe(true);
  });

  it('says whether an item is still to come or over', () => {
    expect(scheduleState(window, '2024-04-30T00:00:00Z')).toBe('scheduled');
    expect(scheduleState(window, '2024-05-03T00:00:00Z')).toBe('expired');
    expect(scheduleState(window, '2024-05-01T12:00:00Z')).toBeNull();
  });

  it('is open on a side left null', () => {
    expect(isShownAt({ showFrom: null, showUntil: null }, '1970-01-01T00:00:00Z')).toBe(true);
    expect(isShownAt({ showFrom: null, showUntil: window.showUntil }, '2000-01-01T00:00:00Z')).toBe(true);
    expect(isShownAt({ showFrom: window.showFrom, showUntil: null }, '2999-01-01T00:00:00Z')).toBe(true);
  });

  it('knows a window that would never show its item', () => {
    expect(isEmptyWindow({ showFrom: window.showUntil, showUntil: window.showFrom })).toBe(true);
    expect(isEmptyWindow({ showFrom: window.showFrom, showUntil: window.showFrom })).toBe(true);
    expect(isEmptyWindow(window)).toBe(false);
    expect(isEmptyWindow({ showFrom: null, showUntil: window.showFrom })).toBe(false);
  });
});

describe('excerpt', () => {
  it('keeps a short text whole, white space folded', () => {
    expect(excerpt('  Министры\n\nвстретились   в Баку. ')).toBe('Министры встретились в Баку.');
  });

  it('cuts at a word boundary with an ellipsis, within the limit', () => {
    const text = 'The German government holds Russia responsible for a cyberattack on German air traffic control';
    const cut = excerpt(text, 40);
    expect(cut).toBe('The German government holds Russia…');
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(excerpt(text).length).toBeLessThanOrEqual(200);
  });

  it('drops a dangling comma or dash before the ellipsis', () => {
    expect(excerpt('один, два, три, четыре', 11)).toBe('один, два…');
    expect(excerpt('один — два три четыре', 8)).toBe('один…');
  });

  it('cuts a single long word, never inside a surrogate pair', () => {
    expect(excerpt('а'.repeat(50), 10)).toBe(`${'а'.repeat(9)}…`);
    const emoji = excerpt('🎉'.repeat(20), 10);
    expect(emoji.endsWith('…')).toBe(true);
    expect(/[\uD800-\uDBFF]…$/u.test(emoji)).toBe(false);
  });

  it('gives nothing for an empty body', () => {
    expect(excerpt(' \n ')).toBe('');
  });
});

const LANGS = ['ru', 'en'];

function translation(lang: string, fields: Partial<CardTranslation> = {}): CardTranslation {
  return { lang, title: `Title ${lang}`, summary: `Summary ${lang}`, excerpt: `Body ${lang}`, status: 'published', state: 'current', ...fields };
}

describe('resolveCard: the language a page shows an item in', () => {
  it('shows the page’s own language when the article has it', () => {
    const translations = [translation('ru', { state: 'original' }), translation('en')];
    for (const lang of LANGS) {
      const card = resolveCard({ pageLang: lang, translations, originalLang: 'ru', languages: LANGS, teasers: {} });
      expect(card).toMatchObject({ lang, shownLang: lang, fallback: false, title: `Title ${lang}`, teaser: `Summary ${lang}`, teaserSource: 'summary' });
    }
  });

  it('a Russian page with an English-only article shows it in English, marked as a fallback', () => {
    const card = resolveCard({ pageLang: 'ru', translations: [translation('en', { state: 'original' })], originalLang: 'en', languages: LANGS, teasers: {} });
    expect(card).toMatchObject({ lang: 'ru', shownLang: 'en', fallback: true, title: 'Title en', status: 'published', state: 'original' });
  });

  it('an English page with a Russian-only article shows it in Russian', () => {
    const card = resolveCard({ pageLang: 'en', translations: [translation('ru')], originalLang: 'ru', languages: LANGS, teasers: {} });
    expect(card).toMatchObject({ lang: 'en', shownLang: 'ru', fallback: true, title: 'Title ru' });
  });

  it('falls back to the original first, then the workspace’s order', () => {
    const three = ['ru', 'en', 'az'];
    const translations = [translation('az'), translation('en')];
    expect(resolveCard({ pageLang: 'ru', translations, originalLang: 'az', languages: three, teasers: {} }).shownLang).toBe('az');
    expect(resolveCard({ pageLang: 'ru', translations, originalLang: 'ru', languages: three, teasers: {} }).shownLang).toBe('en');
    expect(shownLanguage('ru', ['fr', 'de'], null, three)).toBe('de');
    expect(shownLanguage('ru', [], 'ru', three)).toBeNull();
  });

  it('uses a teaser override only on the page of its language, even when the card falls back', () => {
    const translations = [translation('en')];
    const teasers = { ru: 'Русский тизер' };
    expect(resolveCard({ pageLang: 'ru', translations, originalLang: 'en', languages: LANGS, teasers })).toMatchObject({
      shownLang: 'en',
      teaser: 'Русский тизер',
      teaserSource: 'override',
    });
    expect(resolveCard({ pageLang: 'en', translations, originalLang: 'en', languages: LANGS, teasers })).toMatchObject({
      teaser: 'Summary en',
      teaserSource: 'summary',
    });
  });

  it('takes an excerpt of the body when there is no summary, and nothing when there is neither', () => {
    const withBody = resolveCard({ pageLang: 'en', translations: [translation('en', { summary: '  ' })], originalLang: 'en', languages: LANGS, teasers: { en: ' ' } });
    expect(withBody).toMatchObject({ teaser: 'Body en', teaserSource: 'excerpt' });
    const empty = resolveCard({ pageLang: 'en', translations: [translation('en', { summary: '', excerpt: '' })], originalLang: 'en', languages: LANGS, teasers: {} });
    expect(empty).toMatchObject({ teaser: '', teaserSource: 'none' });
  });

  it('keeps hostile text as text: escaping belongs to the page', () => {
    const hostile = '<script>alert("x")</script> & <img onerror=1>';
    const card = resolveCard({ pageLang: 'ru', translations: [translation('ru', { title: hostile })], originalLang: 'ru', languages: LANGS, teasers: { ru: hostile } });
    expect(card.title).toBe(hostile);
    expect(card.teaser).toBe(hostile);
  });

  it('shows nothing for an article with no version at all', () => {
    expect(resolveCard({ pageLang: 'ru', translations: [], originalLang: null, languages: LANGS, teasers: { ru: 'Тизер' } })).toEqual({
      lang: 'ru',
      shownLang: null,
      fallback: false,
      title: '',
      teaser: 'Тизер',
      teaserSource: 'override',
      status: null,
      state: null,
    });
  });
});

describe('cardProblem and listGaps', () => {
  const open = { showFrom: null, showUntil: null };
  const time = '2024-05-01T12:00:00Z';

  it('names the first reason an item would not appear', () => {
    expect(cardProblem({ article: 'missing', status: null, window: open, time })).toBe('missing-article');
    expect(cardProblem({ article: 'in-trash', status: 'published', window: open, time })).toBe('in-trash');
    expect(cardProblem({ article: 'live', status: 'review', window: open, time })).toBe('not-published');
    // Ready versions are bundled by the export, so they appear.
    expect(cardProblem({ article: 'live', status: 'ready', window: open, time })).toBeNull();
    expect(cardProblem({ article: 'live', status: 'published', window: { showFrom: '2024-06-01T00:00:00Z', showUntil: null }, time })).toBe('scheduled');
    expect(cardProblem({ article: 'live', status: 'published', window: { showFrom: null, showUntil: '2024-04-01T00:00:00Z' }, time })).toBe('expired');
    expect(cardProblem({ article: 'live', status: 'published', window: open, time })).toBeNull();
  });

  it('counts each item once per kind, over all its languages', () => {
    const ok = { fallback: false, state: 'current' as const, problem: null };
    const gaps = listGaps([
      { cards: [ok, ok] },
      { cards: [{ ...ok, fallback: true }, { ...ok, fallback: true, state: 'stale' as const }] },
      { cards: [{ ...ok, state: 'stale' as const, problem: 'not-published' as const }, { ...ok, state: 'stale' as const }] },
      { cards: [{ fallback: false, state: null, problem: 'missing-article' as const }, { fallback: false, state: null, problem: 'missing-article' as const }] },
    ]);
    expect(gaps).toEqual({ missingLanguage: 1, stale: 2, notReady: 2 });
  });
});
