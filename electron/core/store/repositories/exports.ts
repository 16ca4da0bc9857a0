import type { Lang } from '../../../../shared/domain/languages';
import type { Status } from '../../../../shared/domain/status';
import { cachedStatements, type Db } from '../db';
import { ARTICLE_COLUMNS, articleFromRow, type ArticleRow, type StoredArticle } from './articles';
import { MEDIA_COLUMNS, mediaFromRow, type StoredMedia } from './media';

/**
 * What the export reads. Everything but bodies is read for every live article at once
 * (light rows: enough to choose pages, make addresses and fingerprint each page's inputs);
 * bodies and text heads are read only for the articles being rendered.
 */

/** A live article as the export (and an import) carries it: no trash time, with its lead photo. */
export type ArticleFields = Omit<StoredArticle, 'deletedAt' | 'revision'> & { leadMediaId: string | null };

export interface ExportArticleRow extends ArticleFields {
  revision: number;
}

export interface ExportTranslationRow {
  articleId: string;
  lang: Lang;
  title: string;
  summary: string;
  slug: string;
  status: Status;
  revision: number;
  createdAt: string;
  updatedAt: string;
  wordCount: number;
  staleBlocks: number;
  missingBlocks: number;
  leadCaption: string;
  leadAlt: string;
}

/** One placement of a library image (lead or body) in one language of an article. */
export interface ExportUseRow {
  articleId: string;
  lang: Lang;
  position: number;
  caption: string;
  altText: string;
  media: StoredMedia;
}

interface TranslationRow {
  article_id: string;
  lang: string;
  title: string;
  summary: string;
  slug: string;
  status: string;
  revision: number;
  created_at: string;
  updated_at: string;
  word_count: number;
  stale_blocks: number;
  missing_blocks: number;
  lead_caption: string;
  lead_alt: string;
}

const TRANSLATION_COLUMNS = `t.article_id, t.lang, t.title, t.summary, t.slug, t.status, t.revision, t.created_at, t.updated_at,
            t.word_count, t.stale_blocks, t.missing_blocks,
            coalesce(l.caption, '') AS lead_caption, coalesce(l.alt_text, '') AS lead_alt`;

const USE_COLUMNS = `u.article_id, u.lang, u.position, u.caption, u.alt_text, ${MEDIA_COLUMNS.split(', ')
  .map((c) => `m.${c}`)
  .join(', ')}`;

type UseRow = { article_id: string; lang: string; position: number; caption: string; alt_text: string } & Record<string, unknown>;

