import { z } from 'zod';
import { LangSchema } from '../domain/languages';
import { LIMITS } from '../domain/limits';
import { StatusSchema, TranslationStateFilterSchema, TranslationStateSchema } from '../domain/status';
import { IdSchema, SectionIdSchema } from './common';
import { defineCall } from './define';

export const SearchInputSchema = z.strictObject({
  /** What the person typed; any text is safe here (it never reaches SQL as syntax). */
  query: z.string().max(LIMITS.query),
  lang: LangSchema.optional(),
  status: StatusSchema.optional(),
  section: SectionIdSchema.optional(),
  /** Only translations in this state against their original. */
  state: TranslationStateFilterSchema.optional(),
  limit: z.number().int().min(1).max(50).default(20),
});
export type SearchInput = z.input<typeof SearchInputSchema>;

/** A run of snippet text; `match` marks the words that matched the query. */
export const SnippetPartSchema = z.strictObject({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPartSchema>;

export const SearchHitSchema = z.strictObject({
  articleId: IdSchema,
  /** The language of the translation that matched. */
  lang: LangSchema,
  title: z.string(),
  section: SectionIdSchema,
  status: StatusSchema,
  state: TranslationStateSchema,
  staleBlocks: z.number().int().min(0),
  missingBlocks: z.number().int().min(0),
  /** From the field that matched best: body, summary, title or source. */
  snippet: z.array(SnippetPartSchema),
  /** BM25; lower is better, as SQLite reports it. */
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchOutputSchema = z.strictObject({
  hits: z.array(SearchHitSchema),
  /** True when a broad query was ranked over only the newest matches (see search/README). */
  capped: z.boolean(),
});
export type SearchOutput = z.infer<typeof SearchOutputSchema>;

export const searchCalls = {
  search: defineCall(SearchInputSchema, SearchOutputSchema),
};
