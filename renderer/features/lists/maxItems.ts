import { LIST_LIMITS } from '../../../shared/contract';

/** A `Maximum items` field's text as a length a list may have, or null when it is not one. */
export function parseMaxItems(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= 1 && n <= LIST_LIMITS.maxItems ? n : null;
}
