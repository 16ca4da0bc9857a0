import { mergeRegister } from '@lexical/utils';
import {
  $addUpdateTag,
  $getRoot,
  $isTextNode,
  COMMAND_PRIORITY_EDITOR,
  HISTORY_MERGE_TAG,
  RootNode,
  TextNode,
  createCommand,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { alignBlocks } from '../../shared/editor/alignment';
import type { BlockInfo } from '../../shared/editor/blocks';
import { $blockId, $blockSrc, $linkToOriginal } from './blockState';
import { $isImageNode, ImageNode } from './image/ImageNode';

/**
 * Tells a translation's editor that the original's blocks changed (they arrive once the
 * original's typing settles): blocks typed while they were not known yet are linked now.
 */
export const ORIGINAL_BLOCKS_CHANGED = createCommand<void>('ORIGINAL_BLOCKS_CHANGED');

/** Marks the update that links blocks typed before the original's blocks were known: a save, not an undo step. */
export const RELINK_TAG = 'tandem-relink';

/** The original's latest blocks, or null in the original's own editor. */
export type OriginalBlocksSource = () => readonly BlockInfo[] | null | undefined;

/**
 * Did this update change the node's text (or make the node)? Being marked dirty is not
 * enough, and the body being opened is not an edit.
 */
function textChanged(editor: LexicalEditor, node: TextNode): boolean {
  const committed = editor.getEditorState();
  if (committed.isEmpty()) return false;
  const before = committed._nodeMap.get(node.getKey());
  return !$isTextNode(before) || before.__text !== node.__text;
}

/** Did this update change a photo's caption (its text: shared/editor/blocks.ts), or place the photo? */
function captionChanged(editor: LexicalEditor, node: ImageNode): boolean {
  const committed = editor.getEditorState();
  if (committed.isEmpty()) return false;
  const before = committed._nodeMap.get(node.getKey());
  return !$isImageNode(before) || before.__caption !== node.__caption;
}

function $translationBlocks(children: readonly LexicalNode[]): BlockInfo[] {
  return children.map((child, index) => ({
    index,
    id: $blockId(child),
    text: child.getTextContent(),
    hash: '',
    src: $blockSrc(child),
    srcHash: '',
    srcText: '',
  }));
}

/**
 * Links each of `keys` (unlinked top-level blocks just edited) that has words to the
 * original block the alignment sets beside it, if any. One alignment serves them all: a
 * pair made in a gap does not move the pairs around it. Returns the blocks left unlinked.
 */
function $linkEdited(keys: ReadonlySet<NodeKey>, originals: readonly BlockInfo[]): NodeKey[] {
  const children = $getRoot().getChildren();
  const translation = $translationBlocks(children);
  const beside = new Map<number, BlockInfo>();
  for (const row of alignBlocks(originals, translation)) {
    if (row.translation && row.original && row.original.id !== '' && (row.state === 'unlinked' || row.state === 'missing')) {
      beside.set(row.translation.index, row.original);
    }
  }
  const left: NodeKey[] = [];
  children.forEach((block, index) => {
    if (!keys.has(block.getKey())) return;
    const info = translation[index];
    if (!info || info.src !== '' || info.text.trim() === '') return;
    const original = beside.get(index);
    if (original) $linkToOriginal(block, original);
    else left.push(block.getKey());
  });
  return left;
}

/**
 * In a translation, a block written with no link to the original gets one as soon as it has
 * words: to the original block the alignment sets beside it. The link is made in the same
 * update as the typing, so it is part of the same undo step.
 *
 * Typing in a linked block costs one state read per keystroke. A block that found no
 * original beside it is not tried again until blocks come or go or the original changes.
 */
export function registerTranslationLinks(editor: LexicalEditor, originalBlocks: OriginalBlocksSource): () => void {
  const edited = new Set<NodeKey>();
  const tried = new Set<NodeKey>();
  /** Blocks typed in with no original block to link to yet (the original's blocks unknown, or none beside). */
  const waiting = new Set<NodeKey>();
  let triedFor: { originals: readonly BlockInfo[]; root: unknown } | null = null;

  return mergeRegister(
    editor.registerNodeTransform(TextNode, (node) => {
      const originals = originalBlocks();
      if (originals === null || originals === undefined) return;
      const block = node.getTopLevelElement();
      if (block === null || $blockSrc(block) !== '' || edited.has(block.getKey())) return;
      if (!textChanged(editor, node)) return;
      if (originals.length === 0) waiting.add(block.getKey());
      else edited.add(block.getKey());
    }),
    // A photo is a top-level block whose words are its caption: writing one links it the same way.
    editor.registerNodeTransform(ImageNode, (node) => {
      const originals = originalBlocks();
      if (originals === null || originals === undefined) return;
      if (node.getParent() !== $getRoot() || $blockSrc(node) !== '' || edited.has(node.getKey())) return;
      if (!captionChanged(editor, node)) return;
      if (originals.length === 0) waiting.add(node.getKey());
      else edited.add(node.getKey());
    }),
    // The root's transform runs last in every update that changed anything.
    editor.registerNodeTransform(RootNode, () => {
      if (edited.size === 0) return;
      const originals = originalBlocks();
      const root = editor.getEditorState()._nodeMap.get('root');
      if (originals && (triedFor === null || triedFor.originals !== originals || triedFor.root !== root)) {
        triedFor = { originals, root };
        tried.clear();
      }
      for (const key of tried) edited.delete(key);
      if (originals && edited.size > 0) {
        for (const key of $linkEdited(edited, originals)) {
          tried.add(key);
          waiting.add(key);
        }
      }
      edited.clear();
    }),
    editor.registerCommand(
      ORIGINAL_BLOCKS_CHANGED,
      () => {
        const originals = originalBlocks();
        if (!originals || originals.length === 0 || waiting.size === 0) return false;
        const keys = new Set(waiting);
        waiting.clear();
        for (const key of $linkEdited(keys, originals)) waiting.add(key);
        if (waiting.size < keys.size) {
          // Part of the typing it follows, not a step of its own; but saved like an edit.
          $addUpdateTag(HISTORY_MERGE_TAG);
          $addUpdateTag(RELINK_TAG);
        }
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
  );
}
