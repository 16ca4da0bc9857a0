import { $createParagraphNode, $getRoot, HISTORY_PUSH_TAG, type LexicalEditor, type LexicalNode } from 'lexical';
import { newBlockId } from '../../shared/editor/blocks';
import { $blockId, $linkToOriginal, $setBlockId, type OriginalBlock } from './blockState';

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

/**
 * Opens an empty paragraph for translating an original block, after the block with
 * `afterBlockId` (first in the body when null or not found), and puts the caret in it.
 */
export function insertTranslationBlock(editor: LexicalEditor, original: OriginalBlock, afterBlockId: string | null): void {
  editor.update(
    () => {
      const paragraph = $createParagraphNode();
      $setBlockId(paragraph, newBlockId());
      $linkToOriginal(paragraph, original);
      const after = afterBlockId === null ? null : $blockById(afterBlockId);
      const root = $getRoot();
      const first = root.getFirstChild();
      if (after) after.insertAfter(paragraph);
      else if (first) first.insertBefore(paragraph);
      else root.append(paragraph);
      paragraph.select();
    },
    { tag: HISTORY_PUSH_TAG, onUpdate: () => editor.focus() },
  );
}
