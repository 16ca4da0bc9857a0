import { z } from 'zod';

/** Each language of an article moves through these on its own. */
export const STATUSES = ['draft', 'review', 'ready', 'published', 'archived'] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

/**
 * A translation's state against the article's original language.
 * `stale` (per block) arrives with the bilingual editing work; the foundation derives
 * `original`, `current` and `missing`.
 */
export const TRANSLATION_STATES = ['original', 'current', 'stale', 'missing'] as const;
export const TranslationStateSchema = z.enum(TRANSLATION_STATES);
export type TranslationState = z.infer<typeof TranslationStateSchema>;
