import { BLOCK_STATE, blockInfo, linkTo } from '../../../../shared/editor/blocks';
import type { Body, SerializedBlock } from '../../../../shared/editor/nodes';

/**
 * Links an imported translation to its original block by block, as a translator working
 * in Tandem would have: each translated block records the id, hash and text of the
 * original block at its position. Translators keep paragraphs aligned, so when the two
 * bodies hold the same sequence of block kinds, position is what translates what, and the
 * translation is `current` from the start. When the sequences differ nothing is linked:
 * the blocks stand side by side unlinked, as imports did before links existed, and the
 * import says so.
 */

/** What a block is, for lining bodies up: its type, and a list's kind. */
function kindOf(block: SerializedBlock): string {
  return block.type === 'list' ? `list:${block.listType}` : block.type;
}

/** True when both bodies hold the same kinds of blocks in the same order. */
export function sameShape(original: Body, translation: Body): boolean {
  const a = original.root.children;
  const b = translation.root.children;
  return a.length === b.length && a.every((block, i) => kindOf(block) === kindOf(b[i] as SerializedBlock));
}

/**
 * The translation with each block linked to the original's block at its place, or null
 * when the bodies do not line up (or the original has no blocks).
 */
export function linkByPosition(original: Body, translation: Body): Body | null {
  if (original.root.children.length === 0 || !sameShape(original, translation)) return null;
  const children = translation.root.children.map((block, i) => {
    const link = linkTo(blockInfo(original.root.children[i] as SerializedBlock, i));
    return {
      ...block,
      $: { ...block.$, [BLOCK_STATE.src]: link.src, [BLOCK_STATE.srcHash]: link.srcHash, [BLOCK_STATE.srcText]: link.srcText },
    };
  });
  return { root: { ...translation.root, children } };
}
