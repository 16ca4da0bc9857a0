import type { ListSummary, ListView } from '../../../shared/contract';
import { now, nowMs, requireArticle } from '../articles/rules';
import { TandemError } from '../errors';
import { say } from '../said';
import { isSqliteError } from '../store/db';
import {
  deskListsMissing,
  ensureDeskLists,
  getListRow,
  getRelatedListRow,
  listDeskListRows,
  listItemsOf,
  storeHasLists,
} from '../store/repositories/lists';
import { getSettings, type WorkspaceSettings } from '../store/repositories/workspaceMeta';
import type { Workspace } from '../workspace';
import { composeLists } from './cards';
import { inDeskOrder, readView, toSummary, unsavedRelatedList } from './views';

type Ws = Pick<Workspace, 'db' | 'readOnly' | 'problem'>;

export function listNotFound(): TandemError {
  return new TandemError('not_found', say('core.lists.notFound'));
}

/**
 * Makes the fronts of sections added since the store was migrated, in a writable
 * workspace. When the store is busy the lists that exist are shown, and the front is made
 * on a later visit. True when it made any.
 */
function makeMissingFronts(ws: Ws, settings: WorkspaceSettings): boolean {
  if (ws.readOnly) return false;
  try {
    return ensureDeskLists(ws.db, settings.sections, now()) > 0;
  } catch (e) {
    if (!isSqliteError(e) || !/^SQLITE_(BUSY|LOCKED|READONLY)/.test(e.code)) throw e;
    return false;
  }
}

/** The desk's lists (not the articles' Related lists), with item counts and gaps. */
export function listLists(ws: Ws): { lists: ListSummary[] } {
  const { db } = ws;
  if (!storeHasLists(db)) return { lists: [] };
  return db.transaction(() => {
    const settings = getSettings(db);
    let rows = listDeskListRows(db);
    if (deskListsMissing(rows, settings.sections) && makeMissingFronts(ws, settings)) rows = listDeskListRows(db);
    const lists = inDeskOrder(rows, settings);
    const composed = composeLists(db, lists, listItemsOf(db, lists.map((l) => l.id)), { settings, time: nowMs(), text: false });
    return { lists: lists.map((l) => toSummary(l, settings, composed.get(l.id))) };
  })();
}

/** One list with its items, each with a card per language of the list. */
export function getList(ws: Pick<Workspace, 'db'>, listId: string): ListView {
  const { db } = ws;
  if (!storeHasLists(db)) throw listNotFound();
  return db.transaction(() => {
    const list = getListRow(db, listId);
    if (!list) throw listNotFound();
    return readView(db, list, getSettings(db));
  })();
}

/** An article's Related list; empty at version 0 when it was never saved (reading it writes nothing). */
export function getRelatedList(ws: Pick<Workspace, 'db'>, articleId: string): ListView {
  const { db } = ws;
  return db.transaction(() => {
    requireArticle(db, articleId);
    const list = (storeHasLists(db) ? getRelatedListRow(db, articleId) : undefined) ?? unsavedRelatedList(articleId);
    return readView(db, list, getSettings(db));
  })();
}
