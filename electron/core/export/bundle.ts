import fs from 'node:fs';
import path from 'node:path';
import type { ExportPhase, ExportScope, ListItem, PreflightProblem, PreflightReport } from '../../../shared/contract';
import type { Manifest } from '../../../shared/domain/bundle';
import { BUNDLE_FORMAT } from '../../../shared/domain/bundle';
import { isShownAt } from '../../../shared/domain/lists';
import { emptyBody } from '../../../shared/editor/text';
import { TandemError } from '../errors';
import type { Db } from '../store/db';
import type { StoredMedia } from '../store/repositories/media';
import type { WorkspaceSettings } from '../store/repositories/workspaceMeta';
import { feedEntry, feedModel, frontDir, frontModel, navSectionsOf, newestPages, sitemapEntries, FEED_ENTRIES, type AssembleContext } from './assemble';
import { badgeKindsOf, bodyHeadReader } from './cards';
import { bundleJson, filesByMedia, listsData, siteData } from './data';
import { mediaFiles } from './media';
import { preflight, type LinkCache } from './preflight';
import { MANIFEST, readPreviousBundle, sha256, Staging, sweepStaging, zipBundle } from './output';
import { templateFingerprint } from './probe';
import { pagesByArticle, readBodies, renderArticleFiles } from './pages';
import { renderAtom, renderFront, renderJsonFeed, renderSitemap, SITE_CSS } from './render';
import { pageKey, readSelection, type Selection } from './selection';
import { createSink, type Entry } from './sink';
import { fingerprint, readState, writeState, type ExportState } from './state';

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

function stableJson(value: unknown): string {
  return JSON.stringify(value);
}

/** What each article page and data file is made from, as fingerprints. */
function inputFingerprints(sel: Selection, ctx: AssembleContext, template: string, generator: string): Map<string, string> {
  const global = fingerprint(
    template,
    generator,
    sel.baseUrl,
    stableJson(sel.languages),
    stableJson(sel.sections),
    stableJson(ctx.navSections),
    stableJson([...ctx.badgeKinds].map(([id, kinds]) => [id, [...kinds].sort()]).sort()),
  );
  const articleFp = new Map<string, string>();
  const ofArticle = (id: string): string => {
    let fp = articleFp.get(id);
    if (fp !== undefined) return fp;
    // Every save of an article or a translation moves its revision on (title, summary,
    // body, slug, status, lead texts); staleness counts change with the original; an
    // image's credit moves its updatedAt. Those numbers stand for the rows.
    const a = sel.articles.get(id);
    const langs = sel.exportedLangs.get(id) ?? [];
    let text = a ? `${a.revision}|${a.updatedAt}|${a.publishedAt}|${a.leadMediaId}|${a.section}` : '-';
    for (const t of sel.translations.get(id) ?? []) text += `|${t.lang}:${t.revision}:${t.updatedAt}:${t.status}:${t.staleBlocks}:${t.missingBlocks}`;
    for (const u of sel.uses.get(id) ?? []) text += `|${u.lang}:${u.position}:${u.media.id}:${u.media.updatedAt}`;
    for (const l of langs) text += `|${sel.pages.get(pageKey(id, l))?.dir ?? ''}`;
    fp = fingerprint(text);
    articleFp.set(id, fp);
    return fp;
  };
  const ofItems = (items: readonly ListItem[]): string =>
    fingerprint(
      ...items.map(
        (i) =>
          `${i.id}|${i.articleId}|${i.pinned ? 1 : 0}|${JSON.stringify(i.teasers)}|${isShownAt(i, ctx.asOf) ? 1 : 0}|${sel.articles.has(i.articleId) ? ofArticle(i.articleId) : '-'}`,
      ),
    );
  // Popular is on every page; its language scope is part of its fingerprint.
  const popularList = sel.deskLists.find((l) => l.list.kind === 'popular');
  const popular = popularList ? fingerprint(stableJson(popularList.list.langs), ofItems(popularList.items)) : '-';
  const out = new Map<string, string>();
  for (const page of sel.pages.values()) {
    const related = sel.related.get(page.articleId);
    out.set(
      `${page.dir}index.html`,
      fingerprint(global, page.lang, ofArticle(page.articleId), related ? ofItems(related.items) : '-', popular),
    );
  }
  for (const id of sel.inBundle) {
    const related = sel.related.get(id);
    out.set(
      `data/articles/${id}.json`,
      fingerprint(global, ofArticle(id), related ? stableJson([related.list.maxItems, related.list.dismissed, related.items]) : '-'),
    );
  }
  return out;
}

