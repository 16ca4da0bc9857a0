import {
  $createParagraphNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isNodeSelection,
  $isParagraphNode,
  $isRangeSelection,
  HISTORY_PUSH_TAG,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { newBlockId } from '../../../shared/editor/blocks';
import { $hasBlockLink, $setBlockId } from '../blockState';
import { $createImageNode, type ImageNode } from './ImageNode';

/**
 * Where new photos go: always between top-level blocks, never inside one. Captured when the
 * user asks (the click, the drop, the paste) and used when the files are in the library,
 * so typing on meanwhile does not move them. A block removed in the meantime sends them to
 * the end.
 */
export type ImageTarget = { kind: 'after'; key: NodeKey } | { kind: 'before'; key: NodeKey } | { kind: 'end' };

const END: ImageTarget = { kind: 'end' };

function $topLevel(node: LexicalNode): LexicalNode | null {
  const root = $getRoot();
  if (node === root) return null;
  return node.getParent() === root ? node : node.getTopLevelElement();
}

/**
 * Below the block that holds the selection; in place of an empty paragraph that holds it
 * (the photos go before it and the caret stays there, ready for the next words); at the end
 * of the body when nothing is selected.
 */
export function $targetAtSelection(): ImageTarget {
  const selection = $getSelection();
  const root = $getRoot();
  let block: LexicalNode | null = null;
  if ($isRangeSelection(selection)) {
    const focus = selection.focus;
    const node = focus.getNode();
    block = node === root ? root.getChildAtIndex(Math.max(0, focus.offset - 1)) : $topLevel(node);
  } else if ($isNodeSelection(selection)) {
    const nodes = selection.getNodes();
    const last = nodes[nodes.length - 1];
    block = last ? $topLevel(last) : null;
  }
  if (!block) return END;
  if ($isParagraphNode(block) && block.isEmpty() && !$hasBlockLink(block)) return { kind: 'before', key: block.getKey() };
  return { kind: 'after', key: block.getKey() };
}

/** One top-level block's place on screen, for {@link dropTarget}. */
export interface BlockBox {
  key: NodeKey;
  top: number;
  bottom: number;
}

/**
 * The place between blocks nearest a drop at height `y`: before a block when the drop is in
 * its upper half, after it when in its lower half; above the first block goes first, below
 * the last goes last. Blocks in document order.
 */
export function dropTarget(blocks: readonly BlockBox[], y: number): ImageTarget {
  for (const block of blocks) {
    if (y > block.bottom) continue;
    const middle = (block.top + block.bottom) / 2;
    return { kind: y < middle ? 'before' : 'after', key: block.key };
  }
  const last = blocks[blocks.length - 1];
  return last ? { kind: 'after', key: last.key } : END;
}

/** The place in the body `target` names now, as a node to insert after (null: at the start). */
function $resolve(target: ImageTarget): { after: LexicalNode | null; before: LexicalNode | null } {
  const root = $getRoot();
  if (target.kind !== 'end') {
    const node = $getNodeByKey(target.key);
    const block = node && node.isAttached() ? $topLevel(node) : null;
    if (block) return target.kind === 'after' ? { after: block, before: null } : { after: null, before: block };
  }
  return { after: root.getLastChild(), before: null };
}

/**
 * Places one photo per image id at `target`, each a new block with its own id and empty
 * caption and alt text. When the last photo ends the body, an empty paragraph follows it and
 * takes the caret, so there is a place to write on. Returns the new nodes.
 */
export function $insertImages(mediaIds: readonly string[], target: ImageTarget): ImageNode[] {
  if (mediaIds.length === 0) return [];
  const root = $getRoot();
  const { after, before } = $resolve(target);
  const nodes = mediaIds.map((mediaId) => {
    const node = $createImageNode({ mediaId });
    $setBlockId(node, newBlockId());
    return node;
  });
  let previous: LexicalNode | null = after;
  for (const node of nodes) {
    if (previous) previous.insertAfter(node);
    else if (before) before.insertBefore(node);
    else root.append(node);
    previous = node;
  }
  const last = nodes[nodes.length - 1] as ImageNode;
  if (before && $isParagraphNode(before) && before.isEmpty()) before.select();
  else if (last.getNextSibling() === null) {
    const paragraph = $createParagraphNode();
    $setBlockId(paragraph, newBlockId());
    last.insertAfter(paragraph);
    paragraph.select();
  }
  return nodes;
}

/** Places photos as one undo step of their own. */
export function insertImages(editor: LexicalEditor, mediaIds: readonly string[], target: ImageTarget): void {
  if (mediaIds.length === 0) return;
  editor.update(() => void $insertImages(mediaIds, target), { tag: HISTORY_PUSH_TAG });
}

/** The image files among a clipboard's or a drop's files. */
export function imageFiles(data: Pick<DataTransfer, 'files'> | null | undefined): File[] {
  if (!data) return [];
  return Array.from(data.files).filter((file) => file.type.startsWith('image/'));
}

/** Whether a drag carries image files (their bytes are not readable before the drop, their types are). */
export function dragHasImages(data: Pick<DataTransfer, 'items' | 'types'> | null | undefined): boolean {
  if (!data || !Array.from(data.types).includes('Files')) return false;
  const items = Array.from(data.items ?? []);
  // Some platforms do not tell the types while dragging: files of any kind are offered then.
  if (items.length === 0) return true;
  return items.some((item) => item.kind === 'file' && (item.type === '' || item.type.startsWith('image/')));
}

/**
 * A paste to take as photos: the clipboard holds image files and no words. A copied image
 * ("Copy image" in a browser, a screenshot) comes as a file with at most an `<img>` in its
 * HTML; a copy from a word processor carries a picture of the text too, but also the text,
 * and that text is what is meant.
 */
export function pastedImages(data: Pick<DataTransfer, 'files' | 'getData' | 'types'> | null | undefined): File[] {
  const files = imageFiles(data);
  if (!data || files.length === 0) return [];
  const types = Array.from(data.types);
  if (types.includes('text/plain') && data.getData('text/plain').trim() !== '') return [];
  return files;
}
