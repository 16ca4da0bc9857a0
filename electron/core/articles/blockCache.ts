import { blocksOf, type BlockInfo } from '../../../shared/editor/blocks';
import type { Body } from '../../../shared/editor/nodes';
import { parseBody } from './body';

/**
 * Blocks of recently seen bodies, by their stored JSON text. While one side of an article
 * is being typed (a save every second or so), the other side's body does not change:
 * parsing, checking and hashing it again (~0.7 ms at 30 KB) is what this saves. Keyed by
 * content, an entry can never stand for a different body.
 */
const MAX_ENTRIES = 16;
const cache = new Map<string, readonly BlockInfo[]>();

function remember(json: string, blocks: readonly BlockInfo[]): readonly BlockInfo[] {
  cache.delete(json);
  cache.set(json, blocks);
  if (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  return blocks;
}

/** The blocks of a stored body; a damaged body counts as empty, as the editor shows it. */
export function blocksOfStoredBody(json: string): readonly BlockInfo[] {
  const known = cache.get(json);
  if (known !== undefined) return remember(json, known);
  const body = parseBody(json);
  return remember(json, body === null ? [] : blocksOf(body));
}

/** The blocks of a body about to be stored as `json`, kept for the next save of the other side. */
export function blocksOfNewBody(body: Body, json: string): readonly BlockInfo[] {
  return remember(json, cache.get(json) ?? blocksOf(body));
}
