import { z } from 'zod';
import { LangSchema } from '../domain/languages';
import { StatusSchema, TranslationStateSchema } from '../domain/status';
import { IdSchema, RevisionSchema, SectionIdSchema, TimestampSchema, textSchema } from './common';
import { defineCall } from './define';
import { MediaSchema } from './media';

/**
 * The desk's curated lists: `Editor's choice` and `Popular` (in every workspace), one
 * front per section, any number of custom lists, and each article's own `Related` list.
 * A list is saved whole against its version: a save made against an older version is
 * refused as a `conflict`, never merged silently.
 */

export const LIST_KINDS = ['editors-choice', 'popular', 'section', 'custom', 'related'] as const;
export const ListKindSchema = z.enum(LIST_KINDS);
export type ListKind = z.infer<typeof ListKindSchema>;

export const LIST_LIMITS = {
  name: 200,
  /** The most items any list may hold. */
  maxItems: 100,
  teaser: 1_000,
  /** Lists a workspace may hold beyond each article's Related list. */
  lists: 500,
} as const;

/** How an item came into the list: added by a person, or a related suggestion a person accepted. */
export const ItemOriginSchema = z.enum(['manual', 'suggestion']);

/** One item as a list stores it. */
export const ListItemSchema = z.strictObject({
  /** Stable across reorders (for drag and drop, and undo). */
  id: IdSchema,
  articleId: IdSchema,
  /** Keeps its place when other items move or drop off. */
  pinned: z.boolean(),
  /** Per language, the teaser this list shows instead of the article's own. */
  teasers: z.record(LangSchema, textSchema(LIST_LIMITS.teaser)),
  /** Shown from / until (either may be open). */
  showFrom: TimestampSchema.nullable(),
  showUntil: TimestampSchema.nullable(),
  origin: ItemOriginSchema,
});
export type ListItem = z.infer<typeof ListItemSchema>;

/** What a page in one language shows for one item, and what the desk should know about it. */
export const ItemCardSchema = z.strictObject({
  /** The page's language. */
  lang: LangSchema,
  /** The language the card is written in: the page's, or another when the article has no version in it (a fallback). */
  shownLang: LangSchema.nullable(),
  fallback: z.boolean(),
  title: z.string(),
  /** The list's teaser override, else the summary, else an excerpt of the body. */
  teaser: z.string(),
  teaserSource: z.enum(['override', 'summary', 'excerpt', 'none']),
  /** The article's lead photo, for the thumbnail (its alt text on the page is the title). */
  thumbnail: MediaSchema.nullable(),
  /** The desk lists and the section the article belongs to: `Editor's choice`, `News`. */
  badges: z.array(z.string()),
  status: StatusSchema.nullable(),
  state: TranslationStateSchema.nullable(),
  /** Why the item would not appear on a published page in this language, or null when it would. */
  problem: z.enum(['missing-article', 'in-trash', 'not-published', 'scheduled', 'expired']).nullable(),
});
export type ItemCard = z.infer<typeof ItemCardSchema>;

/** An item with its cards, one per language of the list. */
export const ListItemViewSchema = z.strictObject({
  ...ListItemSchema.shape,
  cards: z.array(ItemCardSchema),
});
export type ListItemView = z.infer<typeof ListItemViewSchema>;

/** Items needing the desk's attention, counted over the list's languages. */
export const ListGapsSchema = z.strictObject({
  /** Items with no version in one of the list's languages (they fall back). */
  missingLanguage: z.number().int().min(0),
  /** Items whose version in one of the list's languages is stale against its original. */
  stale: z.number().int().min(0),
  /** Items not published in one of the list's languages (or missing, in the trash). */
  notReady: z.number().int().min(0),
});
export type ListGaps = z.infer<typeof ListGapsSchema>;

