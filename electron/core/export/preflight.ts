import type { ExportScope, InnerPhrase, PreflightProblem, PreflightReport } from '../../../shared/contract';
import type { Lang } from '../../../shared/domain/languages';
import type { Status } from '../../../shared/domain/status';
import { isShownAt } from '../../../shared/domain/lists';
import type { Body } from '../../../shared/editor/nodes';
import { translationState } from '../articles/compose';
import { parseBody } from '../articles/body';
import type { Db } from '../store/db';
import { bodyText, listBodiesContaining, readExportBodies } from '../store/repositories/exports';
import { LEAD_POSITION } from '../store/repositories/photos';
import { langValue, say, type Sentence } from '../said';
import { navSectionsOf, frontDir } from './assemble';
import { KeyedMemo } from './memo';
import type { Selection } from './selection';

/**
 * What stands between the store and a good bundle, found before anything is written.
 * Blocking: two pages that would share an address, an exported version without a title, a
 * chosen article with no version ready. Warnings (the bundle is made, and says so): pages
 * that fall back to another language, stale translations, photos without caption or alt
 * text, links to the site's own pages that are not in the bundle, list items that will not
 * appear or fall back, an empty Editor's choice, the placeholder base URL.
 */

export const PLACEHOLDER_BASE_URL = 'https://news.example.org/';

/** A version's status as a value: `a draft`, `in review`… */
function statusValue(status: Status): InnerPhrase {
  return { key: `core.export.preflight.status.${status}` };
}

type Where = Partial<Pick<PreflightProblem, 'articleId' | 'lang' | 'listId'>>;

/** A problem: what preflight found, where, and its sentence (in English, and as a phrase for the interface). */
function problem(p: Pick<PreflightProblem, 'kind' | 'severity'> & Where, said: Sentence): PreflightProblem {
  return { articleId: null, lang: null, listId: null, ...p, message: said.message, phrase: said.phrase };
}

/** Every link address in a body. */
function linksOf(body: Body): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    const n = node as { type?: unknown; url?: unknown; children?: unknown };
    if (n.type === 'link' && typeof n.url === 'string') out.push(n.url);
    if (Array.isArray(n.children)) for (const child of n.children) walk(child);
  };
  walk(body.root);
  return out;
}

/** Paths of the bundle a link may point to (folders end in `/`). */
function bundleAddresses(sel: Selection): Set<string> {
  const out = new Set<string>(['', 'sitemap.xml', 'manifest.json', 'assets/site.css', 'data/site.json', 'data/lists.json']);
  for (const id of sel.inBundle) out.add(`data/articles/${id}.json`);
  for (const page of sel.pages.values()) out.add(page.dir);
  for (const lang of sel.languages) {
    out.add(frontDir(lang, null));
    out.add(`feeds/${lang}.xml`);
    out.add(`feeds/${lang}.json`);
    for (const section of navSectionsOf(sel)) out.add(frontDir(lang, section));
  }
  return out;
}

/** An article's title as a value: quoted (the original's first), or said to be missing. */
function titleOf(sel: Selection, articleId: string): InnerPhrase {
  const ts = sel.translations.get(articleId) ?? [];
  const article = sel.articles.get(articleId);
  const t = ts.find((x) => x.lang === article?.originalLang && x.title.trim() !== '') ?? ts.find((x) => x.title.trim() !== '');
  return t ? { key: 'core.export.preflight.titled', params: { title: t.title.trim() } } : { key: 'core.export.preflight.untitled' };
}

/**
 * The links to the site's own address, by translation, remembered between exports: a
 * translation's links are read again only when its revision moved on (every save moves
 * it), so an export after one edit reads one body, not all of them.
 */
export interface LinkCache {
  /** The base URL the links were picked by. */
  base: string;
  /** `articleId/lang` → [revision, links]. */
  entries: Map<string, [number, string[]]>;
}

function ownLinks(bodyJson: string, base: string): string[] {
  const body = parseBody(bodyJson);
  return body ? linksOf(body).filter((url) => url.startsWith(base)) : [];
}

/** Above this many articles to read, one scan for the address beats reading their bodies. */
const SCAN_FROM = 200;

type SiteLinks = Array<{ articleId: string; lang: Lang; urls: string[] }>;

