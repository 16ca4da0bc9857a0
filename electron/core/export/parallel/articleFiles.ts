import type { Body } from '../../../../shared/editor/nodes';
import { emptyBody } from '../../../../shared/editor/text';
import { parseBody } from '../../articles/body';
import { bodyText, type StoredBodyBytes } from '../../store/repositories/exports';
import { articlePageModel, type AssembleContext } from '../assemble';
import { articleData, bundleJson, type filesByMedia } from '../data';
import { renderArticlePage } from '../render';
import { pageKey, type PageRef } from '../selection';

/**
 * The files of one article (its pages, one per exported language, then its
 * `data/articles/<id>.json`), made the same way on whichever thread renders them: from the
 * assemble context and the article's stored bodies, handed to `put` as they are made.
 */

export type StoredBodies = Map<string, { body: Body; source: string }>;

/** Stored bodies as `readExportBodies` reads them (UTF-8 bytes), by `articleId/lang`. */
export type RawBodies = ReadonlyMap<string, StoredBodyBytes>;

/** Parses and checks stored bodies; a body that cannot be read is exported empty (preflight blocks it first). */
export function parseStoredBodies(raw: RawBodies): StoredBodies {
  const out: StoredBodies = new Map();
  for (const [key, stored] of raw) out.set(key, { body: parseBody(bodyText(stored)) ?? emptyBody(), source: stored.source });
  return out;
}

/** What an article's files are made from, besides its bodies. */
export interface ArticleSources {
  ctx: AssembleContext;
  /** The pages of each article to render. */
  pages: ReadonlyMap<string, readonly PageRef[]>;
  mediaByImage: ReturnType<typeof filesByMedia>;
}

export type PutFile = (rel: string, data: string) => void;

/**
 * Each article's paths, by its first page, for the pages they were made from: pages are
 * kept between exports (selection.ts), and a re-export looks up every article's paths, so
 * the same strings (their hashes already computed) are used again.
 */
const pathsByFirstPage = new WeakMap<PageRef, { pages: readonly PageRef[]; paths: readonly string[] }>();

/** The bundle paths of one article's files, in the order they are made. */
export function articlePaths(pages: readonly PageRef[], id: string): readonly string[] {
  const first = pages[0];
  const kept = first === undefined ? undefined : pathsByFirstPage.get(first);
  if (kept !== undefined && kept.pages.length === pages.length && kept.pages.every((p, i) => p === pages[i])) return kept.paths;
  const paths = [...pages.map((p) => `${p.dir}index.html`), `data/articles/${id}.json`];
  if (first !== undefined) pathsByFirstPage.set(first, { pages: [...pages], paths });
  return paths;
}

/** The files of one article: its pages, then its data file. Gives how many it made. */
export function putArticleFiles(src: ArticleSources, id: string, bodies: StoredBodies, put: PutFile): number {
  let made = 0;
  for (const page of src.pages.get(id) ?? []) {
    const stored = bodies.get(pageKey(id, page.lang));
    put(`${page.dir}index.html`, renderArticlePage(articlePageModel(src.ctx, page, stored?.body ?? emptyBody(), stored?.source ?? '')));
    made++;
  }
  put(`data/articles/${id}.json`, bundleJson(articleData(src.ctx.sel, id, bodies, src.mediaByImage)));
  return made + 1;
}

/** The files of a batch of articles, in order. Gives how many it made. */
export function putBatchFiles(src: ArticleSources, ids: readonly string[], bodies: StoredBodies, put: PutFile): number {
  let made = 0;
  for (const id of ids) made += putArticleFiles(src, id, bodies, put);
  return made;
}
