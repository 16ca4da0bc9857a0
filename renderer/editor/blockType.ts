import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  type BaseSelection,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { $copyBlockState } from './blockState';

/** The kinds of block the toolbar sets. */
export type BlockType = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';

/** The kind of block the selection starts in, or null when there is no text selection. */
export function $blockTypeAt(selection: BaseSelection | null): BlockType | null {
  if (!$isRangeSelection(selection)) return null;
  const node = selection.anchor.getNode();
  const list = $findMatchingParent(node, $isListNode);
  if ($isListNode(list)) return list.getListType() === 'number' ? 'number' : 'bullet';
  const block = node.is($getRoot()) ? null : node.getTopLevelElement();
  if ($isHeadingNode(block)) return block.getTag() === 'h3' ? 'h3' : 'h2';
  if ($isQuoteNode(block)) return 'quote';
  return 'paragraph';
}

const CREATE: Record<'paragraph' | 'h2' | 'h3' | 'quote', () => ElementNode> = {
  paragraph: $createParagraphNode,
  h2: () => $createHeadingNode('h2'),
  h3: () => $createHeadingNode('h3'),
  quote: $createQuoteNode,
};

/** A block that changes its type stays the same block: same id, same translation link. */
function $keepIdentity(previous: ElementNode, next: ElementNode): void {
  if (previous.getParent()?.is($getRoot())) $copyBlockState(previous, next);
}

/** Turns the selected blocks into paragraphs, headings or quotes. */
export function $setTextBlockType(type: 'paragraph' | 'h2' | 'h3' | 'quote'): void {
  $setBlocksType($getSelection(), CREATE[type], $keepIdentity);
}

/**
 * What a block toggle in the toolbar does: sets the block type, or, when the selection is
 * already of that type, turns it back into paragraphs.
 */
export function toggleBlockType(editor: LexicalEditor, type: Exclude<BlockType, 'paragraph'>): void {
  const current = editor.getEditorState().read(() => $blockTypeAt($getSelection()));
  if (type === 'bullet' || type === 'number') {
    if (current === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    return;
  }
  editor.update(() => $setTextBlockType(current === type ? 'paragraph' : type));
}