/** What preflight keeps between exports, by kept row (see rows.ts): each article's own problems and its links. */
export interface PreflightMemory {
  problems: KeyedMemo<PreflightProblem[]>;
  links: KeyedMemo<SiteLinks>;
}

export function preflightMemory(): PreflightMemory {
  return { problems: new KeyedMemo(), links: new KeyedMemo() };
}

/**
 * The own-site links of every exported translation: from the cache where it is current,
 * else from the body. With `memo` (kept rows, see rows.ts), an article whose row is the
 * same object as at the last export keeps its links without a look at the cache.
 */
function siteLinks(db: Db, sel: Selection, cache: LinkCache | undefined, memo?: KeyedMemo<SiteLinks>): SiteLinks {
  const bundled = new Set(sel.inBundle);
  const exported = (articleId: string, lang: Lang) => bundled.has(articleId) && (sel.exportedLangs.get(articleId) ?? []).includes(lang);
  if (cache === undefined) {
    // No memory of earlier exports: let SQLite find the bodies that mention the address.
    return listBodiesContaining(db, sel.baseUrl)
      .filter((row) => exported(row.articleId, row.lang))
      .map((row) => ({ articleId: row.articleId, lang: row.lang, urls: ownLinks(row.bodyJson, sel.baseUrl) }));
  }
  if (cache.base !== sel.baseUrl) {
    cache.base = sel.baseUrl;
    cache.entries.clear();
  }
  // Without kept rows every entry is looked at, and those of translations no longer
  // exported are dropped; with them, entries are only added or replaced.
  const entries = memo ? cache.entries : new Map<string, [number, string[]]>();
  const out: SiteLinks = [];
  const toRead = new Set<string>();
  const keyOf = (id: string) => [sel.baseUrl, ...(sel.exportedLangs.get(id) ?? [])];
  /** The articles whose links are not kept with their rows. */
  const missed: string[] = [];
  for (const id of sel.inBundle) {
    const article = sel.articles.get(id);
    const kept = memo && article ? memo.peek(article, keyOf(id)) : undefined;
    if (kept !== undefined) {
      out.push(...kept);
      continue;
    }
    missed.push(id);
    for (const t of sel.translations.get(id) ?? []) {
      if (!exported(id, t.lang)) continue;
      const key = `${id}/${t.lang}`;
      const known = cache.entries.get(key);
      if (known && known[0] === t.revision) entries.set(key, known);
      else toRead.add(id);
    }
  }
  const ids = [...toRead];
  if (ids.length > SCAN_FROM || cache.entries.size === 0) {
    // Nothing known yet (a first export to the folder), or many to read: SQLite finds the
    // few bodies that mention the address; every other body has no link to the site.
    const mentioning = new Map(listBodiesContaining(db, sel.baseUrl).map((row) => [`${row.articleId}/${row.lang}`, row.bodyJson]));
    for (const id of ids) {
      for (const t of sel.translations.get(id) ?? []) {
        if (!exported(id, t.lang)) continue;
        const key = `${id}/${t.lang}`;
        const json = mentioning.get(key);
        entries.set(key, [t.revision, json === undefined ? [] : ownLinks(json, sel.baseUrl)]);
      }
    }
  } else {
    for (let i = 0; i < ids.length; i += 200) {
      for (const [key, stored] of readExportBodies(db, ids.slice(i, i + 200))) {
        const [articleId, lang] = key.split('/') as [string, Lang];
        if (!exported(articleId, lang)) continue;
        const revision = sel.translations.get(articleId)?.find((t) => t.lang === lang)?.revision ?? 0;
        entries.set(key, [revision, ownLinks(bodyText(stored), sel.baseUrl)]);
      }
    }
  }
  cache.entries = entries;
  // The articles not kept: their links from the entries, kept with their rows for next time.
  for (const id of missed) {
    const article = sel.articles.get(id);
    const links: SiteLinks = [];
    for (const lang of sel.exportedLangs.get(id) ?? []) {
      const urls = entries.get(`${id}/${lang}`)?.[1] ?? [];
      if (urls.length > 0) links.push({ articleId: id, lang, urls });
    }
    if (memo && article) memo.set(article, keyOf(id), links);
    out.push(...links);
  }
  return out;
}

