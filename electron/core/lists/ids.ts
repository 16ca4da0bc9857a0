import { createHash } from 'node:crypto';

/**
 * The id of an article's Related list, derived from the article's: the same before the
 * list is first saved (when it exists only as an empty view) and after, and the same on
 * every desk the article is synced to. A name-based UUID (version 5 layout, SHA-1).
 */
export function relatedListId(articleId: string): string {
  const hash = createHash('sha1').update(`tandem:related-list:${articleId.toLowerCase()}`).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
