import type { ListItem, ListPatch } from '../../../shared/contract';
import type { Lang } from '../../../shared/domain/languages';
import { isEmptyWindow } from '../../../shared/domain/lists';
import { requireLanguage } from '../articles/rules';
import { TandemError } from '../errors';
import { say, type Sentence } from '../said';
import type { Db } from '../store/db';
import { listCardArticles, type StoredList } from '../store/repositories/lists';
import type { WorkspaceSettings } from '../store/repositories/workspaceMeta';
import { displayName } from './views';

/**
 * The rules a list's save must keep: its length, each article once, item ids unique, a
 * Related list never holding its own article, schedule windows that can show their item,
 * and articles added that exist. A save that breaks one is refused whole, saying what to
 * change; nothing is dropped or reordered behind the desk's back.
 */

/** A list as a save leaves it. */
export interface ListSave {
  name: string;
  maxItems: number;
  langs: Lang[];
  items: ListItem[];
  dismissed: string[];
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Keeps the teasers that say something, exactly as typed; a blank one means "no override". */
function cleanTeasers(teasers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [lang, text] of Object.entries(teasers)) {
    if (text.trim() !== '') out[lang] = text;
  }
  return out;
}

/** The patch laid over the list as stored (or over its previous items when the patch leaves them). */
export function applyPatch(list: StoredList, previous: readonly ListItem[], patch: ListPatch): ListSave {
  return {
    name: patch.name === undefined ? list.name : patch.name.trim(),
    maxItems: patch.maxItems ?? list.maxItems,
    langs: unique(patch.langs ?? list.langs),
    items: (patch.items ?? previous).map((item) => ({ ...item, teasers: cleanTeasers(item.teasers) })),
    dismissed: unique(patch.dismissed ?? list.dismissed),
  };
}

function refuse(said: Sentence): TandemError {
  return new TandemError('invalid_input', said);
}

function checkName(list: StoredList, next: ListSave, settings: WorkspaceSettings): void {
  if (next.name === list.name || list.kind === 'custom' || list.kind === 'editors-choice' || list.kind === 'popular') return;
  if (next.name === displayName(list, settings)) return;
  throw refuse(list.kind === 'related' ? say('core.lists.relatedName') : say('core.lists.frontName'));
}

function checkLength(next: ListSave): void {
  const over = next.items.length - next.maxItems;
  if (over <= 0) return;
  throw refuse(say('core.lists.tooLong', { max: next.maxItems, items: next.items.length, count: over }));
}

function checkItems(list: StoredList, previous: readonly ListItem[], next: ListSave): void {
  const byId = new Map(previous.map((item) => [item.id, item]));
  const seenIds = new Set<string>();
  const seenArticles = new Map<string, number>();
  next.items.forEach((item, i) => {
    const n = i + 1;
    if (seenIds.has(item.id)) {
      throw refuse(say('core.lists.sameId', { n }));
    }
    seenIds.add(item.id);
    const before = byId.get(item.id);
    if (before !== undefined && before.articleId !== item.articleId) {
      throw refuse(say('core.lists.reusedId', { n }));
    }
    const first = seenArticles.get(item.articleId);
    if (first !== undefined) {
      throw refuse(say('core.lists.sameArticle', { first, n }));
    }
    seenArticles.set(item.articleId, n);
    if (list.kind === 'related' && item.articleId === list.articleId) {
      throw refuse(say('core.lists.itself', { n }));
    }
    if (isEmptyWindow(item)) {
      throw refuse(say('core.lists.neverShown', { n }));
    }
  });
}

/**
 * Articles newly added must exist and be out of the trash. Items the list already held
 * stay whatever became of their article: a deleted one shows as a missing article until
 * the desk removes it.
 */
function checkAddedArticles(db: Db, previous: readonly ListItem[], next: ListSave): void {
  const held = new Set(previous.map((item) => item.articleId));
  const added = next.items.filter((item) => !held.has(item.articleId));
  if (added.length === 0) return;
  const found = listCardArticles(db, added.map((item) => item.articleId));
  for (const item of added) {
    const n = next.items.indexOf(item) + 1;
    const article = found.get(item.articleId);
    if (!article) {
      throw new TandemError('not_found', say('core.lists.itemArticleMissing', { n }));
    }
    if (article.deletedAt !== null) {
      throw refuse(say('core.lists.itemArticleTrashed', { n }));
    }
  }
}

/** Refuses a save that breaks a rule of lists; returns quietly when it keeps them all. */
export function checkSave(db: Db, list: StoredList, previous: readonly ListItem[], next: ListSave, settings: WorkspaceSettings): void {
  checkName(list, next, settings);
  // Languages the list already had stay, even one the workspace has since stopped using.
  for (const lang of next.langs) if (!list.langs.includes(lang)) requireLanguage(settings, lang);
  checkLength(next);
  checkItems(list, previous, next);
  checkAddedArticles(db, previous, next);
}
