import type { Lang } from '../../../shared/domain/languages';
import { assertWritable, now } from '../articles/rules';
import { TandemError } from '../errors';
import { nodeMediaFs, type MediaFs } from '../media/files';
import { say, type Sentence } from '../said';
import { storeErrorToTandemError } from '../store/db';
import { countArticles } from '../store/repositories/articles';
import { existingArticleIds, existingMediaIds } from '../store/repositories/imports';
import { getSettings } from '../store/repositories/workspaceMeta';
import type { Workspace } from '../workspace';
import { writeBundleMedia, type WrittenMedia } from './bundle/media';
import { readBundle, type BundleData } from './bundle/read';
import { openBundle } from './bundle/source';
import { writeBundle } from './bundle/write';
import { planMarkdown } from './markdown/plan';
import { writeMarkdown } from './markdown/write';
import { importProblem, Warnings } from './problems';
import { findSources, readMarkdown, type BundleRef, type MarkdownRef } from './sources';
import type { ListChange } from './write/lists';
import type { ZipLimits } from './zip';

/**
 * Importing into a workspace: Markdown files with Hugo front matter, or a Tandem bundle
 * (a folder or a zip). Every import is all or nothing: everything is read and checked
 * first, then one immediate transaction writes it all; a file that cannot be imported
 * stops the import with its name and line, and the workspace is left as it was. A
 * bundle's images are written into the media folder just before the transaction and
 * taken away again if it fails. See README.md in this folder for the rules.
 */

export type ImportPhase = 'reading' | 'checking' | 'media' | 'writing';

export interface ImportOptions {
  /** Hears how far the import is: `done` of `total` steps of `phase`. */
  onProgress?: (done: number, total: number, phase: ImportPhase) => void;
  /** Lower zip limits (tests). */
  zipLimits?: Partial<ZipLimits>;
  /** The file operations of the media folder (tests make them fail). */
  files?: MediaFs;
  /** How messages and warnings name each path given (default: as given). */
  label?: (given: string) => string;
}

export interface ImportResult {
  kind: 'markdown' | 'bundle';
  /** Articles created. */
  articles: number;
  /** Translations created, per language (in the workspace's order). */
  translations: Array<{ lang: Lang; count: number }>;
  /**
   * Lists the import wrote: for Markdown, Editor's choice and Popular with how many
   * imported articles each now holds; for a bundle, every desk list with its items.
   */
  lists: Array<{ name: string; items: number }>;
  /** Sections added to the workspace (Markdown) or the bundle's sections. */
  sections: string[];
  /** Images added to the library. */
  media: number;
  /** What was left out or changed, in sentences (English, with the phrase the interface says). */
  warnings: Sentence[];
}

function byLanguage(counts: ReadonlyMap<Lang, number>, languages: readonly Lang[]): ImportResult['translations'] {
  const order = [...languages, ...[...counts.keys()].filter((l) => !languages.includes(l)).sort()];
  return order.filter((lang) => counts.has(lang)).map((lang) => ({ lang, count: counts.get(lang) ?? 0 }));
}

/** What a Markdown import tells of the desk's lists it changed. */
function listWarnings(change: ListChange): Sentence[] {
  const out: Sentence[] = [];
  if (change.leftOut > 0) out.push(say('core.imports.warnings.listFull', { list: change.name, count: change.leftOut }));
  if (change.displaced > 0) out.push(say('core.imports.warnings.listDisplaced', { list: change.name, count: change.displaced }));
  return out;
}

/** Runs the store's part of an import as one immediate transaction, saying store failures plainly. */
function inTransaction<T>(ws: Workspace, write: () => T): T {
  try {
    return ws.db.transaction(() => {
      assertWritable(ws);
      return write();
    }).immediate();
  } catch (e) {
    throw storeErrorToTandemError(e);
  }
}