/** One bundled article's own problems: titles, staleness, missing languages, photo texts. */
function articleProblems(sel: Selection, id: string): PreflightProblem[] {
  const problems: PreflightProblem[] = [];
  const article = sel.articles.get(id);
  if (!article) return problems;
  const exported = sel.exportedLangs.get(id) ?? [];
  const rows = sel.translations.get(id) ?? [];
  for (const t of rows) {
    if (!exported.includes(t.lang)) continue;
    if (t.title.trim() === '') {
      problems.push(problem({ kind: 'empty-title', severity: 'blocking', articleId: id, lang: t.lang }, say('core.export.preflight.emptyTitle', { lang: langValue(t.lang), title: titleOf(sel, id) })));
    }
    if (translationState(t.lang, article.originalLang, t) === 'stale') {
      const count = t.staleBlocks + t.missingBlocks;
      problems.push(problem({ kind: 'stale-translation', severity: 'warning', articleId: id, lang: t.lang }, say('core.export.preflight.stale', { lang: langValue(t.lang), title: titleOf(sel, id), count })));
    }
  }
  for (const lang of sel.languages) {
    if (exported.includes(lang)) continue;
    const t = rows.find((x) => x.lang === lang);
    const title = titleOf(sel, id);
    const said = t
      ? say('core.export.preflight.notExported', { title, lang: langValue(lang), status: statusValue(t.status) })
      : say('core.export.preflight.noVersion', { title, lang: langValue(lang) });
    problems.push(problem({ kind: 'missing-translation', severity: 'warning', articleId: id, lang }, said));
  }
  const missingText = new Map<string, { lang: Lang; lead: boolean; photos: number; caption: boolean; alt: boolean }>();
  for (const use of sel.uses.get(id) ?? []) {
    if (!exported.includes(use.lang)) continue;
    const caption = use.caption.trim() === '';
    const alt = use.altText.trim() === '';
    if (!caption && !alt) continue;
    const key = `${use.lang}/${use.position === LEAD_POSITION ? 'lead' : 'body'}`;
    const found = missingText.get(key) ?? { lang: use.lang, lead: use.position === LEAD_POSITION, photos: 0, caption: false, alt: false };
    missingText.set(key, { ...found, photos: found.photos + 1, caption: found.caption || caption, alt: found.alt || alt });
  }
  for (const { lang, lead, photos, caption, alt } of missingText.values()) {
    const values = { title: titleOf(sel, id), lang: langValue(lang) };
    const lacks = caption && alt ? 'Both' : caption ? 'Caption' : 'Alt';
    const said =
      photos === 1
        ? say(`core.export.preflight.photoText.${lead ? 'lead' : 'body'}${lacks}`, values)
        : say(`core.export.preflight.photoText.photos${lacks}`, { ...values, count: photos });
    problems.push(problem({ kind: 'photo-text-missing', severity: 'warning', articleId: id, lang }, said));
  }
  return problems;
}

/**
 * `links`: the links of earlier exports (else SQLite finds the bodies that mention the
 * address); `memory`: what earlier exports found, by kept row.
 */
