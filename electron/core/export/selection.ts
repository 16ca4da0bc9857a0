import type { ExportScope, ListItem, Section } from '../../../shared/contract';
import type { Lang } from '../../../shared/domain/languages';
import { slugFromTitle } from '../../../shared/domain/slug';
import { isPublishable } from '../../../shared/domain/status';
import type { Db } from '../store/db';
import {
  listExportArticles,
  listExportTranslations,
  listExportUses,
  type ExportArticleRow,
  type ExportTranslationRow,
  type ExportUseRow,
} from '../store/repositories/exports';
import { listDeskListRows, listItemsOf, listRelatedListRows, type StoredList } from '../store/repositories/lists';
import type { WorkspaceSettings } from '../store/repositories/workspaceMeta';
import { KeyedMemo } from './memo';

/**
 * What a bundle holds, read from the store without bodies: the articles in scope, the
 * languages each is exported in (those `ready` or `published`), every page's path and
 * address, the lists and the images used. Everything after this reads bodies only for the
 * pages it renders.
 */

export interface PageRef {
  articleId: string;
  lang: Lang;
  slug: string;
  /** The page's folder in the bundle, ending in `/` (`ru/news/some-slug/`). */
  dir: string;
  /** Absolute address. */
  url: string;
  title: string;
}

export interface ListWithItems {
  list: StoredList;
  items: ListItem[];
}

export interface Selection {
  baseUrl: string;
  languages: readonly Lang[];
  sections: readonly Section[];
  /** Every live article (in scope or not: cards and preflight look at them all), by id. */
  articles: Map<string, ExportArticleRow>;
  /** Every live article's translations, in the workspace's language order. */
  translations: Map<string, ExportTranslationRow[]>;
  /** The articles in the bundle (at least one exported language), sorted by id. */
  inBundle: string[];
  /** The articles in scope that have no exported language (preflight names them). */
  notReady: string[];
  /** Chosen articles that are in the trash or no longer exist. */
  missing: string[];
  /** Pages by `articleId/lang`. */
  pages: Map<string, PageRef>;
  /** The languages each bundled article is exported in, in the workspace's order. */
  exportedLangs: Map<string, Lang[]>;
  /** Image placements by article. */
  uses: Map<string, ExportUseRow[]>;
  /** Every list but the Related lists: the desk's, section fronts, custom. */
  deskLists: ListWithItems[];
  /** Related lists by article id. */
  related: Map<string, ListWithItems>;
  /** Slugs two pages share (`lang/section/slug` → article ids), resolved by suffixing the later ids. */
  collisions: Map<string, string[]>;
  /** The articles with a page moved off its own folder by a collision (the rest are where their rows put them). */
  moved: Set<string>;
}

export function pageKey(articleId: string, lang: Lang): string {
  return `${articleId}/${lang}`;
}

function inScope(article: ExportArticleRow, scope: ExportScope, chosen: ReadonlySet<string>): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'section') return article.section === scope.section;
  return chosen.has(article.id);
}

/** The slug a page is written under: its own, else one made from its title, else the article id. */
export function pageSlug(t: Pick<ExportTranslationRow, 'slug' | 'title' | 'articleId'>): string {
  const own = t.slug.trim();
  if (own !== '') return own;
  return slugFromTitle(t.title) || t.articleId;
}

/** Rows by a key, each group in the rows' order. */
export function groupRows<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    let list = out.get(k);
    if (list === undefined) out.set(k, (list = []));
    list.push(row);
  }
  return out;
}

/**
 * The store's rows an export reads (everything but bodies): read whole here, or kept in
 * memory between exports and brought up to date from the change log (rows.ts).
 */
export interface StoreRows {
  articles: Map<string, ExportArticleRow>;
  /** By article id. */
  translations: Map<string, ExportTranslationRow[]>;
  /** By article id. */
  uses: Map<string, ExportUseRow[]>;
  /** Every list but the Related lists, in the desk's order. */
  deskLists: ListWithItems[];
  /** Related lists by article id. */
  related: Map<string, ListWithItems>;
}

/** The Related lists of these rows, with their items, by article id. */
export function relatedByArticle(lists: readonly StoredList[], items: ReadonlyMap<string, ListItem[]>): Map<string, ListWithItems> {
  const out = new Map<string, ListWithItems>();
  for (const list of lists) if (list.articleId !== null) out.set(list.articleId, { list, items: items.get(list.id) ?? [] });
  return out;
}

/** The desk's lists (everything but the Related lists), in the desk's order, with their items. */
export function readDeskLists(db: Db): ListWithItems[] {
  const rows = listDeskListRows(db);
  const items = listItemsOf(db, rows.map((l) => l.id));
  return rows.map((list) => ({ list, items: items.get(list.id) ?? [] }));
}

