import { createHash } from 'node:crypto';
import {
  BundleArticleSchema,
  BundleListsSchema,
  BundleSiteSchema,
  ManifestSchema,
  type BundleArticle,
  type BundleLists,
  type BundleMedia,
  type BundleSite,
} from '../../../../shared/domain/bundle';
import { BaseUrlSchema } from '../../../../shared/contract';
import { MEDIA_TYPES } from '../../../../shared/domain/media';
import type { SerializedBlock } from '../../../../shared/editor/nodes';
import { say, type Sentence } from '../../said';
import { fileProblem, importProblem } from '../problems';
import { unsafeEntryName } from '../zip';
import { checkSchema, parseJsonText } from './json';
import type { BundleSource } from './source';

/**
 * A bundle read and checked before anything is written: every file the manifest lists is
 * there with its size and sha256, and every data file fits its schema (shared/domain/
 * bundle.ts) and agrees with the others (sections and languages that exist, images that
 * are described and present). The data files are kept as text; the media are not read
 * into memory here, only hashed, and are read again when they are written.
 */

export const SITE_FILE = 'data/site.json';
export const LISTS_FILE = 'data/lists.json';
export const MANIFEST_FILE = 'manifest.json';

export function articleFile(id: string): string {
  return `data/articles/${id}.json`;
}

export interface ManifestEntry {
  size: number;
  sha256: string;
}

/** One image of the bundle, with the file that becomes its original in the library. */
export interface BundleImage {
  media: BundleMedia;
  /** The largest file in the image's own format; null when the bundle has none. */
  original: BundleMedia['files'][number] | null;
  /** The file that describes it first (for messages). */
  describedIn: string;
}

export interface BundleData {
  source: BundleSource;
  manifest: Map<string, ManifestEntry>;
  site: BundleSite;
  lists: BundleLists;
  /** Each article's file and its text, in the order site.json lists them. */
  articles: Array<{ file: string; id: string; text: string }>;
  images: Map<string, BundleImage>;
  /** Articles whose original language is not in the bundle (only ready and published languages are exported). */
  withoutOriginal: string[];
}

const KEPT_DATA = /^data\/(?:site|lists|articles\/[^/]+)\.json$/;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function textOf(file: string, bytes: Buffer): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw fileProblem(file, null, say('core.imports.bundle.notUtf8'));
  }
}

async function readManifest(source: BundleSource): Promise<Map<string, ManifestEntry>> {
  const file = `${source.label}: ${MANIFEST_FILE}`;
  if ((await source.size(MANIFEST_FILE)) === null) {
    throw importProblem(say('core.imports.bundle.notBundle', { label: source.label }));
  }
  const manifest = checkSchema(file, parseJsonText(file, textOf(file, await source.read(MANIFEST_FILE))), ManifestSchema);
  const out = new Map<string, ManifestEntry>();
  manifest.files.forEach((entry, i) => {
    const where = `files[${i}].path`;
    const unsafe = unsafeEntryName(entry.path);
    if (unsafe === 'noName') throw fileProblem(file, null, say('core.imports.unsafe.manifest.noName', { index: i }));
    if (unsafe !== null) throw fileProblem(file, null, say(`core.imports.unsafe.manifest.${unsafe}`, { index: i, name: JSON.stringify(entry.path) }));
    if (entry.path.endsWith('/')) throw fileProblem(file, null, say('core.imports.bundle.pathIsFolder', { where, path: entry.path }));
    if (out.has(entry.path)) throw fileProblem(file, null, say('core.imports.bundle.listedTwice', { where, item: entry.path }));
    out.set(entry.path, { size: entry.size, sha256: entry.sha256 });
  });
  return out;
}

/** Checks every listed file; returns the texts of the data files the import reads. */
async function verifyFiles(
  source: BundleSource,
  manifest: ReadonlyMap<string, ManifestEntry>,
  onFile: (done: number, total: number) => void,
): Promise<Map<string, string>> {
  const kept = new Map<string, string>();
  let done = 0;
  for (const [path, expected] of manifest) {
    const where = `${source.label}: ${path}`;
    const size = await source.size(path);
    if (size === null) throw fileProblem(where, null, say('core.imports.bundle.missingFile'));
    if (size !== expected.size) throw fileProblem(where, null, say('core.imports.bundle.sizeMismatch', { size, expected: expected.size }));
    let sha256: string;
    if (KEPT_DATA.test(path)) {
      const bytes = await source.read(path);
      sha256 = createHash('sha256').update(bytes).digest('hex');
      if (sha256 === expected.sha256) kept.set(path, textOf(where, bytes));
    } else {
      sha256 = (await source.digest(path)).sha256;
    }
    if (sha256 !== expected.sha256) throw fileProblem(where, null, say('core.imports.bundle.shaMismatch'));
    onFile(++done, manifest.size);
  }
  return kept;
}

function dataText(source: BundleSource, kept: ReadonlyMap<string, string>, path: string): string {
  const text = kept.get(path);
  if (text === undefined) throw importProblem(say('core.imports.bundle.incomplete', { label: source.label, path }));
  return text;
}

/** The image ids a body places. */
function imagesIn(blocks: readonly SerializedBlock[]): string[] {
  return blocks.filter((b) => b.type === 'image').map((b) => (b.type === 'image' ? b.mediaId : ''));
}

