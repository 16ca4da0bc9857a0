import { $getState, $setState, createState, type LexicalNode } from 'lexical';
import { BLOCK_STATE, linkTo, type BlockLink, type OriginalBlock } from '../../shared/editor/blocks';

export type { BlockLink, OriginalBlock };

const text = { parse: (value: unknown): string => (typeof value === 'string' ? value : '') };

/**
 * What every top-level block carries in Lexical's NodeState (saved under `$`, see
 * shared/editor/blocks.ts): its own id and, in a translation, the original block it
 * translates (id, hash and text as they were when it was translated).
 */
export const blockIdState = createState(BLOCK_STATE.id, text);
export const srcState = createState(BLOCK_STATE.src, text);
export const srcHashState = createState(BLOCK_STATE.srcHash, text);
export const srcTextState = createState(BLOCK_STATE.srcText, text);


export function $blockId(node: LexicalNode): string {
  return $getState(node, blockIdState);
}

export function $setBlockId(node: LexicalNode, id: string): void {
  if ($getState(node, blockIdState) !== id) $setState(node, blockIdState, id);
}

export function $blockSrc(node: LexicalNode): string {
  return $getState(node, srcState);
}

export function $blockLink(node: LexicalNode): BlockLink {
  return { src: $getState(node, srcState), srcHash: $getState(node, srcHashState), srcText: $getState(node, srcTextState) };
}

export function $setBlockLink(node: LexicalNode, link: BlockLink): void {
  if ($getState(node, srcState) !== link.src) $setState(node, srcState, link.src);
  if ($getState(node, srcHashState) !== link.srcHash) $setState(node, srcHashState, link.srcHash);
  if ($getState(node, srcTextState) !== link.srcText) $setState(node, srcTextState, link.srcText);
}

/** Links a translated block to an original block as it stands now. */
export function $linkToOriginal(node: LexicalNode, original: OriginalBlock): void {
  $setBlockLink(node, linkTo(original));
}

export const NO_LINK: BlockLink = { src: '', srcHash: '', srcText: '' };

export function $hasBlockLink(node: LexicalNode): boolean {
  return $getState(node, srcState) !== '' || $getState(node, srcHashState) !== '' || $getState(node, srcTextState) !== '';
}

/** Gives `to` the identity and translation link of `from` (a block changing its type). */
export function $copyBlockState(from: LexicalNode, to: LexicalNode): void {
  $setBlockId(to, $blockId(from));
  $setBlockLink(to, $blockLink(from));
}
