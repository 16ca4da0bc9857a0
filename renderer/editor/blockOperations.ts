import { $createNodeSelection, $createParagraphNode, $getRoot, $setSelection, HISTORY_PUSH_TAG, type LexicalEditor, type LexicalNode } from 'lexical';
import { newBlockId } from '../../shared/editor/blocks';
import { $blockId, $linkToOriginal, $setBlockId, type OriginalBlock } from './blockState';
import { requestCaptionFocus } from './image/editing';
import { $createImageNode } from './image/ImageNode';

/** A top-level block's DOM element, by block id. */
export interface BlockElement {
  id: string;
  element: HTMLElement;
}

/** The body's top-level blocks as they are on screen, in document order. */
export function blockElements(editor: LexicalEditor): BlockElement[] {
  return editor.getEditorState().read(() => {
    const out: BlockElement[] = [];
    for (const block of $getRoot().getChildren()) {
      const element = editor.getElementByKey(block.getKey());
      if (element) out.push({ id: $blockId(block), element });
    }
    return out;
  });
}

export function $blockById(id: string): LexicalNode | null {
  if (id === '') return null;
  for (const block of $getRoot().getChildren()) if ($blockId(block) === id) return block;
  return null;
}

/**
 * Records that a translated block is up to date with an original block as it stands now.
 * One undo step of its own.
 */
export function markUpToDate(editor: LexicalEditor, blockId: string, original: OriginalBlock): void {
  editor.update(
    () => {
      const block = $blockById(blockId);
      if (block) $linkToOriginal(block, original);
    },
    { tag: HISTORY_PUSH_TAG },
  );
}

/** An original block to translate; `mediaId` names the image when the block is a photo. */
export type TranslatableBlock = OriginalBlock & { mediaId?: string | null };

/**
 * Opens an empty block for translating an original block, after the block with
 * `afterBlockId` (first in the body when null or not found), and puts the caret in it: a
 * paragraph for words, or for a photo the same photo with its caption and alt text still
 * to write (the caret in its caption).
 */
export function insertTranslationBlock(editor: LexicalEditor, original: TranslatableBlock, afterBlockId: string | null): void {
  const mediaId = original.mediaId ?? null;
  const link: OriginalBlock = { id: original.id, hash: original.hash, text: original.text };
  editor.update(
    () => {
      const image = mediaId ? $createImageNode({ mediaId }) : null;
      const paragraph = image ? null : $createParagraphNode();
      const block = image ?? paragraph;
      if (!block) return;
      $setBlockId(block, newBlockId());
      $linkToOriginal(block, link);
      const after = afterBlockId === null ? null : $blockById(afterBlockId);
      const root = $getRoot();
      const first = root.getFirstChild();
      if (after) after.insertAfter(block);
      else if (first) first.insertBefore(block);
      else root.append(block);
      if (image) {
        const selection = $createNodeSelection();
        selection.add(image.getKey());
        $setSelection(selection);
        requestCaptionFocus(editor, image.getKey());
      } else paragraph?.select();
    },
    { tag: HISTORY_PUSH_TAG, onUpdate: () => (mediaId ? undefined : editor.focus()) },
  );
}
