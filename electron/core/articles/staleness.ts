import type { BlockInfo } from '../../../shared/editor/blocks';
import { translationHealth } from '../../../shared/editor/alignment';
import type { Lang } from '../../../shared/domain/languages';
import type { Db } from '../store/db';
import { getTranslation, listOtherBodies, setBlockCounts, type BlockCounts } from '../store/repositories/translations';
import { blocksOfStoredBody } from './blockCache';

/** The original's own counts, and a translation's against an original with no blocks. */
export const NO_COUNTS: Readonly<BlockCounts> = { staleBlocks: 0, missingBlocks: 0 };

/** A translation's counts against its original's blocks. */
export function countsAgainst(original: readonly BlockInfo[], translation: readonly BlockInfo[]): BlockCounts {
  const health = translationHealth(original, translation);
  return { staleBlocks: health.stale, missingBlocks: health.missing };
}

/** The blocks of the article's original as stored; none when it has no original text yet. */
export function storedOriginalBlocks(db: Db, articleId: string, originalLang: Lang): readonly BlockInfo[] {
  const original = getTranslation(db, articleId, originalLang);
  return original === undefined ? [] : blocksOfStoredBody(original.bodyJson);
}

/**
 * Brings the counts of every translation of an article in line with its original's blocks
 * (after the original's body changed, or another language became the original). The
 * original's own counts become 0. Rows whose counts stay the same are not written.
 */
export function refreshBlockCounts(db: Db, articleId: string, originalLang: Lang, original: readonly BlockInfo[]): void {
  setBlockCounts(db, articleId, originalLang, NO_COUNTS);
  for (const t of listOtherBodies(db, articleId, originalLang)) {
    const counts = countsAgainst(original, blocksOfStoredBody(t.bodyJson));
    if (counts.staleBlocks !== t.staleBlocks || counts.missingBlocks !== t.missingBlocks) setBlockCounts(db, articleId, t.lang, counts);
  }
}
