import { BUNDLE_FORMAT, type BundleArticle, type BundleLists, type BundleMedia, type BundleSite } from '../../../shared/domain/bundle';
import { parseVariantName } from '../../../shared/domain/media';
import type { Body } from '../../../shared/editor/nodes';
import { emptyBody } from '../../../shared/editor/text';
import type { MediaFile } from './media';
import { pageKey, type Selection } from './selection';

/**
 * The bundle's machine-readable files (schemas in shared/domain/bundle.ts): everything the
 * pages were made from, so that a bundle can be imported and exported again to the same bytes.
 */

/** JSON as the bundle writes it: two-space indented, keys in the order built, a final newline. */
export function bundleJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function siteData(sel: Selection, generator: string): BundleSite {
  return {
    format: BUNDLE_FORMAT,
    generator,
    baseUrl: sel.baseUrl,
    languages: [...sel.languages],
    sections: sel.sections.map((s) => ({ id: s.id, names: { ...s.names } })),
    articles: [...sel.inBundle],
  };
}

export function listsData(sel: Selection): BundleLists {
  return {
    format: BUNDLE_FORMAT,
    lists: sel.deskLists.map(({ list, items }) => ({
      id: list.id,
      kind: list.kind === 'related' ? 'custom' : list.kind,
      name: list.name,
      section: list.section,
      maxItems: list.maxItems,
      langs: [...list.langs],
      version: list.version,
      createdAt: list.createdAt,
      updatedAt: list.updatedAt,
      items,
    })),
  };
}

/** The bundle files of each image, by image id (from the bundle's media files). */
export function filesByMedia(files: readonly MediaFile[]): Map<string, MediaFile[]> {
  const out = new Map<string, MediaFile[]>();
  for (const f of files) {
    let list = out.get(f.media.id);
    if (list === undefined) out.set(f.media.id, (list = []));
    list.push(f);
  }
  return out;
}

function mediaData(files: readonly MediaFile[]): BundleMedia | null {
  const media = files[0]?.media;
  if (!media) return null;
  return {
    id: media.id,
    mime: media.mime,
    width: media.width,
    height: media.height,
    name: media.name,
    credit: media.credit,
    createdAt: media.createdAt,
    updatedAt: media.updatedAt,
    files: files.map((f) => {
      const parsed = parseVariantName(f.variant);
      return { path: f.path, width: parsed?.width ?? 0, format: parsed?.ext ?? 'webp' };
    }),
  };
}

export function articleData(
  sel: Selection,
  articleId: string,
  bodies: ReadonlyMap<string, { body: Body; source: string }>,
  media: ReadonlyMap<string, MediaFile[]>,
): BundleArticle {
  const article = sel.articles.get(articleId);
  if (!article) throw new Error(`The article ${articleId} is not in the selection.`);
  const langs = sel.exportedLangs.get(articleId) ?? [];
  const rows = (sel.translations.get(articleId) ?? []).filter((t) => langs.includes(t.lang));
  const related = sel.related.get(articleId);
  const used = new Set<string>();
  if (article.leadMediaId !== null) used.add(article.leadMediaId);
  for (const use of sel.uses.get(articleId) ?? []) if (langs.includes(use.lang)) used.add(use.media.id);
  return {
    format: BUNDLE_FORMAT,
    id: article.id,
    section: article.section,
    tags: article.tags,
    authors: article.authors,
    originalLang: article.originalLang,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    publishedAt: article.publishedAt,
    leadMediaId: article.leadMediaId,
    translations: rows.map((t) => {
      const page = sel.pages.get(pageKey(articleId, t.lang));
      const stored = bodies.get(pageKey(articleId, t.lang));
      return {
        lang: t.lang,
        title: t.title,
        summary: t.summary,
        body: stored?.body ?? emptyBody(),
        source: stored?.source ?? '',
        slug: t.slug,
        status: t.status,
        createdAt: t.createdAt,
        updatedAt: t.updatedAt,
        leadCaption: t.leadCaption,
        leadAlt: t.leadAlt,
        path: page ? `${page.dir}index.html` : '',
        url: page?.url ?? '',
      };
    }),
    related: related ? { maxItems: related.list.maxItems, items: related.items, dismissed: related.list.dismissed } : null,
    media: [...used]
      .sort()
      .map((id) => mediaData(media.get(id) ?? []))
      .filter((m): m is BundleMedia => m !== null),
  };
}