export function readStoreRows(db: Db): StoreRows {
  const relatedRows = listRelatedListRows(db);
  return {
    articles: new Map(listExportArticles(db).map((a) => [a.id, a])),
    translations: groupRows(listExportTranslations(db), (t) => t.articleId),
    uses: groupRows(listExportUses(db), (u) => u.articleId),
    deskLists: readDeskLists(db),
    related: relatedByArticle(relatedRows, listItemsOf(db, relatedRows.map((l) => l.id))),
  };
}

export function readSelection(db: Db, settings: WorkspaceSettings, baseUrl: string, scope: ExportScope): Selection {
  return selectionOf(readStoreRows(db), settings, baseUrl, scope);
}

/** An article's exported languages and its pages (before collisions are settled). */
interface Placed {
  langs: Lang[];
  pages: Array<{ key: string; page: PageRef }>;
}

/**
 * Each kept article's placing, by its row (rows.ts reads an article's row and translations
 * again together, so the same row object means the same translations), for the base URL
 * and language order it was made for. Shared PageRefs are never changed: a collision
 * replaces them with copies.
 */
const placedByRow = new KeyedMemo<Placed>();
/** The translation lists already in a language order (sorted in place), and which. */
const sortedFor = new WeakMap<ExportTranslationRow[], string>();

function place(article: ExportArticleRow, translations: readonly ExportTranslationRow[], baseUrl: string): Placed {
  const exported = translations.filter((t) => isPublishable(t.status));
  return {
    langs: exported.map((t) => t.lang),
    pages: exported.map((t) => {
      const slug = pageSlug(t);
      const dir = `${t.lang}/${article.section}/${slug}/`;
      return { key: pageKey(article.id, t.lang), page: { articleId: article.id, lang: t.lang, slug, dir, url: baseUrl + dir, title: t.title } };
    }),
  };
}

/** What a bundle holds, from the store's rows (kept rows are shared, never changed here but for their translations' order). */
export function selectionOf(rows: StoreRows, settings: WorkspaceSettings, baseUrl: string, scope: ExportScope): Selection {
  const languages = settings.languages;
  const languageOrder = languages.join();
  const order = (lang: Lang) => {
    const i = languages.indexOf(lang);
    return i === -1 ? languages.length : i;
  };
  const { articles, translations } = rows;
  // Sorted in place: the workspace's language order is the same for every reader of these rows.
  for (const list of translations.values()) {
    if (sortedFor.get(list) === languageOrder) continue;
    list.sort((a, b) => order(a.lang) - order(b.lang) || a.lang.localeCompare(b.lang));
    sortedFor.set(list, languageOrder);
  }
  const chosen = new Set(scope.kind === 'selection' ? scope.articleIds : []);

  const inBundle: string[] = [];
  const notReady: string[] = [];
  const exportedLangs = new Map<string, Lang[]>();
  const pages = new Map<string, PageRef>();
  const byPath = new Map<string, string[]>();
  const placeKey = `${baseUrl}\u0000${languageOrder}`;
  for (const article of articles.values()) {
    if (!inScope(article, scope, chosen)) continue;
    const placed = placedByRow.get(article, placeKey, () => place(article, translations.get(article.id) ?? [], baseUrl));
    if (placed.langs.length === 0) {
      notReady.push(article.id);
      continue;
    }
    inBundle.push(article.id);
    exportedLangs.set(article.id, placed.langs);
    for (const { key, page } of placed.pages) {
      const ids = byPath.get(page.dir);
      if (ids === undefined) byPath.set(page.dir, [article.id]);
      else ids.push(article.id);
      pages.set(key, page);
    }
  }
  inBundle.sort();
  notReady.sort();
  const missing = [...chosen].filter((id) => !articles.has(id)).sort();

  // Pages sharing a folder: preflight blocks the export; the paths are still made unique
  // (the later ids get a suffix) so that nothing is ever written twice to one file.
  const collisions = new Map<string, string[]>();
  const moved = new Set<string>();
  for (const [dir, ids] of byPath) {
    if (ids.length < 2) continue;
    const sorted = [...ids].sort();
    collisions.set(dir.slice(0, -1), sorted);
    for (const id of sorted.slice(1)) {
      moved.add(id);
      for (const [key, page] of pages) {
        if (page.articleId !== id || page.dir !== dir) continue;
        const own = `${dir.slice(0, -1)}-${id.slice(0, 8)}/`;
        pages.set(key, { ...page, slug: `${page.slug}-${id.slice(0, 8)}`, dir: own, url: baseUrl + own });
      }
    }
  }

  return {
    baseUrl,
    languages,
    sections: settings.sections,
    articles,
    translations,
    inBundle,
    notReady,
    missing,
    pages,
    exportedLangs,
    uses: rows.uses,
    deskLists: rows.deskLists,
    related: rows.related,
    collisions,
    moved,
  };
}
