import type { ItemCard, ListItem } from '../../../shared/contract';

/** Cards and items for the list pages' tests. */

export function card(change: Partial<ItemCard> = {}): ItemCard {
  return {
    lang: 'ru',
    shownLang: 'ru',
    fallback: false,
    title: 'Заголовок',
    teaser: 'Описание',
    teaserSource: 'summary',
    thumbnail: null,
    badges: [],
    status: 'published',
    state: 'current',
    problem: null,
    ...change,
  };
}

let n = 0;

/** An item with a readable id (`i1`, `i2`, …) unless one is given. */
export function item(change: Partial<ListItem> = {}): ListItem {
  n++;
  return { id: `i${n}`, articleId: `a${n}`, pinned: false, teasers: {}, showFrom: null, showUntil: null, origin: 'manual', ...change };
}