export const ListSummarySchema = z.strictObject({
  id: IdSchema,
  kind: ListKindSchema,
  /** `Editor's choice`, `Popular`, a section's name, a custom name; `Related` for an article's list. */
  name: z.string(),
  section: SectionIdSchema.nullable(),
  /** The article a Related list belongs to. */
  articleId: IdSchema.nullable(),
  maxItems: z.number().int().min(1).max(LIST_LIMITS.maxItems),
  /** The languages the list is for; empty: every workspace language. */
  langs: z.array(LangSchema),
  itemCount: z.number().int().min(0),
  gaps: ListGapsSchema,
  /** Counts saves; 0 for an article's Related list that was never saved. */
  version: RevisionSchema,
  updatedAt: TimestampSchema.nullable(),
});
export type ListSummary = z.infer<typeof ListSummarySchema>;

export const ListViewSchema = z.strictObject({
  ...ListSummarySchema.shape,
  items: z.array(ListItemViewSchema),
  /** Related lists: suggestions the desk dismissed (not offered again). */
  dismissed: z.array(IdSchema),
});
export type ListView = z.infer<typeof ListViewSchema>;

export const ListPatchSchema = z
  .strictObject({
    name: textSchema(LIST_LIMITS.name).refine((s) => s.trim() !== '', 'a list needs a name'),
    maxItems: z.number().int().min(1).max(LIST_LIMITS.maxItems),
    langs: z.array(LangSchema).max(20),
    /** The whole list in order; more than `maxItems` is refused (the editor drops items first, with undo). */
    items: z.array(ListItemSchema).max(LIST_LIMITS.maxItems),
    dismissed: z.array(IdSchema).max(1_000),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'nothing to save: name at least one field');
export type ListPatch = z.infer<typeof ListPatchSchema>;

export const RelatedSuggestionSchema = z.strictObject({
  articleId: IdSchema,
  /** Per language the article has: its title. */
  titles: z.record(LangSchema, z.string()),
  section: SectionIdSchema,
  /** Higher is more related (bm25 over the article's words, sign flipped). */
  score: z.number(),
});
export type RelatedSuggestion = z.infer<typeof RelatedSuggestionSchema>;

const ListRef = z.strictObject({ listId: IdSchema });

export const listCalls = {
  /** The desk's lists (not the articles' Related lists), with item counts and gaps. */
  listLists: defineCall(z.strictObject({}), z.strictObject({ lists: z.array(ListSummarySchema) })),
  getList: defineCall(ListRef, ListViewSchema),
  /** An article's Related list; version 0 and no items when it was never saved. */
  getRelatedList: defineCall(z.strictObject({ articleId: IdSchema }), ListViewSchema),
  createList: defineCall(
    z.strictObject({
      name: textSchema(LIST_LIMITS.name).refine((s) => s.trim() !== '', 'a list needs a name'),
      maxItems: z.number().int().min(1).max(LIST_LIMITS.maxItems).default(10),
      langs: z.array(LangSchema).max(20).default([]),
    }),
    ListViewSchema,
  ),
  /** Saves a list against the version the editor saw; `conflict` when it moved on. */
  updateList: defineCall(z.strictObject({ listId: IdSchema, expectedVersion: RevisionSchema, patch: ListPatchSchema }), ListViewSchema),
  /** Saves an article's Related list (created on its first save, expectedVersion 0). */
  updateRelatedList: defineCall(
    z.strictObject({ articleId: IdSchema, expectedVersion: RevisionSchema, patch: ListPatchSchema }),
    ListViewSchema,
  ),
  /** Removes a custom list; the desk's own lists stay. */
  deleteList: defineCall(ListRef, z.strictObject({ deleted: IdSchema })),
  /** Articles related to this one by their words, excluding itself, archived pieces, the trash, what its Related list holds and what was dismissed. */
  relatedSuggestions: defineCall(
    z.strictObject({ articleId: IdSchema, limit: z.number().int().min(1).max(50).default(10) }),
    z.strictObject({ items: z.array(RelatedSuggestionSchema) }),
  ),
};

