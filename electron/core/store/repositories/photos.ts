import type { Lang } from '../../../../shared/domain/languages';
import { cachedStatements, type Db } from '../db';

/**
 * Where images are placed: each article's lead photo with its per-language texts, and the
 * derived `media_uses` index of every placement (see migration 0003). Position -1 is the
 * lead photo; other positions are image blocks of a language's body.
 */

export const LEAD_POSITION = -1;

export interface LeadTexts {
  caption: string;
  altText: string;
}

/** One placement of an image in one language of an article. */
export interface StoredUse {
  articleId: string;
  lang: Lang;
  position: number;
  mediaId: string;
  caption: string;
  altText: string;
}

/** A placement with the article's state and title, for the library. */
export interface UseWithArticle extends StoredUse {
  title: string;
  originalTitle: string;
  inTrash: boolean;
}

interface UseRow {
  article_id: string;
  lang: string;
  position: number;
  media_id: string;
  caption: string;
  alt_text: string;
}

const statements = cachedStatements((db) => ({
  getLead: db.prepare<[string], string | null>('SELECT lead_media_id FROM articles WHERE id = ?').pluck(),
  setLead: db.prepare<[string | null, string]>('UPDATE articles SET lead_media_id = ? WHERE id = ?'),
  getTexts: db.prepare<[string], { lang: string; caption: string; alt_text: string }>(
    'SELECT lang, caption, alt_text FROM lead_texts WHERE article_id = ?',
  ),
  putTexts: db.prepare<[{ article_id: string; lang: string; caption: string; alt_text: string }]>(
    `INSERT INTO lead_texts (article_id, lang, caption, alt_text) VALUES (@article_id, @lang, @caption, @alt_text)
     ON CONFLICT (article_id, lang) DO UPDATE SET caption = excluded.caption, alt_text = excluded.alt_text`,
  ),
  clearLeadUses: db.prepare<[string]>(`DELETE FROM media_uses WHERE article_id = ? AND position = ${LEAD_POSITION}`),
  insertLeadUses: db.prepare<[string]>(
    `INSERT INTO media_uses (article_id, lang, position, media_id, caption, alt_text)
     SELECT a.id, t.lang, ${LEAD_POSITION}, a.lead_media_id, trim(coalesce(l.caption, '')), trim(coalesce(l.alt_text, ''))
     FROM articles a JOIN translations t ON t.article_id = a.id
     LEFT JOIN lead_texts l ON l.article_id = a.id AND l.lang = t.lang
     WHERE a.id = ? AND a.lead_media_id IS NOT NULL`,
  ),
  clearInline: db.prepare<[string, string]>(`DELETE FROM media_uses WHERE article_id = ? AND lang = ? AND position <> ${LEAD_POSITION}`),
  insertUse: db.prepare<[UseRow]>(
    `INSERT OR REPLACE INTO media_uses (article_id, lang, position, media_id, caption, alt_text)
     VALUES (@article_id, @lang, @position, @media_id, @caption, @alt_text)`,
  ),
  missing: db.prepare<[string], { lang: string; n: number }>(
    `SELECT lang, count(*) AS n FROM media_uses WHERE article_id = ? AND (caption = '' OR alt_text = '') GROUP BY lang`,
  ),
  missingMany: db.prepare<[string], { article_id: string; lang: string; n: number }>(
    `SELECT article_id, lang, count(*) AS n FROM media_uses
     WHERE article_id IN (SELECT value FROM json_each(?)) AND (caption = '' OR alt_text = '')
     GROUP BY article_id, lang`,
  ),
  usesOf: db.prepare<[string], UseRow & { title: string; original_title: string; deleted_at: string | null }>(
    `SELECT u.article_id, u.lang, u.position, u.media_id, u.caption, u.alt_text,
            coalesce(t.title, '') AS title, coalesce(o.title, '') AS original_title, a.deleted_at
     FROM media_uses u JOIN articles a ON a.id = u.article_id
     LEFT JOIN translations t ON t.article_id = u.article_id AND t.lang = u.lang
     LEFT JOIN translations o ON o.article_id = u.article_id AND o.lang = a.original_lang
     WHERE u.media_id = ?
     ORDER BY a.updated_at DESC, u.article_id, u.lang, u.position`,
  ),
  isUsed: db.prepare<[string, string], number>(
    'SELECT EXISTS (SELECT 1 FROM media_uses WHERE media_id = ?) OR EXISTS (SELECT 1 FROM articles WHERE lead_media_id = ?)',
  ).pluck(),
}));

export function getLeadMediaId(db: Db, articleId: string): string | null {
  return statements(db).getLead.get(articleId) ?? null;
}

export function getLeadTexts(db: Db, articleId: string): Map<Lang, LeadTexts> {
  return new Map(statements(db).getTexts.all(articleId).map((r) => [r.lang, { caption: r.caption, altText: r.alt_text }]));
}

/** Sets (or clears) the lead photo and brings its uses in line. */
export function setLeadMediaId(db: Db, articleId: string, mediaId: string | null): void {
  statements(db).setLead.run(mediaId, articleId);
  refreshLeadUses(db, articleId);
}

/** Stores one language's lead caption and alt text, and brings the uses in line. */
export function setLeadTexts(db: Db, articleId: string, lang: Lang, texts: LeadTexts): void {
  statements(db).putTexts.run({ article_id: articleId, lang, caption: texts.caption, alt_text: texts.altText });
  refreshLeadUses(db, articleId);
}

/** Rebuilds the lead photo's uses: one per translation while the article has a lead photo. */
export function refreshLeadUses(db: Db, articleId: string): void {
  const s = statements(db);
  s.clearLeadUses.run(articleId);
  s.insertLeadUses.run(articleId);
}

/** Replaces the image placements of one language's body. */
export function replaceInlineUses(db: Db, articleId: string, lang: Lang, uses: ReadonlyArray<Omit<StoredUse, 'articleId' | 'lang'>>): void {
  const s = statements(db);
  s.clearInline.run(articleId, lang);
  for (const use of uses) {
    s.insertUse.run({ article_id: articleId, lang, position: use.position, media_id: use.mediaId, caption: use.caption, alt_text: use.altText });
  }
}

/** Per language: placements lacking a caption or an alt text. */
export function countMissingPhotoTexts(db: Db, articleId: string): Map<Lang, number> {
  return new Map(statements(db).missing.all(articleId).map((r) => [r.lang, r.n]));
}

/** The same for several articles: `articleId → lang → count`. */
export function countMissingPhotoTextsOf(db: Db, articleIds: readonly string[]): Map<string, Map<Lang, number>> {
  const out = new Map<string, Map<Lang, number>>();
  if (articleIds.length === 0) return out;
  for (const r of statements(db).missingMany.all(JSON.stringify(articleIds))) {
    let perLang = out.get(r.article_id);
    if (!perLang) out.set(r.article_id, (perLang = new Map()));
    perLang.set(r.lang, r.n);
  }
  return out;
}

/** Every placement of an image, newest-changed articles first. */
export function listUsesOf(db: Db, mediaId: string): UseWithArticle[] {
  return statements(db)
    .usesOf.all(mediaId)
    .map((r) => ({
      articleId: r.article_id,
      lang: r.lang,
      position: r.position,
      mediaId: r.media_id,
      caption: r.caption,
      altText: r.alt_text,
      title: r.title,
      originalTitle: r.original_title,
      inTrash: r.deleted_at !== null,
    }));
}

/** True while any article places the image (as a lead photo or in a body). */
export function isMediaUsed(db: Db, mediaId: string): boolean {
  return statements(db).isUsed.get(mediaId, mediaId) === 1;
}
