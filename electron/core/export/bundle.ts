import fs from 'node:fs';
import type { Worker } from 'node:worker_threads';
import path from 'node:path';
import type { ExportPhase, ExportScope, PreflightProblem, PreflightReport } from '../../../shared/contract';
import type { Manifest } from '../../../shared/domain/bundle';
import { BUNDLE_FORMAT } from '../../../shared/domain/bundle';
import { emptyBody } from '../../../shared/editor/text';
import { TandemError } from '../errors';
import type { Db } from '../store/db';
import type { StoredMedia } from '../store/repositories/media';
import type { WorkspaceSettings } from '../store/repositories/workspaceMeta';
import { articleSitemapEntries, feedEntry, feedModel, frontDir, frontModel, frontSitemapEntries, navSectionsOf, newestPages, FEED_ENTRIES, type AssembleContext } from './assemble';
import { badgeKindsOf, bodyHeadReader } from './cards';
import { bundleJson, filesByMedia, listsData, siteData } from './data';
import { mediaFiles } from './media';
import { preflight, type LinkCache } from './preflight';
import { MANIFEST, manifestText, sha256, Staging, sweepStaging, zipBundle } from './output';
import { templateFingerprint } from './probe';
import { articlePaths } from './parallel/articleFiles';
import { pagesByArticle, readBodies, renderArticleFiles, startRenderWorkerEarly } from './pages';
import { renderAtom, renderFront, renderJsonFeed, SITE_CSS, sitemapBytes, sitemapUrls } from './render';
import { pageKey, readStoreRows, selectionOf, type Selection, type StoreRows } from './selection';
import { createSink, type Entry } from './sink';
import { exportInputs, placeKey } from './inputs';
import { previousExport, rememberExport, type PreviousExport } from './previous';
import { fingerprint, writeState, type ExportState } from './state';

/**
 * Makes a bundle: reads the store, renders what changed since the last export to the same
 * folder (or everything), stages the files whose bytes changed, moves them into place and
 * writes the manifest. The same store gives the same bytes: every order is fixed, no clock
 * or random value reaches a file (list schedules are judged at `asOf`, but the time itself
 * is written nowhere).
 */

export interface BuildOptions {
  db: Db;
  settings: WorkspaceSettings;
  baseUrl: string;
  scope: ExportScope;
  outDir: string;
  zip: boolean;
  /** Milliseconds since the epoch: when list schedule windows are judged. */
  asOf: number;
  /** `Tandem 0.1.0` */
  generator: string;
  /** The file of one variant of an image, made now if it is missing; null when it cannot be had. */
  variantFile(media: StoredMedia, variant: string): Promise<string | null>;
  /** The store's rows when the caller keeps them (rows.ts); read here when absent. */
  rows?: StoreRows;
  /** The incremental state's file (see state.ts); null: always render everything. */
  statePath: string | null;
  onProgress?(phase: ExportPhase, done: number, total: number): void;
  /** Checked between steps; true stops the export (nothing in the output folder changes). */
  isCancelled?(): boolean;
}

export interface BuildResult {
  outDir: string;
  zipPath: string | null;
  files: number;
  bytes: number;
  written: number;
  removed: number;
  unchanged: number;
  changedPaths: string[];
  incremental: boolean;
  /** Preflight's warnings: the bundle was made with them. */
  warnings: PreflightProblem[];
}

/** Preflight found blocking problems: nothing was written. */
export class PreflightBlocked extends Error {
  constructor(readonly report: PreflightReport) {
    super(`The export was stopped before writing anything: ${report.blocking} problem(s) must be fixed first.`);
  }
}

export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
  }
}

/**
 * The entries sorted by path (UTF-16 code units, as `<` compares), merged from the previous
 * manifest's order (already sorted) and the few new paths: a re-export does not sort
 * every path again.
 */
