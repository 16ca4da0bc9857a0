import { randomUUID } from 'node:crypto';
import type { ListItem, ListKind, Section } from '../../../../shared/contract';
import type { Lang } from '../../../../shared/domain/languages';
import type { Status } from '../../../../shared/domain/status';
import { cachedStatements, type Db } from '../db';
import { MEDIA_COLUMNS, mediaFromRow, type StoredMedia } from './media';

/**
 * The desk's curated lists and each article's Related list (see migration 0004): the list
 * rows, their items in order, and what an item card needs of the articles they link to,
 * read for many articles at once.
 */

/** A list as the store holds it; its items are read apart. */
export interface StoredList {
  id: string;
  kind: ListKind;
  name: string;
  section: string | null;
  articleId: string | null;
  maxItems: number;
  /** Empty: every workspace language. */
  langs: Lang[];
  /** Related lists: suggestions the desk turned down. */
  dismissed: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** How long the desk's lists are when they are made, and an article's Related list. */
export const DESK_MAX_ITEMS = 10;
export const RELATED_MAX_ITEMS = 5;

/** The names the desk's own lists are made with. */
export const DESK_LIST_NAMES = { 'editors-choice': "Editor's choice", popular: 'Popular' } as const;

/** The kinds whose membership shows as a badge on an item card, in badge order. */
export const BADGE_KINDS = ['editors-choice', 'popular'] as const;

interface ListRow {
  id: string;
  kind: string;
  name: string;
  section: string | null;
  article_id: string | null;
  max_items: number;
  langs: string;
  dismissed: string;
  version: number;
  created_at: string;
  updated_at: string;
}

interface ItemRow {
  list_id: string;
  position: number;
  id: string;
  article_id: string;
  pinned: number;
  teasers: string;
  show_from: string | null;
  show_until: string | null;
  origin: string;
}

const COLUMNS = 'id, kind, name, section, article_id, max_items, langs, dismissed, version, created_at, updated_at';
const ITEM_COLUMNS = 'list_id, position, id, article_id, pinned, teasers, show_from, show_until, origin';

/** Parses a stored JSON value, or gives `fallback` for text a hand edit damaged. */
function parseJson(json: string, fallback: unknown): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return fallback;
  }
}

