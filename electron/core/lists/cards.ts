import type { ItemCard, ListGaps, ListItem, ListItemView, Section } from '../../../shared/contract';
import type { Lang } from '../../../shared/domain/languages';
import { cardProblem, excerpt, isShownAt, listGaps, resolveCard, type CardTranslation } from '../../../shared/domain/lists';
import { translationState } from '../articles/compose';
import { toMedia } from '../media/library';
import type { Db } from '../store/db';
import {
  listCardArticles,
  listCardTranslations,
  listDeskMemberships,
  type CardArticle,
  type CardTranslationSource,
  type DeskMembership,
  type StoredList,
} from '../store/repositories/lists';
import type { WorkspaceSettings } from '../store/repositories/workspaceMeta';

/**
 * Item cards: what each item of a list shows on a page in each of the list's languages,
 * with the desk's warnings (fallbacks, stale versions, items that would not appear). The
 * articles of every list asked for are read together, a few queries in all, whatever the
 * number of items.
 */

/** The languages a list is for: its own, or every workspace language. */
export function listLanguages(list: Pick<StoredList, 'langs'>, settings: WorkspaceSettings): Lang[] {
  return list.langs.length > 0 ? [...list.langs] : [...settings.languages];
}

/** A section's name in `lang`, else in English, else its first; its id when the workspace no longer has it. */
export function sectionName(sections: readonly Section[], id: string, lang: Lang): string {
  const section = sections.find((s) => s.id === id);
  if (!section) return id;
  const named = (l: string) => section.names[l]?.trim() || undefined;
  return named(lang) ?? named('en') ?? Object.values(section.names).find((n) => n.trim() !== '')?.trim() ?? id;
}

/** What the cards of one read share: the linked articles, their translations and desk lists. */
interface Linked {
  articles: Map<string, CardArticle>;
  translations: Map<string, CardTranslationSource[]>;
  memberships: Map<string, DeskMembership[]>;
}

export interface CardOptions {
  settings: WorkspaceSettings;
  /** The time the schedule windows and desk badges are judged at (milliseconds). */
  time: number;
  /** False when only the gap counts are wanted: titles, teasers and badges are left empty. */
  text: boolean;
}

function readLinked(db: Db, items: readonly ListItem[], text: boolean): Linked {
  const ids = [...new Set(items.map((i) => i.articleId))];
  return {
    articles: listCardArticles(db, ids),
    translations: listCardTranslations(db, ids, { text }),
    memberships: text ? listDeskMemberships(db, ids) : new Map(),
  };
}

function cardTranslations(sources: readonly CardTranslationSource[], article: CardArticle, text: boolean): CardTranslation[] {
  return sources.map((t) => ({
    lang: t.lang,
    title: t.title,
    summary: t.summary,
    // An excerpt is only shown when there is no summary.
    excerpt: text && t.summary.trim() === '' ? excerpt(t.bodyHead) : '',
    status: t.status,
    state: translationState(t.lang, article.originalLang, t),
  }));
}

function cardOf(item: ListItem, lang: Lang, linked: Linked, options: CardOptions): ItemCard {
  const article = linked.articles.get(item.articleId);
  const translations = article ? cardTranslations(linked.translations.get(article.id) ?? [], article, options.text) : [];
  const resolved = resolveCard({
    pageLang: lang,
    translations,
    originalLang: article?.originalLang ?? null,
    languages: options.settings.languages,
    teasers: item.teasers,
  });
  const problem = cardProblem({
    article: article === undefined ? 'missing' : article.deletedAt !== null ? 'in-trash' : 'live',
    status: resolved.status,
    window: item,
    time: options.time,
  });
  const badges: string[] = [];
  if (article && options.text) {
    for (const m of linked.memberships.get(article.id) ?? []) {
      if (isShownAt(m, options.time) && !badges.includes(m.name)) badges.push(m.name);
    }
    badges.push(sectionName(options.settings.sections, article.section, resolved.shownLang ?? lang));
  }
  return {
    ...resolved,
    thumbnail: article?.leadPhoto && options.text ? toMedia(article.leadPhoto) : null,
    badges,
    problem,
  };
}

/** A list's items with their cards, and its gap counts. */
export interface ComposedItems {
  items: ListItemView[];
  gaps: ListGaps;
}

/**
 * Composes the items of several lists at once (`items` by list id), reading the linked
 * articles once for all of them.
 */
export function composeLists(
  db: Db,
  lists: readonly StoredList[],
  itemsByList: ReadonlyMap<string, readonly ListItem[]>,
  options: CardOptions,
): Map<string, ComposedItems> {
  const linked = readLinked(
    db,
    lists.flatMap((l) => itemsByList.get(l.id) ?? []),
    options.text,
  );
  const out = new Map<string, ComposedItems>();
  for (const list of lists) {
    const langs = listLanguages(list, options.settings);
    const items = (itemsByList.get(list.id) ?? []).map(
      (item): ListItemView => ({ ...item, cards: langs.map((lang) => cardOf(item, lang, linked, options)) }),
    );
    out.set(list.id, { items, gaps: listGaps(items) });
  }
  return out;
}