export async function buildBundle(o: BuildOptions): Promise<BuildResult> {
  const progress = (phase: ExportPhase, done: number, total: number) => o.onProgress?.(phase, done, total);
  const checkCancelled = () => {
    if (o.isCancelled?.()) throw new ExportCancelled();
  };

  progress('reading', 0, 1);
  const sel = readSelection(o.db, o.settings, o.baseUrl, o.scope);
  const state: ExportState | null = o.statePath === null ? null : readState(o.statePath);
  const links: LinkCache = { base: state?.links?.base ?? o.baseUrl, entries: new Map(Object.entries(state?.links?.entries ?? {})) };
  const report = preflight(o.db, sel, o.scope, o.asOf, links);
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
  const previous = readPreviousBundle(o.outDir);
  const oldEntries = new Map((previous?.manifest.files ?? []).map((f) => [f.path, f]));
  const trusted = state !== null && previous !== null && state.manifestSha256 === previous.sha256 && state.generator === o.generator;
  const template = templateFingerprint();
  const inputs = inputFingerprints(sel, ctx, template, o.generator);
  progress('reading', 1, 1);
  checkCancelled();

  sweepStaging(o.outDir);
  const staging = new Staging(o.outDir);
  try {
    const sink = createSink(staging, oldEntries);
    const { put, entries, written } = sink;
    /** The previous entry, when the file's inputs are as last time. */
    const keepable = (rel: string): Entry | null => {
      if (!trusted || state.inputs[rel] !== inputs.get(rel)) return null;
      // The folder is trusted to be as the last export left it (its manifest is unchanged).
      return oldEntries.get(rel) ?? null;
    };

    // Article pages and data files: only those whose inputs changed are rendered.
    const byArticle = pagesByArticle(sel.pages.values());
    const total = sel.pages.size + sel.inBundle.length;
    let done = 0;
    const toRender: string[] = [];
    for (const id of sel.inBundle) {
      const paths = [...(byArticle.get(id) ?? []).map((p) => `${p.dir}index.html`), `data/articles/${id}.json`];
      const kept = paths.map(keepable);
      // An article is rendered whole when any of its files changed.
      if (kept.every((e): e is Entry => e !== null)) {
        for (const e of kept) sink.record(e, false);
        done += paths.length;
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
    });

    // Fronts, feeds, sitemap and the site's data: always made (they are few), written when changed.
    for (const lang of sel.languages) {
      for (const section of [null, ...ctx.navSections]) {
        const model = frontModel(ctx, lang, section);
        put(`${frontDir(lang, section)}index.html`, renderFront(model));
      }
      const newest = newestPages(ctx, lang, null, FEED_ENTRIES);
      const bodies = readBodies(o.db, [...new Set(newest.map((p) => p.articleId))]);
      const feed = feedModel(
        ctx,
        lang,
        newest.map((p) => feedEntry(ctx, p, bodies.get(pageKey(p.articleId, p.lang))?.body ?? emptyBody())),
      );
      put(`feeds/${lang}.xml`, renderAtom(feed));
      put(`feeds/${lang}.json`, renderJsonFeed(feed));
    }
    checkCancelled();
    put('sitemap.xml', renderSitemap(sitemapEntries(ctx)));
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

    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const manifest: Manifest = { format: BUNDLE_FORMAT, generator: o.generator, files: entries };
    const manifestText = bundleJson(manifest);
    const manifestChanged = previous === null || sha256(manifestText) !== previous.sha256;
    if (manifestChanged) {
      staging.write(MANIFEST, manifestText);
      written.push(MANIFEST);
    }
    const present = new Set(entries.map((e) => e.path));
    const removed = [...oldEntries.keys()].filter((p) => !present.has(p)).sort();

    checkCancelled();
    progress('writing', 0, 1);
    staging.commit(removed);
    progress('writing', 1, 1);

    if (o.statePath !== null) {
      const kept: Record<string, string> = {};
      for (const [rel, fp] of [...inputs].sort(([a], [b]) => (a < b ? -1 : 1))) kept[rel] = fp;
      writeState(o.statePath, {
        version: 1,
        outDir: path.resolve(o.outDir),
        generator: o.generator,
        manifestSha256: sha256(manifestText),
        inputs: kept,
        links: { base: links.base, entries: Object.fromEntries(links.entries) },
      });
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
      bytes: entries.reduce((n, e) => n + e.size, 0) + Buffer.byteLength(manifestText),
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
