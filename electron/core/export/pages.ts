import type { Body } from '../../../shared/editor/nodes';
import { emptyBody } from '../../../shared/editor/text';
import { parseBody } from '../articles/body';
import type { Db } from '../store/db';
import { readExportBodies } from '../store/repositories/exports';
import { articlePageModel, type AssembleContext } from './assemble';
import { articleData, bundleJson, type filesByMedia } from './data';
import { renderArticlePage } from './render';
import { pageKey, type PageRef } from './selection';
import type { FileSink } from './sink';

/**
 * Article pages and data files: each article's pages (one per exported language) and its
 * `data/articles/<id>.json`, rendered from bodies read in batches.
 */

/** How many articles' bodies are read at once. */
export const BODY_BATCH = 100;

export type StoredBodies = Map<string, { body: Body; source: string }>;

/** Reads and parses bodies by `articleId/lang`; a body that cannot be read is exported empty (preflight blocks it first). */
export function readBodies(db: Db, articleIds: readonly string[]): StoredBodies {
  const out: StoredBodies = new Map();
  for (const [key, stored] of readExportBodies(db, articleIds)) out.set(key, { body: parseBody(stored.bodyJson) ?? emptyBody(), source: stored.source });
  return out;
}

/** The pages of each bundled article. */
export function pagesByArticle(pages: Iterable<PageRef>): Map<string, PageRef[]> {
  const out = new Map<string, PageRef[]>();
  for (const page of pages) {
    const list = out.get(page.articleId) ?? [];
    list.push(page);
    out.set(page.articleId, list);
  }
  return out;
}

export interface ArticleFilesJob {
  db: Db;
  ctx: AssembleContext;
  /** The articles to render, in order. */
  ids: readonly string[];
  pages: ReadonlyMap<string, readonly PageRef[]>;
  mediaByImage: ReturnType<typeof filesByMedia>;
  sink: FileSink;
  /** Called after each batch with how many files it made. */
  advance(files: number): void;
  /** Throws when the export was cancelled. */
  checkCancelled(): void;
}

/** The files of one article: its pages, then its data file. */
export function putArticleFiles(job: Pick<ArticleFilesJob, 'ctx' | 'pages' | 'mediaByImage' | 'sink'>, id: string, bodies: StoredBodies): number {
  let made = 0;
  for (const page of job.pages.get(id) ?? []) {
    const stored = bodies.get(pageKey(id, page.lang));
    job.sink.put(`${page.dir}index.html`, renderArticlePage(articlePageModel(job.ctx, page, stored?.body ?? emptyBody(), stored?.source ?? '')));
    made++;
  }
  job.sink.put(`data/articles/${id}.json`, bundleJson(articleData(job.ctx.sel, id, bodies, job.mediaByImage)));
  return made + 1;
}

export async function renderArticleFiles(job: ArticleFilesJob): Promise<void> {
  for (let i = 0; i < job.ids.length; i += BODY_BATCH) {
    job.checkCancelled();
    const batch = job.ids.slice(i, i + BODY_BATCH);
    const bodies = readBodies(job.db, batch);
    let made = 0;
    for (const id of batch) made += putArticleFiles(job, id, bodies);
    job.advance(made);
  }
  await Promise.resolve();
}