function stringArray(json: string): string[] {
  const value = parseJson(json, []);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function stringRecord(json: string): Record<string, string> {
  const value = parseJson(json, {});
  const out: Record<string, string> = {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [key, text] of Object.entries(value)) {
    if (typeof text === 'string') out[key] = text;
  }
  return out;
}

function listFromRow(row: ListRow): StoredList {
  return {
    id: row.id,
    kind: row.kind as ListKind,
    name: row.name,
    section: row.section,
    articleId: row.article_id,
    maxItems: row.max_items,
    langs: stringArray(row.langs),
    dismissed: stringArray(row.dismissed),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function listToRow(list: StoredList): ListRow {
  return {
    id: list.id,
    kind: list.kind,
    name: list.name,
    section: list.section,
    article_id: list.articleId,
    max_items: list.maxItems,
    langs: JSON.stringify(list.langs),
    dismissed: JSON.stringify(list.dismissed),
    version: list.version,
    created_at: list.createdAt,
    updated_at: list.updatedAt,
  };
}

function itemFromRow(row: ItemRow): ListItem {
  return {
    id: row.id,
    articleId: row.article_id,
    pinned: row.pinned === 1,
    teasers: stringRecord(row.teasers),
    showFrom: row.show_from,
    showUntil: row.show_until,
    origin: row.origin === 'suggestion' ? 'suggestion' : 'manual',
  };
}

/** Desk lists first, in a fixed order; then section fronts and custom lists. */
const DESK_ORDER = `CASE kind WHEN 'editors-choice' THEN 0 WHEN 'popular' THEN 1 WHEN 'section' THEN 2 ELSE 3 END`;

/** Enough of a body's text for an excerpt; the rest is not read into a card. */
export const BODY_HEAD_CHARS = 2_000;

interface CardArticleRow {
  id: string;
  section: string;
  original_lang: string;
  deleted_at: string | null;
}

interface CardTranslationRow {
  article_id: string;
  lang: string;
  title: string;
  summary: string;
  body_head: string;
  status: string;
  stale_blocks: number;
  missing_blocks: number;
  lead_caption: string;
}

/** The lead photo's columns, each prefixed `m_` (all null when the article has none). */
const LEAD_COLUMNS = MEDIA_COLUMNS.split(', ')
  .map((c) => `m.${c} AS m_${c}`)
  .join(', ');

interface LeadRow {
  m_id: string | null;
  m_mime: string | null;
  m_width: number | null;
  m_height: number | null;
  m_bytes: number | null;
  m_name: string | null;
  m_credit: string | null;
  m_created_at: string | null;
  m_updated_at: string | null;
}

function leadFromRow(row: LeadRow): StoredMedia | null {
  if (row.m_id === null) return null;
  return mediaFromRow({
    id: row.m_id,
    mime: row.m_mime ?? '',
    width: row.m_width ?? 0,
    height: row.m_height ?? 0,
    bytes: row.m_bytes ?? 0,
    name: row.m_name ?? '',
    credit: row.m_credit ?? '',
    created_at: row.m_created_at ?? '',
    updated_at: row.m_updated_at ?? '',
  });
}

const statements = cachedStatements((db) => ({
  get: db.prepare<[string], ListRow>(`SELECT ${COLUMNS} FROM lists WHERE id = ?`),
  relatedOf: db.prepare<[string], ListRow>(`SELECT ${COLUMNS} FROM lists WHERE kind = 'related' AND article_id = ?`),
  desk: db.prepare<[], ListRow>(`SELECT ${COLUMNS} FROM lists WHERE kind <> 'related' ORDER BY ${DESK_ORDER}, created_at, rowid`),
  countDesk: db.prepare<[], number>(`SELECT count(*) FROM lists WHERE kind <> 'related'`).pluck(),
  insert: db.prepare<[ListRow]>(
    `INSERT INTO lists (${COLUMNS}) VALUES
     (@id, @kind, @name, @section, @article_id, @max_items, @langs, @dismissed, @version, @created_at, @updated_at)`,
  ),
  // The partial unique indexes make a second desk list of a kind, or a second front for a section, a no-op.
  insertOrIgnore: db.prepare<[ListRow]>(
    `INSERT OR IGNORE INTO lists (${COLUMNS}) VALUES
     (@id, @kind, @name, @section, @article_id, @max_items, @langs, @dismissed, @version, @created_at, @updated_at)`,
  ),
  update: db.prepare<[ListRow & { expected: number }]>(
    `UPDATE lists SET name = @name, max_items = @max_items, langs = @langs, dismissed = @dismissed,
       version = @version, updated_at = @updated_at
     WHERE id = @id AND version = @expected`,
  ),
  remove: db.prepare<[string]>('DELETE FROM lists WHERE id = ?'),
  items: db.prepare<[string], ItemRow>(
    `SELECT ${ITEM_COLUMNS} FROM list_items WHERE list_id IN (SELECT value FROM json_each(?)) ORDER BY list_id, position`,
  ),
  clearItems: db.prepare<[string]>('DELETE FROM list_items WHERE list_id = ?'),
  insertItem: db.prepare<[ItemRow]>(
    `INSERT INTO list_items (${ITEM_COLUMNS}) VALUES
     (@list_id, @position, @id, @article_id, @pinned, @teasers, @show_from, @show_until, @origin)`,
  ),
  cardArticles: db.prepare<[string], CardArticleRow & LeadRow>(
    `SELECT a.id, a.section, a.original_lang, a.deleted_at, ${LEAD_COLUMNS}
     FROM articles a LEFT JOIN media m ON m.id = a.lead_media_id
     WHERE a.id IN (SELECT value FROM json_each(?))`,
  ),
  cardTranslations: db.prepare<[{ ids: string; chars: number }], CardTranslationRow>(
    `SELECT t.article_id, t.lang, t.title, t.summary, substr(t.body_text, 1, @chars) AS body_head, t.status,
            t.stale_blocks, t.missing_blocks,
            CASE WHEN a.lead_media_id IS NULL THEN '' ELSE coalesce(l.caption, '') END AS lead_caption
     FROM translations t JOIN articles a ON a.id = t.article_id
     LEFT JOIN lead_texts l ON l.article_id = t.article_id AND l.lang = t.lang
     WHERE t.article_id IN (SELECT value FROM json_each(@ids))`,
  ),
  cardStates: db.prepare<[string], Pick<CardTranslationRow, 'article_id' | 'lang' | 'status' | 'stale_blocks' | 'missing_blocks'>>(
    `SELECT t.article_id, t.lang, t.status, t.stale_blocks, t.missing_blocks
     FROM translations t WHERE t.article_id IN (SELECT value FROM json_each(?))`,
  ),
  memberships: db.prepare<[string], { article_id: string; kind: string; name: string; show_from: string | null; show_until: string | null }>(
    `SELECT i.article_id, l.kind, l.name, i.show_from, i.show_until
     FROM list_items i JOIN lists l ON l.id = i.list_id
     WHERE i.article_id IN (SELECT value FROM json_each(?)) AND l.kind IN ('editors-choice', 'popular')
     ORDER BY i.article_id, ${DESK_ORDER}`,
  ),
}));

/**
 * False for a store from before lists existed (one opened read-only because it is damaged):
 * it shows no lists rather than failing. Asked once per connection.
 */
const listsInStore = cachedStatements(
  (db) => db.prepare<[], number>("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'list_items'").pluck().get() === 1,
);

export function storeHasLists(db: Db): boolean {
  return listsInStore(db);
}

export function getListRow(db: Db, id: string): StoredList | undefined {
  const row = statements(db).get.get(id);
  return row && listFromRow(row);
}

/** An article's Related list, if it was ever saved. */
export function getRelatedListRow(db: Db, articleId: string): StoredList | undefined {
  const row = statements(db).relatedOf.get(articleId);
  return row && listFromRow(row);
}

/** Every list but the articles' Related lists: desk lists first, then fronts and custom lists by age. */
export function listDeskListRows(db: Db): StoredList[] {
  return statements(db).desk.all().map(listFromRow);
}

/** How many lists there are beyond the Related lists. */
export function countDeskLists(db: Db): number {
  return statements(db).countDesk.get() ?? 0;
}

export function insertList(db: Db, list: StoredList): void {
  statements(db).insert.run(listToRow(list));
}

/**
 * Writes a list's own fields, only if it is still at `expectedVersion`; false when it
 * moved on (or is gone). Kind, section and article never change.
 */
export function saveListRow(db: Db, list: StoredList, expectedVersion: number): boolean {
  return statements(db).update.run({ ...listToRow(list), expected: expectedVersion }).changes === 1;
}

/** Removes a list with its items. */
export function deleteListRow(db: Db, id: string): void {
  statements(db).remove.run(id);
}

/** The items of each list, in order (a list with none is absent from the map). */
export function listItemsOf(db: Db, listIds: readonly string[]): Map<string, ListItem[]> {
  const out = new Map<string, ListItem[]>();
  if (listIds.length === 0) return out;
  for (const row of statements(db).items.all(JSON.stringify(listIds))) {
    let items = out.get(row.list_id);
    if (items === undefined) out.set(row.list_id, (items = []));
    items.push(itemFromRow(row));
  }
  return out;
}

/** Rewrites a list's items whole, in the order given. Call inside the save's transaction. */
export function replaceListItems(db: Db, listId: string, items: readonly ListItem[]): void {
  const s = statements(db);
  s.clearItems.run(listId);
  items.forEach((item, position) => {
    s.insertItem.run({
      list_id: listId,
      position,
      id: item.id,
      article_id: item.articleId,
      pinned: item.pinned ? 1 : 0,
      teasers: JSON.stringify(item.teasers),
      show_from: item.showFrom,
      show_until: item.showUntil,
      origin: item.origin,
    });
  });
}

/* ------------------------------------------------------------- what item cards read */

/** A linked article as a card needs it. */
export interface CardArticle {
  id: string;
  section: string;
  originalLang: Lang;
  deletedAt: string | null;
  leadPhoto: StoredMedia | null;
}

/** One language of a linked article as a card needs it. */
export interface CardTranslationSource {
  articleId: string;
  lang: Lang;
  title: string;
  summary: string;
  /**
   * The start of the body's plain text (its first `BODY_HEAD_CHARS` characters), without
   * the lead photo's caption that search keeps after it. '' when read without text.
   */
  bodyHead: string;
  status: Status;
  staleBlocks: number;
  missingBlocks: number;
}

/** The linked articles that exist, by id, with their lead photos. */
export function listCardArticles(db: Db, articleIds: readonly string[]): Map<string, CardArticle> {
  const out = new Map<string, CardArticle>();
  if (articleIds.length === 0) return out;
  for (const row of statements(db).cardArticles.all(JSON.stringify(articleIds))) {
    out.set(row.id, { id: row.id, section: row.section, originalLang: row.original_lang, deletedAt: row.deleted_at, leadPhoto: leadFromRow(row) });
  }
  return out;
}

/**
 * Takes the lead caption that search appends to a body's text back off, when the whole
 * text was read (a head of more than BODY_HEAD_CHARS characters was cut short).
 */
export function withoutLeadCaption(head: string, caption: string): string {
  const c = caption.trim();
  if (c === '' || head.length > BODY_HEAD_CHARS) return head;
  if (head === c) return '';
  return head.endsWith(`\n${c}`) ? head.slice(0, -(c.length + 1)) : head;
}

/**
 * The translations of the linked articles, by article id. With `text`, their titles,
 * summaries and the start of their bodies; without, only status and staleness (for counts).
 */
export function listCardTranslations(db: Db, articleIds: readonly string[], options: { text: boolean }): Map<string, CardTranslationSource[]> {
  const out = new Map<string, CardTranslationSource[]>();
  if (articleIds.length === 0) return out;
  const ids = JSON.stringify(articleIds);
  const rows: CardTranslationSource[] = options.text
    ? statements(db)
        .cardTranslations.all({ ids, chars: BODY_HEAD_CHARS + 1 })
        .map((row) => ({
          articleId: row.article_id,
          lang: row.lang,
          title: row.title,
          summary: row.summary,
          bodyHead: withoutLeadCaption(row.body_head, row.lead_caption),
          status: row.status as Status,
          staleBlocks: row.stale_blocks,
          missingBlocks: row.missing_blocks,
        }))
    : statements(db)
        .cardStates.all(ids)
        .map((row) => ({
          articleId: row.article_id,
          lang: row.lang,
          title: '',
          summary: '',
          bodyHead: '',
          status: row.status as Status,
          staleBlocks: row.stale_blocks,
          missingBlocks: row.missing_blocks,
        }));
  for (const row of rows) {
    let list = out.get(row.articleId);
    if (list === undefined) out.set(row.articleId, (list = []));
    list.push(row);
  }
  return out;
}

/** An article's place in a desk list whose name shows as a badge. */
export interface DeskMembership {
  articleId: string;
  kind: (typeof BADGE_KINDS)[number];
  name: string;
  showFrom: string | null;
  showUntil: string | null;
}

/** Which of the desk's badge lists (`Editor's choice`, `Popular`) hold each article, in badge order. */
export function listDeskMemberships(db: Db, articleIds: readonly string[]): Map<string, DeskMembership[]> {
  const out = new Map<string, DeskMembership[]>();
  if (articleIds.length === 0) return out;
  for (const row of statements(db).memberships.all(JSON.stringify(articleIds))) {
    let list = out.get(row.article_id);
    if (list === undefined) out.set(row.article_id, (list = []));
    list.push({
      articleId: row.article_id,
      kind: row.kind === 'popular' ? 'popular' : 'editors-choice',
      name: row.name,
      showFrom: row.show_from,
      showUntil: row.show_until,
    });
  }
  return out;
}

/* ------------------------------------------------------------ the desk's own lists */

/** The name a section's front carries: the section's English name, else its first, else its id. */
export function sectionListName(section: Section): string {
  const names = Object.values(section.names).filter((n) => n.trim() !== '');
  return section.names.en?.trim() || names[0] || section.id;
}

function deskRow(kind: ListKind, name: string, section: string | null, time: string): ListRow {
  return listToRow({
    id: randomUUID(),
    kind,
    name,
    section,
    articleId: null,
    maxItems: DESK_MAX_ITEMS,
    langs: [],
    dismissed: [],
    version: 1,
    createdAt: time,
    updatedAt: time,
  });
}

/** The desk's lists still to be made, given those that exist: one per badge kind, one front per section. */
function listsToMake(existing: ReadonlyArray<Pick<StoredList, 'kind' | 'section'>>, sections: readonly Section[], time: string): ListRow[] {
  const kinds = new Set(existing.map((l) => l.kind));
  const fronts = new Set(existing.filter((l) => l.kind === 'section').map((l) => l.section));
  const wanted: ListRow[] = [];
  for (const kind of BADGE_KINDS) {
    if (!kinds.has(kind)) wanted.push(deskRow(kind, DESK_LIST_NAMES[kind], null, time));
  }
  for (const section of sections) {
    if (!fronts.has(section.id)) wanted.push(deskRow('section', sectionListName(section), section.id, time));
  }
  return wanted;
}

/** True when some of the desk's lists (a new section's front, say) are yet to be made. */
export function deskListsMissing(existing: readonly StoredList[], sections: readonly Section[]): boolean {
  return listsToMake(existing, sections, '').length > 0;
}

/**
 * Makes the desk's lists that do not exist yet: `Editor's choice`, `Popular` and a front
 * for each section. Safe to repeat: each exists once (the store's unique indexes). Writes
 * nothing when all exist. Returns how many it made.
 */
export function ensureDeskLists(db: Db, sections: readonly Section[], time: string): number {
  const s = statements(db);
  const wanted = listsToMake(s.desk.all().map(listFromRow), sections, time);
  if (wanted.length === 0) return 0;
  return db.transaction(() => wanted.reduce((n, row) => n + s.insertOrIgnore.run(row).changes, 0))();
}

/** Every article's Related list, by article (the export reads them all at once). */
/** The lists of these ids that exist (any kind). */
export function listListRowsByIds(db: Db, ids: readonly string[]): StoredList[] {
  if (ids.length === 0) return [];
  return db
    .prepare<[string], ListRow>(`SELECT ${COLUMNS} FROM lists WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`)
    .all(JSON.stringify(ids))
    .map(listFromRow);
}

export function listRelatedListRows(db: Db): StoredList[] {
  return db
    .prepare<[], ListRow>(`SELECT ${COLUMNS} FROM lists WHERE kind = 'related' ORDER BY article_id`)
    .all()
    .map(listFromRow);
}