/** The checks an article's file must pass beyond its schema. */
function checkArticle(file: string, id: string, article: BundleArticle, site: BundleSite, manifest: ReadonlyMap<string, ManifestEntry>): void {
  const at = (said: Sentence) => fileProblem(file, null, said);
  if (article.id !== id) throw at(say('core.imports.bundle.idMismatch', { id: article.id, expected: id }));
  if (!site.sections.some((s) => s.id === article.section)) throw at(say('core.imports.bundle.unknownSection', { section: article.section }));
  if (!site.languages.includes(article.originalLang)) throw at(say('core.imports.bundle.unknownOriginal', { lang: article.originalLang }));
  const langs = new Set<string>();
  article.translations.forEach((t, i) => {
    const where = `translations[${i}].lang`;
    if (!site.languages.includes(t.lang)) throw at(say('core.imports.bundle.unknownLang', { where, lang: t.lang }));
    if (langs.has(t.lang)) throw at(say('core.imports.bundle.secondVersion', { where, lang: t.lang }));
    langs.add(t.lang);
  });
  const described = new Set(article.media.map((m) => m.id));
  if (article.leadMediaId !== null && !described.has(article.leadMediaId)) throw at(say('core.imports.bundle.leadNotDescribed'));
  article.translations.forEach((t, i) => {
    for (const mediaId of imagesIn(t.body.root.children)) {
      if (!described.has(mediaId)) throw at(say('core.imports.bundle.imageNotDescribed', { where: `translations[${i}].body`, id: mediaId }));
    }
  });
  article.media.forEach((m, i) => {
    m.files.forEach((f, j) => {
      const where = `media[${i}].files[${j}].path`;
      if (!f.path.startsWith(`media/${m.id}-`)) throw at(say('core.imports.bundle.notFileOf', { where, path: f.path, id: m.id }));
      if (f.path !== `media/${m.id}-${f.width}.${f.format}`) throw at(say('core.imports.bundle.pathMismatch', { where, path: f.path }));
      if (!manifest.has(f.path)) throw at(say('core.imports.bundle.notInManifest', { where, path: f.path }));
    });
  });
}

function checkLists(file: string, lists: BundleLists, site: BundleSite): void {
  const ids = new Set<string>();
  const kinds = new Set<string>();
  const sections = new Set<string>();
  lists.lists.forEach((list, i) => {
    const at = (said: Sentence) => fileProblem(file, null, said);
    if (ids.has(list.id)) throw at(say('core.imports.bundle.secondListId', { where: `lists[${i}].id`, id: list.id }));
    ids.add(list.id);
    if (list.kind === 'editors-choice' || list.kind === 'popular') {
      if (kinds.has(list.kind)) throw at(say('core.imports.bundle.secondList', { where: `lists[${i}].kind`, kind: list.kind }));
      kinds.add(list.kind);
    }
    if (list.kind === 'section') {
      const where = `lists[${i}].section`;
      if (list.section === null || !site.sections.some((s) => s.id === list.section)) throw at(say('core.imports.bundle.frontNeedsSection', { where }));
      if (sections.has(list.section)) throw at(say('core.imports.bundle.secondFront', { where, section: list.section }));
      sections.add(list.section);
    }
  });
}

function pickOriginal(media: BundleMedia): BundleImage['original'] {
  const own = MEDIA_TYPES[media.mime];
  const candidates = media.files.filter((f) => f.format === own);
  return candidates.reduce<BundleImage['original']>((best, f) => (best === null || f.width > best.width ? f : best), null);
}

/** Reads and checks a whole bundle; throws naming the file (and JSON path) of the first problem. */
export async function readBundle(source: BundleSource, onFile: (done: number, total: number) => void): Promise<BundleData> {
  const manifest = await readManifest(source);
  const kept = await verifyFiles(source, manifest, onFile);
  const named = (path: string) => `${source.label}: ${path}`;
  const siteFile = named(SITE_FILE);
  const site = checkSchema(siteFile, parseJsonText(siteFile, dataText(source, kept, SITE_FILE)), BundleSiteSchema);
  if (!BaseUrlSchema.safeParse(site.baseUrl).success) throw fileProblem(siteFile, null, say('core.imports.bundle.baseUrl'));
  const listsFile = named(LISTS_FILE);
  const lists = checkSchema(listsFile, parseJsonText(listsFile, dataText(source, kept, LISTS_FILE)), BundleListsSchema);
  checkLists(listsFile, lists, site);

  const articles: BundleData['articles'] = [];
  const images = new Map<string, BundleImage>();
  const seen = new Set<string>();
  const withoutOriginal: string[] = [];
  for (const id of site.articles) {
    if (seen.has(id)) throw fileProblem(siteFile, null, say('core.imports.bundle.listedTwice', { where: 'articles', item: id }));
    seen.add(id);
    const path = articleFile(id);
    const file = named(path);
    const text = dataText(source, kept, path);
    const article = checkSchema(file, parseJsonText(file, text), BundleArticleSchema);
    checkArticle(file, id, article, site, manifest);
    for (const media of article.media) if (!images.has(media.id)) images.set(media.id, { media, original: pickOriginal(media), describedIn: file });
    if (!article.translations.some((t) => t.lang === article.originalLang)) withoutOriginal.push(id);
    articles.push({ file, id, text });
  }
  return { source, manifest, site, lists, articles, images, withoutOriginal };
}
