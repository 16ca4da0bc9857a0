import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { registerBlockIds } from './blockIds';
import { registerLinkCommand } from './linkEditing';
import { registerNormalize } from './normalize';
import { registerPlainTextPaste } from './paste';
import { registerTranslationLinks, type OriginalBlocksSource } from './translationLinks';
import { registerWordListPaste } from './wordLists';

/**
 * What makes a Lexical editor a Tandem body, beyond rich text and lists: the body's shapes
 * (normalize.ts), block ids, translation links while typing, plain-text paste, Word's lists on paste, and links to
 * allowed addresses only. Plain functions of the editor, so they run the same in the
 * browser and headless.
 */
export function registerBodyBehaviour(editor: LexicalEditor, options: { originalBlocks: OriginalBlocksSource }): () => void {
  return mergeRegister(
    registerNormalize(editor),
    registerBlockIds(editor),
    registerTranslationLinks(editor, options.originalBlocks),
    registerPlainTextPaste(editor),
    registerWordListPaste(editor),
    registerLinkCommand(editor),
  );
}
