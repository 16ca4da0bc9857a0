import { randomUUID } from 'node:crypto';
import { LIST_LIMITS, type ListPatch, type ListView, type ParsedInput } from '../../../shared/contract';
import { assertWritable, now, requireArticle, requireLanguage, requireLive } from '../articles/rules';
import { TandemError } from '../errors';
import { say } from '../said';
import type { Db } from '../store/db';
import {
  countDeskLists,
  deleteListRow,
  getListRow,
  getRelatedListRow,
  insertList,
  listItemsOf,
  replaceListItems,
  saveListRow,
  type StoredList,
} from '../store/repositories/lists';
import { getSettings } from '../store/repositories/workspaceMeta';
import type { Workspace } from '../workspace';
import { applyPatch, checkSave } from './checks';
import { listNotFound } from './read';
import { readView, unsavedRelatedList } from './views';

type Ws = Pick<Workspace, 'db' | 'readOnly' | 'problem'>;

/** A save made against an older version of the list than the store holds. */
export function listConflict(): TandemError {
  return new TandemError('conflict', say('core.lists.conflict'));
}

/** A new custom list: empty, version 1. */
export function createList(ws: Ws, input: ParsedInput<'createList'>): ListView {
  const { db } = ws;
  return db.transaction(() => {
    assertWritable(ws);
    const settings = getSettings(db);
    if (countDeskLists(db) >= LIST_LIMITS.lists) {
      throw new TandemError('invalid_input', say('core.lists.tooMany', { max: LIST_LIMITS.lists }));
    }
    const langs = [...new Set(input.langs)];
    for (const lang of langs) requireLanguage(settings, lang);
    const time = now();
    const list: StoredList = {
      id: randomUUID(),
      kind: 'custom',
      name: input.name.trim(),
      section: null,
      articleId: null,
      maxItems: input.maxItems,
      langs,
      dismissed: [],
      version: 1,
      createdAt: time,
      updatedAt: time,
    };
    insertList(db, list);
    return readView(db, list, settings);
  })();
}

/** Saves `patch` over `list` (stored, or an unsaved Related list at version 0) if it is still at `expectedVersion`. */
function saveList(db: Db, list: StoredList, expectedVersion: number, patch: ListPatch): ListView {
  if (list.version !== expectedVersion) throw listConflict();
  const settings = getSettings(db);
  const previous = list.version === 0 ? [] : (listItemsOf(db, [list.id]).get(list.id) ?? []);
  const next = applyPatch(list, previous, patch);
  checkSave(db, list, previous, next, settings);
  const time = now();
  const saved: StoredList = {
    ...list,
    name: next.name,
    maxItems: next.maxItems,
    langs: next.langs,
    dismissed: next.dismissed,
    version: list.version + 1,
    createdAt: list.version === 0 ? time : list.createdAt,
    updatedAt: time,
  };
  if (list.version === 0) insertList(db, saved);
  else if (!saveListRow(db, saved, expectedVersion)) throw listConflict();
  if (patch.items !== undefined) replaceListItems(db, saved.id, next.items);
  return readView(db, saved, settings);
}

/** A Related list belongs to its article: written only while the article is out of the trash. */
function requireLiveArticle(db: Db, articleId: string): void {
  requireLive(requireArticle(db, articleId));
}

/** Saves a list against the version the editor saw; `conflict` when it moved on. */
export function updateList(ws: Ws, input: ParsedInput<'updateList'>): ListView {
  const { db } = ws;
  return db.transaction(() => {
    assertWritable(ws);
    const list = getListRow(db, input.listId);
    if (!list) throw listNotFound();
    if (list.kind === 'related' && list.articleId !== null) requireLiveArticle(db, list.articleId);
    return saveList(db, list, input.expectedVersion, input.patch);
  })();
}

/** Saves an article's Related list, made on its first save (expectedVersion 0). */
export function updateRelatedList(ws: Ws, input: ParsedInput<'updateRelatedList'>): ListView {
  const { db } = ws;
  return db.transaction(() => {
    assertWritable(ws);
    requireLiveArticle(db, input.articleId);
    const list = getRelatedListRow(db, input.articleId) ?? unsavedRelatedList(input.articleId);
    return saveList(db, list, input.expectedVersion, input.patch);
  })();
}

/** Removes a custom list; the desk's own lists, section fronts and Related lists stay. */
export function deleteList(ws: Ws, listId: string): { deleted: string } {
  const { db } = ws;
  return db.transaction(() => {
    assertWritable(ws);
    const list = getListRow(db, listId);
    if (!list) throw listNotFound();
    if (list.kind !== 'custom') {
      // The desk's own lists, section fronts and Related lists each say why they stay.
      throw new TandemError('invalid_input', say(`core.lists.kept.${list.kind}`));
    }
    deleteListRow(db, list.id);
    return { deleted: list.id };
  })();
}
