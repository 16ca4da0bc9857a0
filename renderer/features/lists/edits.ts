import type { ListItem } from '../../../shared/contract';
import { addItem, removeItem } from '../../../shared/domain/lists';
import { newId } from '../../api/ids';

/**
 * Edits to a list's items that the shared rules (shared/domain/lists.ts) do not cover by
 * themselves: a new item, per-item fields, undoing a removal or an overflow, and making a
 * list shorter. Every function returns a new array and leaves its input alone.
 */

export function newItem(articleId: string, origin: ListItem['origin'] = 'manual'): ListItem {
  return { id: newId(), articleId, pinned: false, teasers: {}, showFrom: null, showUntil: null, origin };
}

export function updateItem(items: readonly ListItem[], id: string, change: Partial<Omit<ListItem, 'id'>>): ListItem[] {
  return items.map((item) => (item.id === id ? { ...item, ...change } : item));
}

/** Sets (or, with blank text, clears) the teaser override in one language. */
export function setTeaser(items: readonly ListItem[], id: string, lang: string, text: string): ListItem[] {
  return items.map((item) => {
    if (item.id !== id) return item;
    const teasers = { ...item.teasers };
    if (text.trim() === '') delete teasers[lang];
    else teasers[lang] = text;
    return { ...item, teasers };
  });
}

export interface Removal {
  items: ListItem[];
  removed: ListItem;
  index: number;
}

export function removeById(items: readonly ListItem[], id: string): Removal | null {
  const index = items.findIndex((i) => i.id === id);
  const removed = items[index];
  if (!removed) return null;
  return { items: [...removeItem(items, index)], removed, index };
}

/**
 * Puts a removed item back where it was. Unpinned, it rejoins the others from its old
 * place; pinned, it takes its old place again. When the list has filled up meanwhile,
 * the last unpinned item drops off to make room (returned as `dropped`); null when the
 * article is back in the list already or every place is pinned.
 */
export function restoreItem(items: readonly ListItem[], item: ListItem, index: number, maxItems: number): { items: ListItem[]; dropped: ListItem | null } | null {
  if (items.some((i) => i.articleId === item.articleId)) return null;
  const at = Math.min(Math.max(0, index), items.length);
  if (item.pinned && items.length < maxItems && !items[at]?.pinned) {
    // Pins stay at their indices; the unpinned items fill the other places in order.
    const pins = new Map<number, ListItem>([[at, item]]);
    items.forEach((i, n) => {
      if (i.pinned) pins.set(n, i);
    });
    const unpinned = items.filter((i) => !i.pinned);
    const out: ListItem[] = [];
    for (let n = 0, u = 0; n <= items.length; n++) out.push(pins.get(n) ?? (unpinned[u++] as ListItem));
    return { items: out, dropped: null };
  }
  const result = addItem(items, { ...item, pinned: false }, maxItems, at);
  if ('refused' in result) return null;
  return { items: result.items.map((i) => (i.id === item.id ? item : i)), dropped: result.dropped };
}

/** Takes back an add: the added item goes, the one that dropped off (if any) returns to where it was. */
export function undoAdd(items: readonly ListItem[], addedId: string, dropped: ListItem | null, droppedIndex: number, maxItems: number): ListItem[] {
  const removal = removeById(items, addedId);
  const without = removal ? removal.items : [...items];
  if (!dropped) return without;
  return restoreItem(without, dropped, droppedIndex, maxItems)?.items ?? without;
}

/**
 * Makes the list at most `maxItems` long: the last unpinned items drop off (returned in
 * list order). Refused when the pinned items alone are more than that.
 */
export function shrinkTo(items: readonly ListItem[], maxItems: number): { items: ListItem[]; dropped: ListItem[] } | { refused: 'pinned'; pinned: number } {
  const pinned = items.filter((i) => i.pinned).length;
  if (pinned > maxItems) return { refused: 'pinned', pinned };
  let out: readonly ListItem[] = items;
  const dropped: ListItem[] = [];
  while (out.length > maxItems) {
    const last = out.findLastIndex((i) => !i.pinned);
    const gone = out[last];
    if (!gone) break;
    dropped.unshift(gone);
    out = removeItem(out, last);
  }
  return { items: [...out], dropped };
}
