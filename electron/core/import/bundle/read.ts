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
    throw fileProblem(file, null, 'it is not UTF-8 text.');
  }
}

async function readManifest(source: BundleSource): Promise<Map<string, ManifestEntry>> {
  const file = `${source.label}: ${MANIFEST_FILE}`;
  if ((await source.size(MANIFEST_FILE)) === null) {
    throw importProblem(`${source.label} is not a Tandem bundle: it has no ${MANIFEST_FILE}.`);
  }
  const manifest = checkSchema(file, parseJsonText(file, textOf(file, await source.read(MANIFEST_FILE))), ManifestSchema);
  const out = new Map<string, ManifestEntry>();
  manifest.files.forEach((entry, i) => {
    const unsafe = unsafeEntryName(entry.path);
    if (unsafe !== null || entry.path.endsWith('/')) {
      throw fileProblem(file, null, `at files[${i}].path: ${unsafe ?? `${entry.path} is a folder, not a file`}.`);
    }
    if (out.has(entry.path)) throw fileProblem(file, null, `at files[${i}].path: ${entry.path} is listed twice.`);
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
    if (size === null) throw fileProblem(where, null, `the manifest lists this file, but the bundle does not have it.`);
    if (size !== expected.size) throw fileProblem(where, null, `it is ${size} bytes, but the manifest says ${expected.size}: the file was changed or cut short.`);
    let sha256: string;
    if (KEPT_DATA.test(path)) {
      const bytes = await source.read(path);
      sha256 = createHash('sha256').update(bytes).digest('hex');
      if (sha256 === expected.sha256) kept.set(path, textOf(where, bytes));
    } else {
      sha256 = (await source.digest(path)).sha256;
    }
    if (sha256 !== expected.sha256) throw fileProblem(where, null, 'its sha256 does not match the manifest: the file was changed or damaged.');
    onFile(++done, manifest.size);
  }
  return kept;
}

function dataText(source: BundleSource, kept: ReadonlyMap<string, string>, path: string): string {
  const text = kept.get(path);
  if (text === undefined) throw importProblem(`${source.label} is not a complete Tandem bundle: its manifest does not list ${path}.`);
  return text;
}

/** The image ids a body places. */
function imagesIn(blocks: readonly SerializedBlock[]): string[] {
  return blocks.filter((b) => b.type === 'image').map((b) => (b.type === 'image' ? b.mediaId : ''));
}

/** The checks an article's file must pass beyond its schema. */
function checkArticle(file: string, id: string, article: BundleArticle, site: BundleSite, manifest: ReadonlyMap<string, ManifestEntry>): void {
  const at = (where: string, message: string) => fileProblem(file, null, `at ${where}: ${message}`);
  if (article.id !== id) throw at('id', `it is ${article.id}, but the file is named for ${id}.`);
  if (!site.sections.some((s) => s.id === article.section)) throw at('section', `"${article.section}" is not one of the sections in ${SITE_FILE}.`);
  if (!site.languages.includes(article.originalLang)) throw at('originalLang', `"${article.originalLang}" is not one of the languages in ${SITE_FILE}.`);
  const langs = new Set<string>();
  article.translations.forEach((t, i) => {
    if (!site.languages.includes(t.lang)) throw at(`translations[${i}].lang`, `"${t.lang}" is not one of the languages in ${SITE_FILE}.`);
    if (langs.has(t.lang)) throw at(`translations[${i}].lang`, `there is a second ${t.lang} version.`);
    langs.add(t.lang);
  });
  const described = new Set(article.media.map((m) => m.id));
  if (article.leadMediaId !== null && !described.has(article.leadMediaId)) throw at('leadMediaId', 'the lead photo is not described in media.');
  article.translations.forEach((t, i) => {
    for (const mediaId of imagesIn(t.body.root.children)) {
      if (!described.has(mediaId)) throw at(`translations[${i}].body`, `it places image ${mediaId}, which is not described in media.`);
    }
  });
  article.media.forEach((m, i) => {
    m.files.forEach((f, j) => {
      if (!f.path.startsWith(`media/${m.id}-`)) throw at(`media[${i}].files[${j}].path`, `${f.path} is not a file of image ${m.id}.`);
      if (f.path !== `media/${m.id}-${f.width}.${f.format}`) throw at(`media[${i}].files[${j}].path`, `${f.path} does not match its width and format.`);
      if (!manifest.has(f.path)) throw at(`media[${i}].files[${j}].path`, `the manifest does not list ${f.path}.`);
    });
  });
}

function checkLists(file: string, lists: BundleLists, site: BundleSite): void {
  const ids = new Set<string>();
  const kinds = new Set<string>();
  const sections = new Set<string>();
  lists.lists.forEach((list, i) => {
    const at = (where: string, message: string) => fileProblem(file, null, `at lists[${i}].${where}: ${message}`);
    if (ids.has(list.id)) throw at('id', `a second list has the id ${list.id}.`);
    ids.add(list.id);
    if (list.kind === 'editors-choice' || list.kind === 'popular') {
      if (kinds.has(list.kind)) throw at('kind', `there is a second ${list.kind} list.`);
      kinds.add(list.kind);
    }
    if (list.kind === 'section') {
      if (list.section === null || !site.sections.some((s) => s.id === list.section)) throw at('section', `a section front needs one of the sections in ${SITE_FILE}.`);
      if (sections.has(list.section)) throw at('section', `there is a second front for ${list.section}.`);
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
  if (!BaseUrlSchema.safeParse(site.baseUrl).success) throw fileProblem(siteFile, null, 'at baseUrl: it is not a web address such as https://news.example.org/.');
  const listsFile = named(LISTS_FILE);
  const lists = checkSchema(listsFile, parseJsonText(listsFile, dataText(source, kept, LISTS_FILE)), BundleListsSchema);
  checkLists(listsFile, lists, site);

  const articles: BundleData['articles'] = [];
  const images = new Map<string, BundleImage>();
  const seen = new Set<string>();
  const withoutOriginal: string[] = [];
  for (const id of site.articles) {
    if (seen.has(id)) throw fileProblem(siteFile, null, `at articles: ${id} is listed twice.`);
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
