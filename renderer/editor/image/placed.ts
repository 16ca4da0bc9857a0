import { $getRoot, type LexicalEditor } from 'lexical';
import { $blockId } from '../blockState';
import { $isImageNode } from './ImageNode';

/**
 * The image a block of this body places, or null when the block is not a photo (or is not
 * there). Alignment hands a translation the original's blocks as ids, hashes and texts
 * (shared/editor/blocks.ts); "Translate this paragraph" on a photo needs its image too, which
 * the aligned view asks of the original's editor.
 */
export function placedImageOf(editor: LexicalEditor, blockId: string): string | null {
  if (blockId === '') return null;
  return editor.getEditorState().read(() => {
    for (const block of $getRoot().getChildren()) {
      if ($blockId(block) === blockId) return $isImageNode(block) ? block.getMediaId() : null;
    }
    return null;
  });
}
