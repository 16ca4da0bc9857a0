import { randomUUID } from 'node:crypto';
import type { ListItem, ListKind } from '../../../../shared/contract';
import { addItem } from '../../../../shared/domain/lists';
import type { Db } from '../../store/db';
import { listDeskListRows, listItemsOf, replaceListItems, saveListRow, type StoredList } from '../../store/repositories/lists';

/**
 * What a Markdown import does to the desk's own lists: featured articles join
 * `Editor's choice` at the top (as the desk adds one: pins keep their places, the last
 * unpinned item drops off a full list), and `Popular` becomes the most viewed imported
 * articles. Each list is saved whole with its version moved on, as a desk save does.
 * Call inside the import's transaction, after the articles are written.
 */

export interface ListChange {
  name: string;
  /** Imported articles now in the list. */
  added: number;
  /** Imported articles meant for the list that found no place in it (Editor's choice, when full). */
  leftOut: number;
  /** Items that were in the list before and are not now. */
  displaced: number;
}

function deskList(db: Db, kind: ListKind): StoredList | undefined {
  return listDeskListRows(db).find((l) => l.kind === kind);
}

function newItem(articleId: string): ListItem {
  return { id: randomUUID(), articleId, pinned: false, teasers: {}, showFrom: null, showUntil: null, origin: 'manual' };
}

function save(db: Db, list: StoredList, items: readonly ListItem[], time: string): void {
  const saved: StoredList = { ...list, version: list.version + 1, updatedAt: time };
  if (!saveListRow(db, saved, list.version)) throw new Error(`The list ${list.name} changed during the import.`);
  replaceListItems(db, list.id, items);
}

/** Puts the articles at the top of Editor's choice, the first of `articleIds` on top. */
export function addToEditorsChoice(db: Db, articleIds: readonly string[], time: string): ListChange | null {
  const list = deskList(db, 'editors-choice');
  if (list === undefined || articleIds.length === 0) return null;
  const before = listItemsOf(db, [list.id]).get(list.id) ?? [];
  let items: ListItem[] = before;
  // Added last first, so the first ends on top.
  for (const articleId of [...articleIds].reverse()) {
    const result = addItem(items, newItem(articleId), list.maxItems);
    if (!('refused' in result)) items = result.items;
  }
  save(db, list, items, time);
  const now = new Set(items.map((item) => item.articleId));
  const added = articleIds.filter((id) => now.has(id)).length;
  return { name: list.name, added, leftOut: articleIds.length - added, displaced: before.filter((item) => !now.has(item.articleId)).length };
}

/**
 * Makes Popular the first `maxItems` of `rankedIds` (most viewed first); items the desk
 * pinned keep their places and count against the length.
 */
export function replacePopular(db: Db, rankedIds: readonly string[], time: string): ListChange | null {
  const list = deskList(db, 'popular');
  if (list === undefined || rankedIds.length === 0) return null;
  const before = listItemsOf(db, [list.id]).get(list.id) ?? [];
  const pins = before.filter((item) => item.pinned);
  const pinnedArticles = new Set(pins.map((p) => p.articleId));
  const room = Math.max(0, list.maxItems - pins.length);
  const chosen = rankedIds.filter((id) => !pinnedArticles.has(id)).slice(0, room);
  const unpinned = chosen.map(newItem);
  // Pins keep their indices; the ranked articles fill the other places in order.
  const items: ListItem[] = [];
  let u = 0;
  const length = pins.length + unpinned.length;
  const pinAt = new Map(before.map((item, i) => [i, item] as const).filter(([, item]) => item.pinned));
  for (let i = 0; i < length; i++) {
    const pin = pinAt.get(i);
    if (pin !== undefined) items.push(pin);
    else if (u < unpinned.length) items.push(unpinned[u++] as ListItem);
  }
  for (const pin of pins) if (!items.includes(pin)) items.push(pin);
  save(db, list, items, time);
  const now = new Set(items.map((item) => item.articleId));
  return {
    name: list.name,
    added: chosen.length,
    leftOut: 0,
    displaced: before.filter((item) => !now.has(item.articleId)).length,
  };
}
