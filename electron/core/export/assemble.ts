import type { Lang } from '../../../shared/domain/languages';
import { bodyToHtml } from '../../../shared/editor/html';
import type { Body } from '../../../shared/editor/nodes';
import { sectionName } from '../lists/cards';
import { articleCard, cardsOf, rootOf, type CardContext } from './cards';
import type { Alternate, ArticlePageModel, CardModel, FeedEntry, FeedModel, FrontModel, NavModel, SiteModel, SitemapEntry } from './model';
import { labelsFor } from './render/labels';
import { pageKey, type PageRef, type Selection } from './selection';

/**
 * The models the templates render, made from the selection (no bodies) and, for article
 * pages and feeds, the bodies read for them. Pure functions of what the store held.
 */

/** How many newest articles a front and a feed show. */
export const FRONT_LATEST = 20;
export const FEED_ENTRIES = 50;
/** How many cards a sidebar shows at most. */
export const SIDEBAR_CARDS = 5;

export interface AssembleContext extends CardContext {
  site: SiteModel;
  /** The sections with at least one bundled article, in the workspace's order. */
  navSections: string[];
}

/** The sections that have a bundled article, in the workspace's order (then any unknown ones by id). */
export function navSectionsOf(sel: Selection): string[] {
  const used = new Set(sel.inBundle.map((id) => sel.articles.get(id)?.section ?? ''));
  const known = sel.sections.map((s) => s.id).filter((id) => used.has(id));
  const unknown = [...used].filter((id) => id !== '' && !known.includes(id)).sort();
  return [...known, ...unknown];
}

export function frontDir(lang: Lang, section: string | null): string {
  return section === null ? `${lang}/` : `${lang}/${section}/`;
}

function nav(ctx: AssembleContext, lang: Lang, root: string, current: string | null): NavModel {
  return {
    home: root + frontDir(lang, null),
    sections: ctx.navSections.map((id) => ({ id, name: sectionName(ctx.sel.sections, id, lang), href: root + frontDir(lang, id), current: id === current })),
  };
}

/** The newest time of a page: its article's publish time, else the translation's last change. */
function pageTime(ctx: AssembleContext, page: PageRef): string {
  const article = ctx.sel.articles.get(page.articleId);
  const t = ctx.sel.translations.get(page.articleId)?.find((x) => x.lang === page.lang);
  return article?.publishedAt ?? t?.updatedAt ?? '';
}

function modifiedAt(ctx: AssembleContext, page: PageRef): string {
  const article = ctx.sel.articles.get(page.articleId);
  const t = ctx.sel.translations.get(page.articleId)?.find((x) => x.lang === page.lang);
  const times = [article?.updatedAt ?? '', t?.updatedAt ?? ''].sort();
  return times[1] ?? '';
}

/** Newer first, then by article id. */
function newer(a: { page: PageRef; time: string }, b: { page: PageRef; time: string }): number {
  if (a.time !== b.time) return a.time < b.time ? 1 : -1;
  return a.page.articleId < b.page.articleId ? -1 : a.page.articleId > b.page.articleId ? 1 : 0;
}

/** How many newest pages are kept per language and per section: enough for every feed and front. */
const NEWEST_KEPT = Math.max(FEED_ENTRIES, FRONT_LATEST);

interface Newest {
  all: Array<{ page: PageRef; time: string }>;
  bySection: Map<string, Array<{ page: PageRef; time: string }>>;
}

