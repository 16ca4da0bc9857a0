import { $getRoot, $isElementNode, $isTextNode, type LexicalCommand, type LexicalEditor, type LexicalNode } from 'lexical';
import { $blockId, $blockLink, type BlockLink } from './blockState';

/** What a test looks at in a body: each top-level block's type, text, id and link. */
export interface BlockView {
  type: string;
  text: string;
  id: string;
  link: BlockLink;
}

export function readBlocks(editor: LexicalEditor): BlockView[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((block) => ({ type: block.getType(), text: block.getTextContent(), id: $blockId(block), link: $blockLink(block) })),
  );
}

/** Puts a collapsed caret at `offset` in the text of top-level block `index`. */
export function $caretIn(index: number, offset: number): void {
  const block = $getRoot().getChildAtIndex(index);
  if (!$isElementNode(block)) throw new Error(`no block ${index}`);
  const text = block.getFirstDescendant();
  if ($isTextNode(text)) text.select(offset, offset);
  else block.select(0, 0);
}

/** Selects from `offset` in the first text of block `a` to `offset2` in the first text of block `b`. */
export function $selectAcross(a: number, offset: number, b: number, offset2: number): void {
  const first = $getRoot().getChildAtIndex(a);
  const second = $getRoot().getChildAtIndex(b);
  const start = $isElementNode(first) ? first.getFirstDescendant() : null;
  const end = $isElementNode(second) ? second.getFirstDescendant() : null;
  if (!$isTextNode(start) || !$isTextNode(end)) throw new Error('blocks without text');
  const selection = start.select(offset, offset);
  selection.focus.set(end.getKey(), offset2, 'text');
}

export function $block(index: number): LexicalNode {
  const block = $getRoot().getChildAtIndex(index);
  if (!block) throw new Error(`no block ${index}`);
  return block;
}

/** Runs `fn` in an update that commits before returning. */
export function change(editor: LexicalEditor, fn: () => void, tag?: string): void {
  editor.update(fn, { discrete: true, ...(tag ? { tag } : {}) });
}

/** Dispatches a command inside an update that commits before returning. */
export function run<P>(editor: LexicalEditor, command: LexicalCommand<P>, payload: P): void {
  editor.update(() => void editor.dispatchCommand(command, payload), { discrete: true });
}
