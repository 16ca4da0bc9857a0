import type { ListItem } from '../../../shared/contract';
import type { Lang } from '../../../shared/domain/languages';
import { excerpt, isShownAt, resolveCard, type CardTranslation } from '../../../shared/domain/lists';
import { translationState } from '../articles/compose';
import { sectionName } from '../lists/cards';
import { BODY_HEAD_CHARS, withoutLeadCaption } from '../store/repositories/lists';
import type { Db } from '../store/db';
import { readBodyHeads } from '../store/repositories/exports';
import type { MediaFiles } from './media';
import type { CardModel } from './model';
import { labelsFor } from './render/labels';
import { pageKey, type Selection } from './selection';

/**
 * Item cards as the bundle prints them, by the same rules as the list editor's preview
 * (shared/domain/lists.ts): the page's language when the article is exported in it, else
 * the fallback order; the list's teaser override, else the summary, else an excerpt. An
 * item appears only while its schedule window is open and when the article is in the
 * bundle (a card never links to a page that is not there).
 */

export interface CardContext {
  sel: Selection;
  /** The time schedule windows are judged at. */
  asOf: number;
  media: MediaFiles;
  /** Which desk badge lists (`editors-choice`, `popular`) show each article now. */
  badgeKinds: Map<string, Set<'editors-choice' | 'popular'>>;
  /** The start of a body's text, for excerpts, read on demand. */
  head(articleId: string, lang: Lang): string;
}

/** The desk lists' shown members, for badges. */
export function badgeKindsOf(sel: Selection, asOf: number): Map<string, Set<'editors-choice' | 'popular'>> {
  const out = new Map<string, Set<'editors-choice' | 'popular'>>();
  for (const { list, items } of sel.deskLists) {
    if (list.kind !== 'editors-choice' && list.kind !== 'popular') continue;
    for (const item of items) {
      if (!isShownAt(item, asOf)) continue;
      let kinds = out.get(item.articleId);
      if (kinds === undefined) out.set(item.articleId, (kinds = new Set()));
      kinds.add(list.kind);
    }
  }
  return out;
}

/**
 * Reads body heads on demand, one article (all its languages) at a time: only cards without
 * a summary need one. One character past BODY_HEAD_CHARS tells a whole text from a cut one.
 */
export function bodyHeadReader(db: Db): CardContext['head'] {
  const cache = new Map<string, string>();
  return (articleId, lang) => {
    const key = pageKey(articleId, lang);
    if (!cache.has(key)) for (const [k, v] of readBodyHeads(db, [articleId], BODY_HEAD_CHARS + 1)) cache.set(k, v);
    return cache.get(key) ?? '';
  };
}

/** The relative path from a bundle folder (`ru/news/slug/`) back to the bundle's root. */
export function rootOf(dir: string): string {
  return '../'.repeat(dir.split('/').filter((s) => s !== '').length);
}

const NO_SCHEDULE = { showFrom: null, showUntil: null } as const;

/**
 * Cards without a teaser override, by article, page language and depth: the same article
 * is shown on thousands of pages (Popular on every page of a language, Related lists
 * overlapping), and its card is the same on each. Kept per context (one export).
 */
const sharedCards = new WeakMap<CardContext, Map<string, CardModel | null>>();

/**
 * The card an item shows on a page in `pageLang` at folder depth `root`, or null when it
 * would not appear (window closed, article not in the bundle).
 */
export function cardFor(ctx: CardContext, item: Pick<ListItem, 'articleId' | 'teasers' | 'showFrom' | 'showUntil'>, pageLang: Lang, root: string): CardModel | null {
  if (!isShownAt(item, ctx.asOf)) return null;
  if (Object.keys(item.teasers).length > 0) return makeCard(ctx, item, pageLang, root);
  let cache = sharedCards.get(ctx);
  if (cache === undefined) sharedCards.set(ctx, (cache = new Map()));
  const key = `${item.articleId}\u0000${pageLang}\u0000${root}`;
  let card = cache.get(key);
  if (card === undefined) cache.set(key, (card = makeCard(ctx, item, pageLang, root)));
  return card;
}

function makeCard(ctx: CardContext, item: Pick<ListItem, 'articleId' | 'teasers'>, pageLang: Lang, root: string): CardModel | null {
  const { sel } = ctx;
  const article = sel.articles.get(item.articleId);
  const langs = sel.exportedLangs.get(item.articleId);
  if (!article || !langs) return null;
  const rows = (sel.translations.get(article.id) ?? []).filter((t) => langs.includes(t.lang));
  const translations: CardTranslation[] = rows.map((t) => ({
    lang: t.lang,
    title: t.title,
    summary: t.summary,
    excerpt: t.summary.trim() === '' ? excerpt(withoutLeadCaption(ctx.head(article.id, t.lang), t.leadCaption)) : '',
    status: t.status,
    state: translationState(t.lang, article.originalLang, t),
  }));
  const resolved = resolveCard({ pageLang, translations, originalLang: article.originalLang, languages: sel.languages, teasers: item.teasers });
  const lang = resolved.shownLang;
  const page = lang === null ? undefined : sel.pages.get(pageKey(article.id, lang));
  if (lang === null || !page) return null;
  const labels = labelsFor(lang);
  const kinds = ctx.badgeKinds.get(article.id);
  const badges: string[] = [];
  if (kinds?.has('editors-choice')) badges.push(labels.editorsChoice);
  if (kinds?.has('popular')) badges.push(labels.popular);
  badges.push(sectionName(sel.sections, article.section, lang));
  const lead = article.leadMediaId === null ? null : ctx.media.thumbnail(article.id, article.leadMediaId, root);
  return {
    articleId: article.id,
    pageLang,
    lang,
    fallback: resolved.fallback,
    href: root + page.dir,
    title: resolved.title,
    teaser: resolved.teaser,
    badges,
    thumbnail: lead,
  };
}

/** The shown cards of a list's items, in order. */
export function cardsOf(ctx: CardContext, items: readonly ListItem[], pageLang: Lang, root: string, limit = Infinity): CardModel[] {
  const out: CardModel[] = [];
  for (const item of items) {
    if (out.length >= limit) break;
    const card = cardFor(ctx, item, pageLang, root);
    if (card) out.push(card);
  }
  return out;
}

/** A card for an article picked by the export itself (a front's newest articles): no override, no window. */
export function articleCard(ctx: CardContext, articleId: string, pageLang: Lang, root: string): CardModel | null {
  return cardFor(ctx, { articleId, teasers: {}, ...NO_SCHEDULE }, pageLang, root);
}