/** Puts `item` into `top` (sorted newest first) when it is among the `size` newest. */
function keepNewest(top: Array<{ page: PageRef; time: string }>, item: { page: PageRef; time: string }, size: number): void {
  if (top.length >= size && newer(item, top[top.length - 1] as { page: PageRef; time: string }) >= 0) return;
  let lo = 0;
  let hi = top.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (newer(top[mid] as { page: PageRef; time: string }, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  top.splice(lo, 0, item);
  if (top.length > size) top.pop();
}

/** The newest pages of each language, overall and by section: found once per export (per context), in one pass. */
const newestByLang = new WeakMap<AssembleContext, Map<Lang, Newest>>();

function newestOf(ctx: AssembleContext, lang: Lang): Newest {
  let byLang = newestByLang.get(ctx);
  if (byLang === undefined) newestByLang.set(ctx, (byLang = new Map()));
  let found = byLang.get(lang);
  if (found === undefined) {
    found = { all: [], bySection: new Map() };
    for (const page of ctx.sel.pages.values()) {
      if (page.lang !== lang) continue;
      const item = { page, time: pageTime(ctx, page) };
      keepNewest(found.all, item, NEWEST_KEPT);
      const section = ctx.sel.articles.get(page.articleId)?.section ?? '';
      let top = found.bySection.get(section);
      if (top === undefined) found.bySection.set(section, (top = []));
      keepNewest(top, item, NEWEST_KEPT);
    }
    byLang.set(lang, found);
  }
  return found;
}

/** The pages of `lang` (of one section, or all), newest first, then by id; at most NEWEST_KEPT. */
export function newestPages(ctx: AssembleContext, lang: Lang, section: string | null, limit: number): PageRef[] {
  if (limit > NEWEST_KEPT) throw new Error(`At most ${NEWEST_KEPT} newest pages are kept; ${limit} were asked for.`);
  const newest = newestOf(ctx, lang);
  const top = section === null ? newest.all : (newest.bySection.get(section) ?? []);
  return top.slice(0, limit).map((x) => x.page);
}

function alternatesOf(ctx: AssembleContext, articleId: string, root: string): Alternate[] {
  const out: Alternate[] = [];
  for (const lang of ctx.sel.exportedLangs.get(articleId) ?? []) {
    const page = ctx.sel.pages.get(pageKey(articleId, lang));
    if (page) out.push({ lang, url: page.url, href: root + page.dir, title: page.title });
  }
  return out;
}

function listFor(ctx: AssembleContext, kind: 'editors-choice' | 'popular', lang: Lang) {
  const found = ctx.sel.deskLists.find((l) => l.list.kind === kind);
  if (!found) return [];
  // A list made for some languages only is not shown on the others' pages.
  if (found.list.langs.length > 0 && !found.list.langs.includes(lang)) return [];
  return found.items;
}

export function articlePageModel(ctx: AssembleContext, page: PageRef, body: Body, source: string): ArticlePageModel {
  const { sel } = ctx;
  const article = sel.articles.get(page.articleId);
  const t = sel.translations.get(page.articleId)?.find((x) => x.lang === page.lang);
  if (!article || !t) throw new Error(`The article ${page.articleId} (${page.lang}) is not in the selection.`);
  const root = rootOf(page.dir);
  const lang = page.lang;
  const related = sel.related.get(article.id);
  const lead = article.leadMediaId === null ? null : ctx.media.image(article.leadMediaId, root);
  return {
    site: ctx.site,
    lang,
    root,
    labels: labelsFor(lang),
    nav: nav(ctx, lang, root, article.section),
    articleId: article.id,
    section: { id: article.section, name: sectionName(sel.sections, article.section, lang) },
    tags: article.tags,
    authors: article.authors,
    publishedAt: article.publishedAt,
    modifiedAt: modifiedAt(ctx, page),
    url: page.url,
    title: t.title,
    summary: t.summary,
    bodyHtml: bodyToHtml(body, { lang, images: ctx.media.resolver(root) }),
    source,
    lead: lead && { ...lead, caption: t.leadCaption, alt: t.leadAlt },
    alternates: alternatesOf(ctx, article.id, root).filter((a) => a.lang !== lang),
    related: related ? cardsOf(ctx, related.items, lang, root, SIDEBAR_CARDS).filter((c) => c.articleId !== article.id) : [],
    popular: cardsOf(ctx, listFor(ctx, 'popular', lang), lang, root, SIDEBAR_CARDS),
    wordCount: t.wordCount,
  };
}

export function frontModel(ctx: AssembleContext, lang: Lang, section: string | null): FrontModel {
  const { sel } = ctx;
  const dir = frontDir(lang, section);
  const root = rootOf(dir);
  const curated = section === null ? [] : (sel.deskLists.find((l) => l.list.kind === 'section' && l.list.section === section)?.items ?? []);
  const latest = newestPages(ctx, lang, section, FRONT_LATEST)
    .map((p) => articleCard(ctx, p.articleId, lang, root))
    .filter((c): c is CardModel => c !== null);
  return {
    site: ctx.site,
    lang,
    root,
    labels: labelsFor(lang),
    nav: nav(ctx, lang, root, section),
    section: section === null ? null : { id: section, name: sectionName(sel.sections, section, lang) },
    url: ctx.site.baseUrl + dir,
    alternates: sel.languages
      .filter((l) => l !== lang)
      .map((l) => ({ lang: l, url: ctx.site.baseUrl + frontDir(l, section), href: root + frontDir(l, section), title: labelsFor(l).siteName })),
    editorsChoice: cardsOf(ctx, listFor(ctx, 'editors-choice', lang), lang, root),
    curated: cardsOf(ctx, curated, lang, root),
    latest,
  };
}

export function feedModel(ctx: AssembleContext, lang: Lang, entries: FeedEntry[]): FeedModel {
  const base = ctx.site.baseUrl;
  const updated = entries.map((e) => e.modifiedAt).sort().at(-1) ?? '1970-01-01T00:00:00.000Z';
  return {
    site: ctx.site,
    lang,
    labels: labelsFor(lang),
    homeUrl: base + frontDir(lang, null),
    atomUrl: `${base}feeds/${lang}.xml`,
    jsonUrl: `${base}feeds/${lang}.json`,
    updated,
    entries,
  };
}

export function feedEntry(ctx: AssembleContext, page: PageRef, body: Body): FeedEntry {
  const article = ctx.sel.articles.get(page.articleId);
  const t = ctx.sel.translations.get(page.articleId)?.find((x) => x.lang === page.lang);
  if (!article || !t) throw new Error(`The article ${page.articleId} (${page.lang}) is not in the selection.`);
  const lead = article.leadMediaId === null ? null : ctx.media.image(article.leadMediaId, ctx.site.baseUrl);
  return {
    articleId: article.id,
    url: page.url,
    title: t.title,
    summary: t.summary,
    contentHtml: bodyToHtml(body, { lang: page.lang, images: ctx.media.resolver(ctx.site.baseUrl) }),
    publishedAt: pageTime(ctx, page),
    modifiedAt: modifiedAt(ctx, page),
    authors: article.authors,
    tags: article.tags,
    image: lead?.url ?? null,
  };
}

/** The fronts' sitemap entries: the home front and each section's, in every language. */
export function frontSitemapEntries(ctx: AssembleContext): SitemapEntry[] {
  const { sel } = ctx;
  const out: SitemapEntry[] = [];
  for (const section of [null, ...ctx.navSections]) {
    const alternates = sel.languages.map((l) => ({ lang: l, url: ctx.site.baseUrl + frontDir(l, section) }));
    for (const lang of sel.languages) out.push({ url: ctx.site.baseUrl + frontDir(lang, section), lastmod: null, alternates });
  }
  return out;
}

/** One article's sitemap entries: a page per exported language, each naming the others. */
export function articleSitemapEntries(ctx: AssembleContext, id: string): SitemapEntry[] {
  const { sel } = ctx;
  const pages = (sel.exportedLangs.get(id) ?? []).map((l) => sel.pages.get(pageKey(id, l))).filter((p): p is PageRef => p !== undefined);
  const alternates = pages.length > 1 ? pages.map((p) => ({ lang: p.lang, url: p.url })) : [];
  return pages.map((page) => ({ url: page.url, lastmod: modifiedAt(ctx, page), alternates }));
}
