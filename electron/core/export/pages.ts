import type { Db } from '../store/db';
import { readExportBodies } from '../store/repositories/exports';
import type { AssembleContext } from './assemble';
import type { filesByMedia } from './data';
import { parseStoredBodies, putBatchFiles, type StoredBodies } from './parallel/articleFiles';
import { EarlyRenderWorker } from './parallel/early';
import type { RenderWorkerData } from './parallel/protocol';
import { renderWorkerScript, startRenderWorker, type RenderWorkerScript } from './parallel/script';
import { renderOnTwoThreads } from './parallel/twoThreads';
import type { PageRef } from './selection';
import type { FileSink } from './sink';

/**
 * Article pages and data files: each article's pages (one per exported language) and its
 * `data/articles/<id>.json`, rendered from bodies read in batches. Many articles are
 * rendered on two threads (parallel/twoThreads.ts), to the same bytes.
 */

/** How many articles' bodies are read at once. */
export const BODY_BATCH = 100;

export type { StoredBodies };

/** Reads and parses bodies by `articleId/lang`; a body that cannot be read is exported empty (preflight blocks it first). */
export function readBodies(db: Db, articleIds: readonly string[]): StoredBodies {
  return parseStoredBodies(readExportBodies(db, articleIds));
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

/** When and how article files are rendered on two threads. */
export interface RenderThreads {
  /** Fewer articles than this are rendered on this thread alone: starting a worker would cost more than it saves. */
  minArticles: number;
  /** Articles per batch on two threads. */
  batch: number;
  /** Batches the worker holds at once (one it renders, the rest waiting), so that it never waits for this thread. */
  ahead: number;
  /** Waits for the worker before rendering here, so that it renders the first batch (to prove its output on small exports). */
  workerFirst: boolean;
  /** Where the worker's code is; null renders on one thread. */
  script(): Promise<RenderWorkerScript | null>;
}

/** How every render chooses, unless its job says otherwise. */
export const renderThreads: RenderThreads = { minArticles: 1000, batch: 25, ahead: 2, workerFirst: false, script: () => renderWorkerScript() };

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
  /** This render's departures from `renderThreads`. */
  threads?: Partial<RenderThreads>;
  /** A render worker started early (startRenderWorkerEarly): used when this render runs on two threads, else stopped. */
  early?: EarlyRenderWorker | null;
  /**
   * This thread's other work for the export, in order (the checks, then the fronts, feeds
   * and sitemap): on two threads, done while the worker renders its first batches; on one,
   * before the articles. What a step throws stops the render.
   */
  alongside?: ReadonlyArray<() => void>;
}

/**
 * Starts a render worker before the export knows what it will render, when it expects to
 * render at least `articles` (a first export to a folder): its code loads while the export
 * reads and checks. Null when the render would stay on one thread. Whoever starts it stops
 * it if no render takes it (renderArticleFiles stops one it does not use).
 */
export async function startRenderWorkerEarly(articles: number, threads: Partial<RenderThreads> = {}): Promise<EarlyRenderWorker | null> {
  const t = { ...renderThreads, ...threads };
  if (articles < t.minArticles) return null;
  const script = await t.script();
  return script === null ? null : new EarlyRenderWorker(startRenderWorker(script, null));
}

/**
 * Once the export knows it renders `articles`: gives an early worker its context (`data`)
 * when the render will use it, else stops it. Gives the worker still in use, or null.
 */
export async function prepareEarlyWorker(early: EarlyRenderWorker, articles: number, data: () => RenderWorkerData, threads: Partial<RenderThreads> = {}): Promise<EarlyRenderWorker | null> {
  if (articles >= { ...renderThreads, ...threads }.minArticles) {
    early.init(data);
    return early;
  }
  await early.stop();
  return null;
}

export async function renderArticleFiles(job: ArticleFilesJob): Promise<void> {
  const threads = { ...renderThreads, ...job.threads };
  const twoThreads = job.ids.length >= threads.minArticles;
  if (twoThreads && job.early) return renderOnTwoThreads(job, job.early, threads);
  if (job.early) await job.early.stop();
  const script = twoThreads ? await threads.script() : null;
  if (script !== null) return renderOnTwoThreads(job, script, threads);
  for (const step of job.alongside ?? []) step();
  for (let i = 0; i < job.ids.length; i += BODY_BATCH) {
    job.checkCancelled();
    const batch = job.ids.slice(i, i + BODY_BATCH);
    job.advance(putBatchFiles(job, batch, readBodies(job.db, batch), job.sink.put));
  }
  await Promise.resolve();
}
