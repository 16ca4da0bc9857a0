import type { ListItem } from '../../../shared/contract';
import { isShownAt } from '../../../shared/domain/lists';
import type { AssembleContext } from './assemble';
import { KeyedMemo, type Key } from './memo';
import { pageKey, type ListWithItems, type Selection } from './selection';
import { fingerprint } from './state';

/**
 * What each article's files (its pages and its data file) are made from, as one text per
 * article, and what every file is made from (`global`): an article whose text is as at the
 * last export to the folder, under the same `global`, is not rendered again. The texts are
 * made of fingerprints of revisions and ids rather than whole rows (every save of an
 * article or a translation moves its revision on), and a FingerprintMemo kept between
 * exports hashes only what changed.
 */

export interface ExportInputs {
  /** The templates, the site's settings, the navigation, the desk's badges and Popular (on every page). */
  global: string;
  /** Each bundled article's own inputs and its Related list's. */
  articles: Map<string, string>;
}

/** Fingerprints remembered between exports (see KeyedMemo). */
export class FingerprintMemo {
  private readonly memo = new KeyedMemo<string>();

  /** The fingerprint of `text` (by default the key itself), made for `owner` and kept with it. */
  of(owner: object | string, key: Key, text: () => string = () => (typeof key === 'string' ? key : key.join('|'))): string {
    return this.memo.get(owner, key, () => fingerprint(text()));
  }

  turn(): void {
    this.memo.turn();
  }
}

/** The folders of an article's exported pages, in its languages' order. */
function pageDirsOf(sel: Selection, id: string): string {
  let dirs = id;
  for (const l of sel.exportedLangs.get(id) ?? []) dirs += `|${sel.pages.get(pageKey(id, l))?.dir ?? ''}`;
  return dirs;
}

/**
 * What an article's pages are, beyond its kept row: whether it is in the bundle, and its
 * folders when a collision moved one (otherwise its row alone says where its pages are).
 */
export function placeKey(sel: Selection, id: string): string {
  if (!sel.exportedLangs.has(id)) return '-';
  return sel.moved.has(id) ? pageDirsOf(sel, id) : '+';
}

export function exportInputs(sel: Selection, ctx: AssembleContext, template: string, generator: string, memo: FingerprintMemo = new FingerprintMemo()): ExportInputs {
  const articleFp = new Map<string, string>();
  const ofArticle = (id: string): string => {
    let fp = articleFp.get(id);
    if (fp !== undefined) return fp;
    // A kept row stands for its translations and placements too (rows.ts reads them again
    // together); its pages' folders may move with other articles' slugs. Every save of an
    // article or a translation moves its revision on (title, summary, body, slug, status,
    // lead texts); staleness counts change with the original; an image's credit moves its
    // updatedAt. Those numbers stand for the rows.
    const a = sel.articles.get(id);
    fp = memo.of(a ?? `missing ${id}`, placeKey(sel, id), () => {
      const dirs = pageDirsOf(sel, id);
      let text = a ? `${dirs}|${a.revision}|${a.updatedAt}|${a.publishedAt}|${a.leadMediaId}|${a.section}` : `${dirs}|-`;
      for (const t of sel.translations.get(id) ?? []) text += `|${t.lang}:${t.revision}:${t.updatedAt}:${t.status}:${t.staleBlocks}:${t.missingBlocks}`;
      for (const u of sel.uses.get(id) ?? []) text += `|${u.lang}:${u.position}:${u.media.id}:${u.media.updatedAt}`;
      return text;
    });
    articleFp.set(id, fp);
    return fp;
  };
  /** What a list's items show: each article's fingerprint (which names it), and which are hidden now. */
  const itemsKey = (items: readonly ListItem[]): string[] => {
    const key: string[] = [];
    for (const i of items) {
      key.push(sel.articles.has(i.articleId) ? ofArticle(i.articleId) : `${i.articleId}-`);
      if (!isShownAt(i, ctx.asOf)) key.push('hidden');
    }
    return key;
  };
  // A kept list (the same object while it is unchanged) stands for its items' ids, windows,
  // origins, pins and teasers; what they show comes from other articles and the time.
  const ofList = (entry: ListWithItems): string => {
    const key = itemsKey(entry.items);
    return memo.of(entry, key, () => `${JSON.stringify(entry.list)}|${key.join('|')}|${JSON.stringify(entry.items)}`);
  };

  const badges = [...ctx.badgeKinds].map(([id, kinds]) => `${id}:${[...kinds].sort().join(',')}`).sort();
  // Popular is on every page; its language scope is part of it.
  const popular = sel.deskLists.find((l) => l.list.kind === 'popular');
  const global = fingerprint(
    template,
    generator,
    sel.baseUrl,
    JSON.stringify(sel.languages),
    JSON.stringify(sel.sections),
    JSON.stringify(ctx.navSections),
    badges.join(' '),
    popular ? ofList(popular) : '-',
  );
  const articles = new Map<string, string>();
  for (const id of sel.inBundle) {
    const related = sel.related.get(id);
    articles.set(id, `${ofArticle(id)}${related ? ofList(related) : '-'}`);
  }
  return { global, articles };
}