export function sortedEntries(byPath: ReadonlyMap<string, Entry>, previous: readonly Entry[]): Entry[] {
  const kept: Entry[] = [];
  for (const f of previous) {
    const e = byPath.get(f.path);
    if (e !== undefined) kept.push(e);
  }
  const known = new Set(previous.map((f) => f.path));
  const fresh = [...byPath.values()].filter((e) => !known.has(e.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const out: Entry[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length || j < fresh.length) {
    const a = kept[i];
    const b = fresh[j];
    if (b === undefined || (a !== undefined && a.path < b.path)) {
      out.push(a as Entry);
      i++;
    } else {
      out.push(b);
      j++;
    }
  }
  return out;
}

/** The early render worker, now the render's to use or stop. */
function handOver(early: { worker: Worker | null }): Worker | null {
  const worker = early.worker;
  early.worker = null;
  return worker;
}

export async function buildBundle(o: BuildOptions): Promise<BuildResult> {
  const progress = (phase: ExportPhase, done: number, total: number) => o.onProgress?.(phase, done, total);
  const checkCancelled = () => {
    if (o.isCancelled?.()) throw new ExportCancelled();
  };

  progress('reading', 0, 1);
  const sel = selectionOf(o.rows ?? readStoreRows(o.db), o.settings, o.baseUrl, o.scope);
  const last = previousExport(o.outDir, o.statePath);
  // A first export to the folder renders every article: a render worker (parallel/) starts
  // now, its code loading while this thread checks and compares.
  const early = { worker: last.state === null || last.bundle === null ? await startRenderWorkerEarly(sel.inBundle.length) : null };
  try {
    return await buildFrom(o, sel, last, early, progress, checkCancelled);
  } finally {
    await early.worker?.terminate();
  }
}

async function buildFrom(
  o: BuildOptions,
  sel: Selection,
  last: PreviousExport,
  early: { worker: Worker | null },
  progress: (phase: ExportPhase, done: number, total: number) => void,
  checkCancelled: () => void,
): Promise<BuildResult> {
  const { state, bundle: previous, memory } = last;
  const links: LinkCache = { base: state?.links?.base ?? o.baseUrl, entries: new Map(Object.entries(state?.links?.entries ?? {})) };
  const report = preflight(o.db, sel, o.scope, o.asOf, links, memory.preflight);
  if (report.blocking > 0) throw new PreflightBlocked(report);
  const media = mediaFiles(sel);
  const ctx: AssembleContext = {
    sel,
    asOf: o.asOf,
    media,
    badgeKinds: badgeKindsOf(sel, o.asOf),
    head: bodyHeadReader(o.db),
    site: { baseUrl: sel.baseUrl, languages: sel.languages, generator: o.generator },
    navSections: navSectionsOf(sel),
  };
  const oldEntries: ReadonlyMap<string, Entry> = previous?.files ?? new Map();
  const template = templateFingerprint();
  // Without a state (an export that always renders everything) nothing compares or keeps them.
  const inputs = o.statePath === null ? null : exportInputs(sel, ctx, template, o.generator, memory.fingerprints);
  // The folder is trusted to be as the last export left it while its manifest is unchanged.
  const trusted = state !== null && previous !== null && state.manifestSha256 === previous.sha256 && state.generator === o.generator;
  const sameGlobal = trusted && inputs !== null && state.global === inputs.global;
  progress('reading', 1, 1);
  checkCancelled();

  sweepStaging(o.outDir);
  const staging = new Staging(o.outDir);
  try {
    const sink = createSink(staging, oldEntries);
    const { put, entries, written } = sink;

    // Article pages and data files: only those whose inputs changed are rendered.
    const byArticle = pagesByArticle(sel.pages.values());
    const total = sel.pages.size + sel.inBundle.length;
    let done = 0;
    const toRender: string[] = [];
    for (const id of sel.inBundle) {
      // An article's files are kept, all of them, while its inputs are as last time.
      const kept = sameGlobal && state.articles[id] === inputs?.articles.get(id) ? articlePaths(byArticle.get(id) ?? [], id).map((p) => oldEntries.get(p)) : [];
      if (kept.length > 0 && kept.every((e): e is Entry => e !== undefined)) {
        for (const e of kept) sink.record(e, false);
        done += kept.length;
      } else toRender.push(id);
    }
    progress('rendering', done, total);
    const files = media.files();
    const mediaByImage = filesByMedia(files);
    await renderArticleFiles({
      db: o.db,
      ctx,
      ids: toRender,
      pages: byArticle,
      mediaByImage,
      sink,
      advance(made) {
        done += made;
        progress('rendering', done, total);
      },
      checkCancelled,
      early: handOver(early),
    });

    // Fronts, feeds, sitemap and the site's data: made (they are few; feeds only when their
    // pages changed), written when changed.
    const others = new Map<string, string>();
    /** Keeps `paths` as the last export left them while their inputs are the same, else makes them. */
    const keepOrMake = (paths: readonly string[], fp: string | null, make: () => void) => {
      if (fp === null) return make();
      for (const p of paths) others.set(p, fp);
      const kept = trusted ? paths.map((p) => (state.others[p] === fp ? oldEntries.get(p) : undefined)) : [];
      if (kept.length === paths.length && kept.every((e): e is Entry => e !== undefined)) for (const e of kept) sink.record(e, false);
      else make();
    };
    for (const lang of sel.languages) {
      for (const section of [null, ...ctx.navSections]) {
        const model = frontModel(ctx, lang, section);
        put(`${frontDir(lang, section)}index.html`, renderFront(model));
      }
      // A feed is made of its newest pages whole (bodies included): kept while they are as last time.
      const newest = newestPages(ctx, lang, null, FEED_ENTRIES);
      const feedInputs = inputs && fingerprint(inputs.global, lang, ...newest.map((p) => `${p.articleId}:${inputs.articles.get(p.articleId) ?? ''}`));
      keepOrMake([`feeds/${lang}.xml`, `feeds/${lang}.json`], feedInputs, () => {
        const bodies = readBodies(o.db, [...new Set(newest.map((p) => p.articleId))]);
        const feed = feedModel(
          ctx,
          lang,
          newest.map((p) => feedEntry(ctx, p, bodies.get(pageKey(p.articleId, p.lang))?.body ?? emptyBody())),
        );
        put(`feeds/${lang}.xml`, renderAtom(feed));
        put(`feeds/${lang}.json`, renderJsonFeed(feed));
      });
    }
    checkCancelled();
    // The sitemap from each article's part, made again only for articles that changed.
    const sitemapParts: Buffer[] = [Buffer.from(sitemapUrls(frontSitemapEntries(ctx)), 'utf8')];
    for (const id of sel.inBundle) {
      const key = `${sel.baseUrl}${placeKey(sel, id)}`;
      sitemapParts.push(memory.sitemap.get(sel.articles.get(id) ?? id, key, () => Buffer.from(sitemapUrls(articleSitemapEntries(ctx, id)), 'utf8')));
    }
    put('sitemap.xml', sitemapBytes(sitemapParts));
    put('data/site.json', bundleJson(siteData(sel, o.generator)));
    put('data/lists.json', bundleJson(listsData(sel)));
    put('assets/site.css', SITE_CSS);

    // Images: content-addressed files, copied only when the previous bundle lacks them.
    progress('media', 0, files.length);
    let copied = 0;
    for (const f of files) {
      checkCancelled();
      const old = oldEntries.get(f.path);
      if (old && fs.existsSync(path.join(o.outDir, f.path))) sink.record(old, false);
      else {
        const from = await o.variantFile(f.media, f.variant);
        if (from === null) {
          throw new TandemError(
            'unavailable',
            `The photo ${f.media.name} (${f.media.id.slice(0, 12)}…) could not be prepared for the bundle: its stored file is missing or unreadable. Replace the photo in the articles that use it, then export again.`,
          );
        }
        const bytes = fs.readFileSync(from);
        staging.copy(f.path, from);
        sink.record({ path: f.path, size: bytes.length, sha256: sha256(bytes) }, true);
      }
      progress('media', ++copied, files.length);
    }

    const byPath = new Map(entries.map((e) => [e.path, e]));
    const listed = sortedEntries(byPath, previous?.manifest.files ?? []);
    const manifest: Manifest = { format: BUNDLE_FORMAT, generator: o.generator, files: listed };
    const manifestBytes = Buffer.from(manifestText(manifest), 'utf8');
    const manifestSha = sha256(manifestBytes);
    const manifestChanged = previous === null || manifestSha !== previous.sha256;
    if (manifestChanged) {
      staging.write(MANIFEST, manifestBytes);
      written.push(MANIFEST);
    }
    const removed = [...oldEntries.keys()].filter((p) => !byPath.has(p)).sort();

    checkCancelled();
    progress('writing', 0, 1);
    staging.commit(removed);
    progress('writing', 1, 1);

    if (o.statePath !== null && inputs !== null) {
      const next: ExportState = {
        version: 2,
        outDir: path.resolve(o.outDir),
        generator: o.generator,
        manifestSha256: manifestSha,
        global: inputs.global,
        articles: Object.fromEntries(inputs.articles),
        others: Object.fromEntries(others),
        links: { base: links.base, entries: Object.fromEntries(links.entries) },
      };
      writeState(o.statePath, next);
      rememberExport(o.outDir, o.statePath, { bundle: { manifest, sha256: manifestSha, files: byPath }, state: next, memory });
    }

    let zipPath: string | null = null;
    if (o.zip) {
      progress('zipping', 0, 1);
      zipPath = `${path.resolve(o.outDir)}.zip`;
      await zipBundle(o.outDir, [...entries.map((e) => e.path), MANIFEST], zipPath);
      progress('zipping', 1, 1);
    }
    const changed = [...written, ...removed].sort();
    return {
      outDir: path.resolve(o.outDir),
      zipPath,
      files: entries.length + 1,
      bytes: entries.reduce((n, e) => n + e.size, 0) + manifestBytes.length,
      written: written.length,
      removed: removed.length,
      unchanged: entries.length + 1 - written.length,
      changedPaths: changed.slice(0, 200),
      incremental: trusted,
      warnings: report.problems,
    };
  } catch (e) {
    staging.discard();
    throw e;
  }
}
