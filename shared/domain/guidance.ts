import { z } from 'zod';

/**
 * Lengths a desk asks of titles and summaries. Guidance, not limits: the editor shows the
 * count against them and says when a text runs over, and saving is never refused.
 */
export const GuidanceSchema = z.strictObject({
  titleChars: z.number().int().min(10).max(1_000),
  summaryChars: z.number().int().min(10).max(5_000),
});
export type Guidance = z.infer<typeof GuidanceSchema>;

/** A headline that fits a card and a search result; a summary that fits a teaser. */
export const DEFAULT_GUIDANCE: Guidance = { titleChars: 90, summaryChars: 250 };