const statements = cachedStatements((db) => ({
  articles: db.prepare<[], ArticleRow & { lead_media_id: string | null }>(
    `SELECT ${ARTICLE_COLUMNS}, lead_media_id FROM articles WHERE deleted_at IS NULL ORDER BY id`,
  ),
  liveCount: db.prepare<[], number>('SELECT count(*) FROM articles WHERE deleted_at IS NULL').pluck(),
  articlesById: db.prepare<[string], ArticleRow & { lead_media_id: string | null }>(
    `SELECT ${ARTICLE_COLUMNS}, lead_media_id FROM articles WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL ORDER BY id`,
  ),
  translationsOf: db.prepare<[string], TranslationRow>(
    `SELECT ${TRANSLATION_COLUMNS}
     FROM json_each(?) j
     JOIN articles a ON a.id = j.value AND a.deleted_at IS NULL
     JOIN translations t ON t.article_id = a.id
     LEFT JOIN lead_texts l ON l.article_id = t.article_id AND l.lang = t.lang
     ORDER BY t.article_id, t.lang`,
  ),
  usesOf: db.prepare<[string], UseRow>(
    `SELECT ${USE_COLUMNS}
     FROM json_each(?) j
     JOIN articles a ON a.id = j.value AND a.deleted_at IS NULL
     JOIN media_uses u ON u.article_id = a.id
     JOIN media m ON m.id = u.media_id
     ORDER BY u.article_id, u.lang, u.position`,
  ),
  translations: db.prepare<[], TranslationRow>(
    `SELECT ${TRANSLATION_COLUMNS}
     FROM translations t INDEXED BY translations_export
     JOIN articles a ON a.id = t.article_id AND a.deleted_at IS NULL
     LEFT JOIN lead_texts l ON l.article_id = t.article_id AND l.lang = t.lang
     ORDER BY t.article_id, t.lang`,
  ),
  uses: db.prepare<[], UseRow>(
    `SELECT ${USE_COLUMNS}
     FROM media_uses u
     JOIN media m ON m.id = u.media_id
     JOIN articles a ON a.id = u.article_id AND a.deleted_at IS NULL
     ORDER BY u.article_id, u.lang, u.position`,
  ),
  bodies: db.prepare<[string], { article_id: string; lang: string; body: Buffer; source: string }>(
    `SELECT t.article_id, t.lang, CAST(t.body AS BLOB) AS body, t.source
     FROM json_each(?) j JOIN translations t ON t.article_id = j.value
     ORDER BY t.article_id, t.lang`,
  ),
  heads: db.prepare<[{ ids: string; chars: number }], { article_id: string; lang: string; head: string }>(
    `SELECT t.article_id, t.lang, substr(t.body_text, 1, @chars) AS head
     FROM json_each(@ids) j JOIN translations t ON t.article_id = j.value`,
  ),
  containing: db.prepare<[string], { article_id: string; lang: string; body: string }>(
    `SELECT t.article_id, t.lang, t.body FROM translations t
     JOIN articles a ON a.id = t.article_id AND a.deleted_at IS NULL
     WHERE instr(t.body, ?) > 0 ORDER BY t.article_id, t.lang`,
  ),
  getMeta: db.prepare<[string], string>('SELECT value FROM workspace_meta WHERE key = ?').pluck(),
  putMeta: db.prepare<[string, string]>(
    'INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ),
}));

/** How many articles are live (not in the trash). */
export function countLiveArticles(db: Db): number {
  return statements(db).liveCount.get() ?? 0;
}

/** Every live article, or (given `ids`) those of them that are live. */
export function listExportArticles(db: Db, ids?: readonly string[]): ExportArticleRow[] {
  const s = statements(db);
  return (ids === undefined ? s.articles.all() : s.articlesById.all(JSON.stringify(ids)))
    .map((r) => {
      const { deletedAt: _deleted, revision, ...fields } = articleFromRow(r);
      return { ...fields, leadMediaId: r.lead_media_id, revision };
    });
}

/** Every translation of every live article (or of the live ones of `ids`), without bodies, with its lead photo's texts. */
export function listExportTranslations(db: Db, ids?: readonly string[]): ExportTranslationRow[] {
  const s = statements(db);
  return (ids === undefined ? s.translations.all() : s.translationsOf.all(JSON.stringify(ids)))
    .map((r) => ({
      articleId: r.article_id,
      lang: r.lang,
      title: r.title,
      summary: r.summary,
      slug: r.slug,
      status: r.status as Status,
      revision: r.revision,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      wordCount: r.word_count,
      staleBlocks: r.stale_blocks,
      missingBlocks: r.missing_blocks,
      leadCaption: r.lead_caption,
      leadAlt: r.lead_alt,
    }));
}

/** Every placement of a library image in a live article (or in the live ones of `ids`), with the image. */
export function listExportUses(db: Db, ids?: readonly string[]): ExportUseRow[] {
  const s = statements(db);
  return (ids === undefined ? s.uses.all() : s.usesOf.all(JSON.stringify(ids)))
    .map((r) => ({
      articleId: r.article_id,
      lang: r.lang,
      position: r.position,
      caption: r.caption,
      altText: r.alt_text,
      media: mediaFromRow(r as unknown as Parameters<typeof mediaFromRow>[0]),
    }));
}

/** A stored body as bytes: its JSON text in UTF-8, decoded by whoever parses it. */
export interface StoredBodyBytes {
  bodyUtf8: Uint8Array;
  source: string;
}

/**
 * The stored bodies and source lines of these articles, by `articleId/lang`. Bodies are read
 * as their UTF-8 bytes: copying them out of SQLite is several times cheaper than making a
 * string of each, and the export decodes them on the thread that renders them.
 */
export function readExportBodies(db: Db, articleIds: readonly string[]): Map<string, StoredBodyBytes> {
  const out = new Map<string, StoredBodyBytes>();
  if (articleIds.length === 0) return out;
  for (const r of statements(db).bodies.all(JSON.stringify(articleIds))) out.set(`${r.article_id}/${r.lang}`, { bodyUtf8: r.body, source: r.source });
  return out;
}

const utf8 = new TextDecoder();

/** A stored body's JSON text from its bytes (a Buffer on the reading thread, a plain Uint8Array once it has crossed to another). */
export function bodyText(stored: StoredBodyBytes): string {
  return utf8.decode(stored.bodyUtf8);
}

/** The first `chars` characters of these articles' body text, by `articleId/lang` (for excerpts). */
export function readBodyHeads(db: Db, articleIds: readonly string[], chars: number): Map<string, string> {
  const out = new Map<string, string>();
  if (articleIds.length === 0) return out;
  for (const r of statements(db).heads.all({ ids: JSON.stringify(articleIds), chars })) out.set(`${r.article_id}/${r.lang}`, r.head);
  return out;
}

/** The bodies of live articles whose stored JSON contains `needle` (links to the site's own address). */
export function listBodiesContaining(db: Db, needle: string): Array<{ articleId: string; lang: Lang; bodyJson: string }> {
  return statements(db)
    .containing.all(needle)
    .map((r) => ({ articleId: r.article_id, lang: r.lang, bodyJson: r.body }));
}

/** A workspace setting kept as text under `key` (`export.baseUrl`, `export.outDir`). */
export function getMetaText(db: Db, key: string): string | undefined {
  return statements(db).getMeta.get(key);
}

export function putMetaText(db: Db, key: string, value: string): void {
  statements(db).putMeta.run(key, value);
}
