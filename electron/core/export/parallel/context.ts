import type { Db } from '../../store/db';
import { readBodyHeads } from '../../store/repositories/exports';
import { BODY_HEAD_CHARS } from '../../store/repositories/lists';
import type { AssembleContext } from '../assemble';
import type { CardContext } from '../cards';
import { mediaFiles } from '../media';
import { pageKey, type Selection } from '../selection';

/**
 * The assemble context as it crosses to the render thread: plain data only (the thread has
 * no database connection). Body heads, which this thread reads on demand, are read up front
 * for the articles whose cards can need one; the image addresses are made again there.
 */

export interface ContextInput {
  sel: Selection;
  asOf: number;
  site: AssembleContext['site'];
  navSections: string[];
  badgeKinds: AssembleContext['badgeKinds'];
  /** Body heads by `articleId/lang`, of the articles in `headArticles`. */
  heads: Map<string, string>;
  headArticles: string[];
}

/**
 * The bundled articles a card can need a body head of: a card shows an excerpt only for an
 * exported translation without a summary.
 */
export function articlesNeedingHeads(sel: Selection): string[] {
  return sel.inBundle.filter((id) => {
    const langs = sel.exportedLangs.get(id) ?? [];
    return (sel.translations.get(id) ?? []).some((t) => langs.includes(t.lang) && t.summary.trim() === '');
  });
}

export function contextInput(db: Db, ctx: AssembleContext): ContextInput {
  const headArticles = articlesNeedingHeads(ctx.sel);
  return {
    sel: ctx.sel,
    asOf: ctx.asOf,
    site: ctx.site,
    navSections: ctx.navSections,
    badgeKinds: ctx.badgeKinds,
    heads: readBodyHeads(db, headArticles, BODY_HEAD_CHARS + 1),
    headArticles,
  };
}

/** Body heads from those read up front; an article outside them is a mistake, never an empty excerpt. */
function headLookup(input: ContextInput): CardContext['head'] {
  const covered = new Set(input.headArticles);
  return (articleId, lang) => {
    if (!covered.has(articleId)) throw new Error(`The body head of article ${articleId} was not read for the render thread.`);
    return input.heads.get(pageKey(articleId, lang)) ?? '';
  };
}

/** The assemble context on the render thread: gives the same models as the one it was made from. */
export function contextOf(input: ContextInput): AssembleContext {
  return {
    sel: input.sel,
    asOf: input.asOf,
    media: mediaFiles(input.sel),
    badgeKinds: input.badgeKinds,
    head: headLookup(input),
    site: input.site,
    navSections: input.navSections,
  };
}
