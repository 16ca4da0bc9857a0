import { BundleArticleSchema, type BundleList } from '../../../../shared/domain/bundle';
import type { Lang } from '../../../../shared/domain/languages';
import { BodySchema } from '../../../../shared/editor/nodes';
import { normalizeBaseUrl } from '../../export/settings';
import { relatedListId } from '../../lists/ids';
import { RELATED_LIST_NAME } from '../../lists/views';
import type { Db } from '../../store/db';
import { putMetaText } from '../../store/repositories/exports';
import { deleteListRow, ensureDeskLists, insertList, listDeskListRows, replaceListItems, type StoredList } from '../../store/repositories/lists';
import { insertMedia, type StoredMedia } from '../../store/repositories/media';
import { getSettings, putSettings } from '../../store/repositories/workspaceMeta';
import { writeArticle, type TranslationToWrite } from '../write/article';
import { parseJsonText } from './json';
import type { BundleData } from './read';

/**
 * Writes a checked bundle (read.ts) into an empty workspace, inside the import's one
 * transaction, restoring it exactly: the settings (languages, sections) and the site's
 * base URL; the images' rows (their files are already in the media folder); every
 * article with its ids, times, statuses, slugs, bodies (their JSON as the bundle holds
 * it, key order and all), lead photo and lead texts; each article's Related list (items
 * and dismissed suggestions); and the desk's lists, which take the place of the ones the
 * workspace made for itself (Editor's choice, Popular, the section fronts) with the
 * bundle's ids, versions and items. Custom lists of the bundle are added. Fronts of
 * sections the bundle does not have go; fronts it lacks are made, empty.
 */

/** Where the export keeps the site's base URL (export/settings.ts reads it), as text. */
const EXPORT_BASE_URL_KEY = 'export.baseUrl';

export interface BundleWritten {
  translations: Map<Lang, number>;
  lists: Array<{ name: string; items: number }>;
}

function storedList(list: BundleList): StoredList {
  return {
    id: list.id,
    kind: list.kind,
    name: list.name,
    section: list.section,
    articleId: null,
    maxItems: list.maxItems,
    langs: [...list.langs],
    dismissed: [],
    version: list.version,
    createdAt: list.createdAt,
    updatedAt: list.updatedAt,
  };
}

/** The raw JSON of one translation's body, exactly as the bundle holds it. */
function rawBodies(file: string, text: string): unknown[] {
  const raw = parseJsonText(file, text) as { translations?: Array<{ body?: unknown }> };
  return (raw.translations ?? []).map((t) => t.body);
}

function restoreDeskLists(db: Db, data: BundleData, time: string): BundleWritten['lists'] {
  const sections = data.site.sections;
  const existing = listDeskListRows(db);
  const replaced = (list: StoredList, incoming: BundleList) =>
    list.id === incoming.id ||
    (incoming.kind !== 'custom' && incoming.kind !== 'section' && list.kind === incoming.kind) ||
    (incoming.kind === 'section' && list.kind === 'section' && list.section === incoming.section);
  for (const list of existing) {
    const goesAway = data.lists.lists.some((incoming) => replaced(list, incoming));
    const orphanFront = list.kind === 'section' && !sections.some((s) => s.id === list.section);
    if (goesAway || orphanFront) deleteListRow(db, list.id);
  }
  const out: BundleWritten['lists'] = [];
  for (const incoming of data.lists.lists) {
    insertList(db, storedList(incoming));
    replaceListItems(db, incoming.id, incoming.items);
    out.push({ name: incoming.name, items: incoming.items.length });
  }
  ensureDeskLists(db, sections, time);
  return out;
}

export function writeBundle(db: Db, data: BundleData, mediaRows: readonly StoredMedia[], time: string, onArticle: (done: number, total: number) => void): BundleWritten {
  const settings = getSettings(db);
  putSettings(db, { ...settings, languages: data.site.languages, sections: data.site.sections });
  putMetaText(db, EXPORT_BASE_URL_KEY, normalizeBaseUrl(data.site.baseUrl));
  for (const row of mediaRows) insertMedia(db, row);

  const translations = new Map<Lang, number>();
  data.articles.forEach(({ file, text }, i) => {
    const article = BundleArticleSchema.parse(parseJsonText(file, text));
    const bodies = rawBodies(file, text);
    const written: TranslationToWrite[] = article.translations.map((t, j) => {
      const raw = bodies[j];
      return {
        lang: t.lang,
        title: t.title,
        summary: t.summary,
        source: t.source,
        slug: t.slug,
        status: t.status,
        createdAt: t.createdAt,
        updatedAt: t.updatedAt,
        body: BodySchema.parse(raw),
        bodyJson: JSON.stringify(raw),
        leadCaption: t.leadCaption,
        leadAlt: t.leadAlt,
      };
    });
    const { format: _format, translations: _translations, related: _related, media: _media, ...fields } = article;
    writeArticle(
      db,
      { ...fields, translations: written },
      time,
    );
    if (article.related !== null) {
      const id = relatedListId(article.id);
      insertList(db, {
        id,
        kind: 'related',
        name: RELATED_LIST_NAME,
        section: null,
        articleId: article.id,
        maxItems: article.related.maxItems,
        langs: [],
        dismissed: [...article.related.dismissed],
        version: 1,
        createdAt: article.updatedAt,
        updatedAt: article.updatedAt,
      });
      replaceListItems(db, id, article.related.items);
    }
    for (const t of article.translations) translations.set(t.lang, (translations.get(t.lang) ?? 0) + 1);
    onArticle(i + 1, data.articles.length);
  });
  return { translations, lists: restoreDeskLists(db, data, time) };
}