export function preflight(db: Db, sel: Selection, scope: ExportScope, asOf: number, links?: LinkCache, memory?: PreflightMemory): PreflightReport {
  const problems: PreflightProblem[] = [];

  if (sel.baseUrl === PLACEHOLDER_BASE_URL) {
    problems.push(problem({ kind: 'base-url', severity: 'warning' }, say('core.export.preflight.baseUrl', { url: PLACEHOLDER_BASE_URL })));
  }

  // Articles chosen by hand must each have a page; in a section or the whole workspace,
  // articles not ready yet are simply not part of the bundle.
  if (scope.kind === 'selection') {
    for (const id of sel.notReady) {
      problems.push(problem({ kind: 'not-ready', severity: 'blocking', articleId: id }, say('core.export.preflight.notReady', { title: titleOf(sel, id) })));
    }
  }
  for (const id of sel.missing) {
    problems.push(problem({ kind: 'not-ready', severity: 'blocking' }, say('core.export.preflight.gone', { id })));
  }
  if (sel.inBundle.length === 0) {
    problems.push(problem({ kind: 'not-ready', severity: 'blocking' }, say('core.export.preflight.nothingReady')));
  }

  for (const [dir, ids] of sel.collisions) {
    for (const id of ids) {
      const said = say('core.export.preflight.slugCollision', { title: titleOf(sel, id), count: ids.length - 1, dir });
      problems.push(problem({ kind: 'slug-collision', severity: 'blocking', articleId: id, lang: dir.split('/')[0] ?? null }, said));
    }
  }

  const languages = sel.languages.join();
  for (const id of sel.inBundle) {
    // A kept row stands for its translations and placements (rows.ts); what else the
    // problems depend on is the key.
    const own = () => articleProblems(sel, id);
    const article = sel.articles.get(id);
    const found = memory && article ? memory.problems.get(article, [languages, ...(sel.exportedLangs.get(id) ?? [])], own) : own();
    for (const p of found) problems.push(p);
  }

  // Links to the site's own address that lead nowhere in this bundle.
  const addresses = bundleAddresses(sel);
  for (const { articleId, lang, urls } of siteLinks(db, sel, links, memory?.links)) {
    for (const url of urls) {
      const rest = url.slice(sel.baseUrl.length).replace(/[?#].*$/, '').replace(/index\.html$/, '');
      const target = rest === '' || rest.endsWith('/') || /\.[a-z]+$/.test(rest) ? rest : `${rest}/`;
      if (addresses.has(target) || target.startsWith('media/')) continue;
      problems.push(problem({ kind: 'broken-link', severity: 'warning', articleId, lang }, say('core.export.preflight.brokenLink', { title: titleOf(sel, articleId), lang: langValue(lang), url })));
    }
  }

  // The desk's lists: items that will not appear, or will fall back to another language.
  for (const { list, items } of sel.deskLists) {
    const langs = list.langs.length > 0 ? list.langs : sel.languages;
    const shown = items.filter((i) => isShownAt(i, asOf) && sel.exportedLangs.has(i.articleId));
    if (list.kind === 'editors-choice' && shown.length === 0) {
      problems.push(problem({ kind: 'list-gap', severity: 'warning', listId: list.id }, say('core.export.preflight.listEmpty', { list: list.name })));
    }
    for (const item of items) {
      if (!isShownAt(item, asOf)) continue;
      const exported = sel.exportedLangs.get(item.articleId);
      if (!exported) {
        const known = sel.articles.has(item.articleId);
        const said = known
          ? say('core.export.preflight.listItemOut', { list: list.name, title: titleOf(sel, item.articleId) })
          : say('core.export.preflight.listItemGone', { list: list.name });
        problems.push(problem({ kind: 'list-gap', severity: 'warning', listId: list.id, articleId: known ? item.articleId : null }, said));
        continue;
      }
      for (const lang of langs) {
        if (exported.includes(lang)) continue;
        const said = say('core.export.preflight.listItemFallback', { list: list.name, title: titleOf(sel, item.articleId), lang: langValue(lang) });
        problems.push(problem({ kind: 'list-gap', severity: 'warning', listId: list.id, articleId: item.articleId, lang }, said));
      }
    }
  }
  for (const id of sel.inBundle) {
    const related = sel.related.get(id);
    if (!related) continue;
    for (const item of related.items) {
      if (!isShownAt(item, asOf) || sel.exportedLangs.has(item.articleId)) continue;
      const said = sel.articles.has(item.articleId)
        ? say('core.export.preflight.relatedOut', { title: titleOf(sel, id), other: titleOf(sel, item.articleId) })
        : say('core.export.preflight.relatedGone', { title: titleOf(sel, id) });
      problems.push(problem({ kind: 'list-gap', severity: 'warning', listId: related.list.id, articleId: id }, said));
    }
  }

  const rank = (p: PreflightProblem) => (p.severity === 'blocking' ? 0 : 1);
  const order = (x: string | null, y: string | null) => ((x ?? '') < (y ?? '') ? -1 : (x ?? '') > (y ?? '') ? 1 : 0);
  problems.sort((a, b) => rank(a) - rank(b) || order(a.articleId, b.articleId) || order(a.lang, b.lang));
  const pagesByLang: Record<string, number> = {};
  for (const lang of sel.languages) pagesByLang[lang] = 0;
  for (const page of sel.pages.values()) pagesByLang[page.lang] = (pagesByLang[page.lang] ?? 0) + 1;
  const blocking = problems.filter((p) => p.severity === 'blocking').length;
  return {
    articles: sel.inBundle.length,
    pages: sel.pages.size,
    pagesByLang,
    blocking,
    warnings: problems.length - blocking,
    problems,
  };
}
