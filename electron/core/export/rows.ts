import { changeLogHead, changesSince, type ChangeSet } from '../store/repositories/changes';
import type { Db } from '../store/db';
import { listExportArticles, listExportTranslations, listExportUses } from '../store/repositories/exports';
import { listItemsOf, listListRowsByIds } from '../store/repositories/lists';
import { keepNewest } from './memo';
import { groupRows, readDeskLists, readStoreRows, relatedByArticle, type StoreRows } from './selection';

/**
 * The store's rows kept between exports in this process (the export worker stays with its
 * workspace), so that a re-export reads only what changed: the change log (migration 0006)
 * names the articles, images and lists written since the rows were read. A store the log
 * cannot account for (trimmed past, replaced) is read whole again.
 *
 * Every read happens inside the export's read transaction, so the rows and the log's
 * position are of one snapshot.
 */

interface Kept {
  seq: number;
  rows: StoreRows;
}

/** Stores whose rows are kept, most recent last. */
const kept = new Map<string, Kept>();
const KEEP_STORES = 2;

/** The rows of the store `db` opened (`key`: its file), up to date. */
export function currentRows(db: Db, key: string): StoreRows {
  const found = kept.get(key);
  const changes = found ? changesSince(db, found.seq) : null;
  kept.delete(key);
  if (!found || !changes) {
    const seq = changeLogHead(db);
    const rows = readStoreRows(db);
    remember(key, { seq, rows });
    return rows;
  }
  applyChanges(db, found.rows, changes);
  remember(key, { seq: changes.head, rows: found.rows });
  return found.rows;
}

function remember(key: string, entry: Kept): void {
  kept.set(key, entry);
  keepNewest(kept, KEEP_STORES);
}

/** Drops the kept rows of one store, or of all. */
export function forgetRows(key?: string): void {
  if (key === undefined) kept.clear();
  else kept.delete(key);
}

/** Reads again what `changes` names. */
export function applyChanges(db: Db, rows: StoreRows, changes: ChangeSet): void {
  const ids = new Set(changes.articles);
  // An image's own row (its credit, its size) is part of every placement of it.
  if (changes.media.size > 0) {
    for (const [articleId, uses] of rows.uses) if (uses.some((u) => changes.media.has(u.media.id))) ids.add(articleId);
    for (const article of rows.articles.values()) if (article.leadMediaId !== null && changes.media.has(article.leadMediaId)) ids.add(article.id);
  }
  if (ids.size > 0) {
    const list = [...ids];
    const articles = new Map(listExportArticles(db, list).map((a) => [a.id, a]));
    const translations = groupRows(listExportTranslations(db, list), (t) => t.articleId);
    const uses = groupRows(listExportUses(db, list), (u) => u.articleId);
    let added = false;
    for (const id of list) {
      const article = articles.get(id);
      if (article === undefined) {
        rows.articles.delete(id);
        rows.translations.delete(id);
        rows.uses.delete(id);
        continue;
      }
      if (!rows.articles.has(id)) added = true;
      rows.articles.set(id, article);
      setOrDelete(rows.translations, id, translations.get(id));
      setOrDelete(rows.uses, id, uses.get(id));
    }
    // Kept in id order, as a whole read gives them.
    if (added) rows.articles = new Map([...rows.articles].sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  if (changes.lists.size > 0) {
    rows.deskLists = readDeskLists(db);
    const listIds = [...changes.lists];
    const found = listListRowsByIds(db, listIds).filter((l) => l.kind === 'related');
    const related = relatedByArticle(found, listItemsOf(db, found.map((l) => l.id)));
    const gone = new Set(listIds);
    for (const l of found) gone.delete(l.id);
    for (const [articleId, entry] of rows.related) if (gone.has(entry.list.id)) rows.related.delete(articleId);
    for (const [articleId, entry] of related) rows.related.set(articleId, entry);
  }
}

function setOrDelete<T>(map: Map<string, T>, key: string, value: T | undefined): void {
  if (value === undefined) map.delete(key);
  else map.set(key, value);
}
