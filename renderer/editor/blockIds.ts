import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $hasUpdateTag,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  INSERT_PARAGRAPH_COMMAND,
  PASTE_TAG,
  RootNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { newBlockId } from '../../shared/editor/blocks';
import { $blockId, $blockLink, $setBlockId, $setBlockLink, NO_LINK, type BlockLink } from './blockState';

/** A top-level block as it stood before the update under way. */
interface PreviousBlock {
  key: NodeKey;
  id: string;
  link: BlockLink;
}

function previousBlocks(editor: LexicalEditor): PreviousBlock[] {
  return editor
    .getEditorState()
    .read(() => $getRoot().getChildren().map((block) => ({ key: block.getKey(), id: $blockId(block), link: $blockLink(block) })));
}

/** Node keys grow as nodes are made, so the lower key is the block that was there first. */
function madeEarlier(a: LexicalNode, b: LexicalNode): boolean {
  return Number(a.getKey()) < Number(b.getKey());
}

/**
 * Blocks that took the place of others (a paragraph turned into a heading, a quote or a
 * list, by whichever path Lexical took) keep the identity and link of what they replaced:
 * between two blocks that stayed, the first new block stands for the first removed one,
 * the second for the second, and so on.
 */
function $inheritReplaced(children: readonly LexicalNode[], previous: readonly PreviousBlock[]): void {
  const previousIndex = new Map<NodeKey, number>();
  previous.forEach((block, i) => previousIndex.set(block.key, i));
  const current = new Set(children.map((child) => child.getKey()));
  let anchor = -1;
  let run: LexicalNode[] = [];
  const close = (next: number) => {
    if (run.length > 0 && next > anchor) {
      const removed = previous.slice(anchor + 1, next).filter((block) => !current.has(block.key));
      const pairs = Math.min(run.length, removed.length);
      for (let i = 0; i < pairs; i++) {
        const node = run[i] as LexicalNode;
        const old = removed[i] as PreviousBlock;
        if ($blockId(node) === '' && old.id !== '') {
          $setBlockId(node, old.id);
          $setBlockLink(node, old.link);
        }
      }
    }
    run = [];
  };
  for (const child of children) {
    const index = previousIndex.get(child.getKey());
    if (index === undefined) {
      run.push(child);
      continue;
    }
    close(index);
    anchor = Math.max(anchor, index);
  }
  close(previous.length);
}

/**
 * Every top-level block gets a non-empty id that no other block holds. When two share one
 * (a block copied and pasted inside the body, the tail of a split that Lexical copied), the
 * block that was there first keeps it and the other gets a new id and no translation link:
 * a copy is not yet a translation of anything.
 */
function $uniqueIds(children: readonly LexicalNode[], previous: ReadonlySet<NodeKey>): void {
  const owners = new Map<string, LexicalNode>();
  const renew: Array<{ node: LexicalNode; copy: boolean }> = [];
  const older = (a: LexicalNode, b: LexicalNode) => {
    const aWas = previous.has(a.getKey());
    const bWas = previous.has(b.getKey());
    return aWas !== bWas ? aWas : madeEarlier(a, b);
  };
  for (const child of children) {
    const id = $blockId(child);
    if (id === '') {
      renew.push({ node: child, copy: false });
      continue;
    }
    const owner = owners.get(id);
    if (!owner) owners.set(id, child);
    else if (older(child, owner)) {
      owners.set(id, child);
      renew.push({ node: owner, copy: true });
    } else renew.push({ node: child, copy: true });
  }
  for (const { node, copy } of renew) {
    let id = newBlockId();
    while (owners.has(id)) id = newBlockId();
    owners.set(id, node);
    $setBlockId(node, id);
    if (copy) $setBlockLink(node, NO_LINK);
  }
}

/**
 * Restores the invariant over the whole body; cheap enough to run whenever blocks come or
 * go. Pasted blocks are new blocks, even where they took the place of others.
 */
export function $keepBlockIds(editor: LexicalEditor): void {
  const children = $getRoot().getChildren();
  const previous = previousBlocks(editor);
  if (!$hasUpdateTag(PASTE_TAG)) $inheritReplaced(children, previous);
  $uniqueIds(children, new Set(previous.map((block) => block.key)));
}

function isSplittableBlock(node: LexicalNode | null): node is ElementNode {
  return $isParagraphNode(node) || $isHeadingNode(node) || $isQuoteNode(node);
}

/**
 * Enter at the very start of a paragraph, heading or quote that has text opens an empty
 * paragraph above it and leaves the text where it was. Lexical would otherwise move the
 * text into a new block below an emptied one, and the text would lose its id and its link.
 */
function $openBlockAbove(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const anchor = selection.anchor;
  const node = anchor.getNode();
  const block = $isElementNode(node) && node.getParent() === $getRoot() ? node : node.getTopLevelElement();
  if (!isSplittableBlock(block) || block.getParent() !== $getRoot() || block.isEmpty()) return false;
  const atStart =
    anchor.offset === 0 &&
    (anchor.type === 'element' ? anchor.key === block.getKey() : block.getFirstDescendant()?.is(node) === true);
  if (!atStart) return false;
  block.insertBefore($createParagraphNode());
  return true;
}

/**
 * Keeps block ids true while editing (see shared/editor/blocks.ts). The check runs only in
 * updates that changed the body's list of blocks (RootNode is written then), never while
 * typing inside a block.
 */
export function registerBlockIds(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(RootNode, (root) => {
      if (root === editor.getEditorState()._nodeMap.get('root')) return;
      $keepBlockIds(editor);
    }),
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, $openBlockAbove, COMMAND_PRIORITY_LOW),
  );
}
