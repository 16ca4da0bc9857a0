import fs from 'node:fs';
import path from 'node:path';
import type { ExportPhase, ExportScope, PreflightProblem, PreflightReport } from '../../../shared/contract';
import type { Manifest } from '../../../shared/domain/bundle';
import { BUNDLE_FORMAT } from '../../../shared/domain/bundle';
import { TandemError } from '../errors';
import { say } from '../said';
import type { Db } from '../store/db';
import { countLiveArticles } from '../store/repositories/exports';
import type { StoredMedia } from '../store/repositories/media';
import type { WorkspaceSettings } from '../store/repositories/workspaceMeta';
import { navSectionsOf, type AssembleContext } from './assemble';
import { badgeKindsOf, bodyHeadReader } from './cards';
import { filesByMedia } from './data';
import { mediaFiles } from './media';
import { preflight, type LinkCache } from './preflight';
import { MANIFEST, manifestBytes, sha256, Staging, sweepStaging, zipBundle } from './output';
import { templateFingerprint } from './probe';
import { articlePaths } from './parallel/articleFiles';
import type { EarlyRenderWorker } from './parallel/early';
import { renderWorkerData } from './parallel/twoThreads';
import { pagesByArticle, prepareEarlyWorker, renderArticleFiles, startRenderWorkerEarly } from './pages';
import { readStoreRows, selectionOf, type Selection, type StoreRows } from './selection';
import { putSiteFiles } from './site';
import { createSink, type Entry } from './sink';
import { exportInputs } from './inputs';
import { previousExport, rememberExport, type PreviousExport } from './previous';
import { writeState, type ExportState } from './state';

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
    super(say('core.export.blocked', { count: report.blocking }).message);
  }
}

export class ExportCancelled extends Error {
  constructor() {
    super(say('core.export.cancelled').message);
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
function handOver(early: { worker: EarlyRenderWorker | null }): EarlyRenderWorker | null {
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
  const last = previousExport(o.outDir, o.statePath);
  // A first export to the folder renders every article: a render worker (parallel/) starts
  // first, its code loading while this thread reads, checks and compares. It is started by
  // the number of live articles (a narrower scope may then not use it: it is stopped).
  const first = last.state === null || last.bundle === null;
  const early = { worker: first ? await startRenderWorkerEarly(o.rows?.articles.size ?? countLiveArticles(o.db)) : null };
  try {
    const sel = selectionOf(o.rows ?? readStoreRows(o.db), o.settings, o.baseUrl, o.scope);
    return await buildFrom(o, sel, last, early, progress, checkCancelled);
  } finally {
    await early.worker?.stop();
  }
}

async function buildFrom(
  o: BuildOptions,
  sel: Selection,
  last: PreviousExport,
  early: { worker: EarlyRenderWorker | null },
  progress: (phase: ExportPhase, done: number, total: number) => void,
  checkCancelled: () => void,
): Promise<BuildResult> {
  const { state, bundle: previous, memory } = last;
  const links: LinkCache = { base: state?.links?.base ?? o.baseUrl, entries: new Map(Object.entries(state?.links?.entries ?? {})) };
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
  const files = media.files();
  const mediaByImage = filesByMedia(files);
  const oldEntries: ReadonlyMap<string, Entry> = previous?.files ?? new Map();
  checkCancelled();

  // Everything is made in a staging folder (output.ts): an export stopped by preflight,
  // cancelled or failed deletes it and leaves the output folder as it was.
  sweepStaging(o.outDir);
  const staging = new Staging(o.outDir);
  try {
    const sink = createSink(staging, oldEntries);
    const { entries, written } = sink;
    if (early.worker) early.worker = await prepareEarlyWorker(early.worker, sel.inBundle.length, () => renderWorkerData({ db: o.db, ctx, mediaByImage, sink }));

    const template = templateFingerprint();
    // Without a state (an export that always renders everything) nothing compares or keeps them.
    const inputs = o.statePath === null ? null : exportInputs(sel, ctx, template, o.generator, memory.fingerprints);
    // The folder is trusted to be as the last export left it while its manifest is unchanged.
    const trusted = state !== null && previous !== null && state.manifestSha256 === previous.sha256 && state.generator === o.generator;
    const sameGlobal = trusted && inputs !== null && state.global === inputs.global;
    progress('reading', 1, 1);

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

    // Preflight, then the fronts, feeds and sitemap: on two threads while the worker renders
    // (a blocking problem stops the render), on one before the articles.
    const checked: { report: PreflightReport | null } = { report: null };
    const others = new Map<string, string>();
    const alongside = [
      () => {
        const report = preflight(o.db, sel, o.scope, o.asOf, links, memory.preflight);
        checked.report = report;
        if (report.blocking > 0) throw new PreflightBlocked(report);
      },
      () => putSiteFiles({ db: o.db, ctx, sink, generator: o.generator, inputs, previousOthers: trusted ? state.others : null, others, sitemapParts: memory.sitemap, checkCancelled }),
    ];
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
      alongside,
    });
    const warnings = checked.report?.problems ?? [];

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
          throw new TandemError('unavailable', say('core.export.photoUnavailable', { name: f.media.name, id: f.media.id.slice(0, 12) }));
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
    const manifestFile = manifestBytes(manifest);
    const manifestSha = sha256(manifestFile);
    const manifestChanged = previous === null || manifestSha !== previous.sha256;
    if (manifestChanged) {
      staging.write(MANIFEST, manifestFile);
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
      bytes: entries.reduce((n, e) => n + e.size, 0) + manifestFile.length,
      written: written.length,
      removed: removed.length,
      unchanged: entries.length + 1 - written.length,
      changedPaths: changed.slice(0, 200),
      incremental: trusted,
      warnings,
    };
  } catch (e) {
    staging.discard();
    throw e;
  }
}
