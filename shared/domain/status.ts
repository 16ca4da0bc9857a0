import { z } from 'zod';

/** Each language of an article moves through these on its own. */
export const STATUSES = ['draft', 'review', 'ready', 'published', 'archived'] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

/** The statuses a version is published with: the export bundles these, and lists show them. */
export const PUBLISHABLE_STATUSES: ReadonlySet<Status> = new Set<Status>(['ready', 'published']);

export function isPublishable(status: Status | null): boolean {
  return status !== null && PUBLISHABLE_STATUSES.has(status);
}

/**
 * A translation's state against the article's original language: `original` for the
 * original itself; `stale` when any of its blocks is stale or any original block has no
 * translation yet (shared/editor/alignment.ts); `current` otherwise; `missing` for a
 * language with no translation at all.
 */
export const TRANSLATION_STATES = ['original', 'current', 'stale', 'missing'] as const;
export const TranslationStateSchema = z.enum(TRANSLATION_STATES);
export type TranslationState = z.infer<typeof TranslationStateSchema>;

/** The states a list or search can filter on: translations that need work, or are done. */
export const TranslationStateFilterSchema = z.enum(['stale', 'current']);
export type TranslationStateFilter = z.infer<typeof TranslationStateFilterSchema>;
