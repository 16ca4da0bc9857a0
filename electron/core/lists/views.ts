import type { ListSummary, ListView } from '../../../shared/contract';
import type { Db } from '../store/db';
import { listItemsOf, RELATED_MAX_ITEMS, sectionListName, type StoredList } from '../store/repositories/lists';
import type { WorkspaceSettings } from '../store/repositories/workspaceMeta';
import { composeLists, type ComposedItems } from './cards';
import { relatedListId } from './ids';
import { nowMs } from '../articles/rules';

/** What a list is called where the desk sees it. */
export const RELATED_LIST_NAME = 'Related';

const NO_ITEMS: ComposedItems = { items: [], gaps: { missingLanguage: 0, stale: 0, notReady: 0 } };

/** A section's front is named after its section as the workspace names it now. */
export function displayName(list: StoredList, settings: WorkspaceSettings): string {
  if (list.kind === 'related') return RELATED_LIST_NAME;
  if (list.kind === 'section') {
    const section = settings.sections.find((s) => s.id === list.section);
    if (section) return sectionListName(section);
  }
  return list.name;
}

export function toSummary(list: StoredList, settings: WorkspaceSettings, composed: ComposedItems = NO_ITEMS): ListSummary {
  return {
    id: list.id,
    kind: list.kind,
    name: displayName(list, settings),
    section: list.section,
    articleId: list.articleId,
    maxItems: list.maxItems,
    langs: [...list.langs],
    itemCount: composed.items.length,
    gaps: composed.gaps,
    version: list.version,
    updatedAt: list.version === 0 ? null : list.updatedAt,
  };
}

/** One list with its items and their cards, read as it is in the store now. */
export function readView(db: Db, list: StoredList, settings: WorkspaceSettings): ListView {
  // A list never saved has no items to read.
  const items = list.version === 0 ? new Map() : listItemsOf(db, [list.id]);
  const composed = composeLists(db, [list], items, { settings, time: nowMs(), text: true }).get(list.id) ?? NO_ITEMS;
  return { ...toSummary(list, settings, composed), items: composed.items, dismissed: [...list.dismissed] };
}

/** An article's Related list before its first save: empty, version 0. */
export function unsavedRelatedList(articleId: string): StoredList {
  return {
    id: relatedListId(articleId),
    kind: 'related',
    name: RELATED_LIST_NAME,
    section: null,
    articleId,
    maxItems: RELATED_MAX_ITEMS,
    langs: [],
    dismissed: [],
    version: 0,
    createdAt: '',
    updatedAt: '',
  };
}

/** The desk's lists in the order the desk sees them: its own, then section fronts in the workspace's order, then custom lists. */
export function inDeskOrder(lists: readonly StoredList[], settings: WorkspaceSettings): StoredList[] {
  const kindRank = (l: StoredList) => ['editors-choice', 'popular', 'section', 'custom'].indexOf(l.kind);
  const sectionRank = (l: StoredList) => {
    const i = settings.sections.findIndex((s) => s.id === l.section);
    return i === -1 ? settings.sections.length : i;
  };
  return [...lists].sort((a, b) => kindRank(a) - kindRank(b) || (a.kind === 'section' && b.kind === 'section' ? sectionRank(a) - sectionRank(b) : 0));
}