async function importMarkdown(ws: Workspace, refs: readonly MarkdownRef[], options: ImportOptions): Promise<ImportResult> {
  const progress = options.onProgress ?? (() => {});
  const warnings = new Warnings();
  const time = now();
  const settings = getSettings(ws.db);
  const plan = await planMarkdown(refs, readMarkdown, settings, warnings, time, (done, total) => progress(done, total, 'reading'));
  const written = inTransaction(ws, () => writeMarkdown(ws.db, plan, time, (done, total) => progress(done, total, 'writing')));
  const languages = getSettings(ws.db).languages;
  return {
    kind: 'markdown',
    articles: plan.articles.length,
    translations: byLanguage(written.translations, languages),
    lists: written.lists.map((l) => ({ name: l.name, items: l.added })),
    sections: plan.newSections.map((s) => s.id),
    media: 0,
    warnings: [...warnings.messages(), ...written.lists.flatMap(listWarnings)],
  };
}

/** A bundle goes only into a workspace without articles: it brings its own settings, lists and ids. */
function requireEmpty(ws: Workspace, data: BundleData): void {
  const taken = existingArticleIds(ws.db, data.articles.map((a) => a.id));
  if (taken.length > 0) {
    const ids = `${taken.slice(0, 3).join(', ')}${taken.length > 3 ? ', …' : ''}`;
    throw importProblem(say('core.imports.bundleTaken', { label: data.source.label, count: taken.length, ids }), 'conflict');
  }
  const counts = countArticles(ws.db);
  if (counts.live + counts.trash > 0) {
    throw importProblem(say('core.imports.workspaceNotEmpty', { count: counts.live + counts.trash }), 'conflict');
  }
}

async function importBundle(ws: Workspace, ref: BundleRef, options: ImportOptions): Promise<ImportResult> {
  const progress = options.onProgress ?? (() => {});
  const source = await openBundle(ref, options.zipLimits);
  let media: WrittenMedia | null = null;
  try {
    const data = await readBundle(source, (done, total) => progress(done, total, 'checking'));
    requireEmpty(ws, data);
    const warnings = new Warnings();
    const lacking = [...data.images.values()].filter((image) => image.original === null);
    if (lacking.length > 0) warnings.note(say('core.imports.bundle.lacksOriginal', { count: lacking.length }));
    if (data.withoutOriginal.length > 0) {
      const n = data.withoutOriginal.length;
      const ids = `${data.withoutOriginal.slice(0, 3).join(', ')}${n > 3 ? ', …' : ''}`;
      warnings.note(say('core.imports.bundle.withoutOriginal', { count: n, ids }));
    }
    const known = new Set(existingMediaIds(ws.db, [...data.images.keys()]));
    const newIds = new Set([...data.images.keys()].filter((id) => !known.has(id)));
    assertWritable(ws);
    media = await writeBundleMedia(ws.dir, data, newIds, options.files ?? nodeMediaFs, (done, total) => progress(done, total, 'media'));
    const rows = media.rows;
    const time = now();
    const written = inTransaction(ws, () => {
      requireEmpty(ws, data);
      return writeBundle(ws.db, data, rows, time, (done, total) => progress(done, total, 'writing'));
    });
    media = null;
    return {
      kind: 'bundle',
      articles: data.articles.length,
      translations: byLanguage(written.translations, data.site.languages),
      lists: written.lists,
      sections: data.site.sections.map((s) => s.id),
      media: rows.length,
      warnings: warnings.messages(),
    };
  } finally {
    // The store did not take the images' rows: their files go again.
    if (media !== null) await media.rollback();
    source.close();
  }
}

/**
 * Imports Markdown files, folders of them, or one Tandem bundle (a folder holding
 * `manifest.json`, or a `.zip`). All or nothing: on failure a TandemError says what and
 * where, and the workspace is unchanged.
 */
export async function importPaths(ws: Workspace, paths: readonly string[], options: ImportOptions = {}): Promise<ImportResult> {
  assertWritable(ws);
  const sources = await findSources(paths, options.label);
  const bundle = sources.bundles[0];
  try {
    if (bundle !== undefined) return await importBundle(ws, bundle, options);
    return await importMarkdown(ws, sources.markdown, options);
  } catch (e) {
    if (e instanceof TandemError) throw e;
    throw storeErrorToTandemError(e);
  }
}
