import { $getRoot, type LexicalEditor } from 'lexical';
import { $blockId } from '../blockState';
import { $isImageNode } from './ImageNode';

/**
 * The body editors on screen, so a translation can find the photo an original block places.
 * Alignment hands a translation the original's blocks as ids, hashes and texts
 * (shared/editor/blocks.ts); "Translate this paragraph" on a photo needs its image too, and
 * the original's editor, mounted beside, has it. Block ids are unique across bodies.
 */
const mounted = new Set<LexicalEditor>();

/** Lists a body editor while it is on screen (BodyEditor registers each). */
export function registerPlacedImages(editor: LexicalEditor): () => void {
  mounted.add(editor);
  return () => {
    mounted.delete(editor);
  };
}

/** The image the block `blockId` places, in any body on screen other than `except`; null when that block is not a photo. */
export function placedImageOf(blockId: string, except?: LexicalEditor): string | null {
  if (blockId === '') return null;
  for (const editor of mounted) {
    if (editor === except) continue;
    const found = editor.getEditorState().read(() => {
      for (const block of $getRoot().getChildren()) {
        if ($blockId(block) === blockId) return $isImageNode(block) ? block.getMediaId() : '';
      }
      return null;
    });
    if (found !== null) return found === '' ? null : found;
  }
  return null;
}
