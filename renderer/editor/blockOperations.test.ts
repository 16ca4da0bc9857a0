import { $getSelection, $isRangeSelection, UNDO_COMMAND } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '../../shared/editor/text';
import { insertTranslationBlock, markUpToDate } from './blockOperations';
import { $blockId } from './blockState';
import { createHeadlessBody, type HeadlessBody } from './headlessEditor';
import { readBlocks, run } from './testBodies';

const ORIGINAL = { id: 'orig-2', hash: 'hash-2', text: 'Second original.' };
const LINKED = { src: 'orig-2', srcHash: 'hash-2', srcText: 'Second original.' };

let b: HeadlessBody;
afterEach(() => b.dispose());

describe('block operations', () => {
  it('marks a block up to date with the original as one undo step', () => {
    b = createHeadlessBody({ body: bodyFromParagraphs(['Один', 'Два'], [null, { src: 'orig-2', srcHash: 'old', srcText: 'Old text.' }]) });
    const [, second] = readBlocks(b.editor);
    markUpToDate(b.editor, second?.id ?? '', ORIGINAL);
    b.editor.update(() => {}, { discrete: true });
    expect(readBlocks(b.editor)[1]?.link).toEqual(LINKED);
    run(b.editor, UNDO_COMMAND, undefined);
    expect(readBlocks(b.editor)[1]?.link).toEqual({ src: 'orig-2', srcHash: 'old', srcText: 'Old text.' });
  });

  it('inserts an empty linked paragraph after a block, or first, with the caret in it', () => {
    b = createHeadlessBody({ body: bodyFromParagraphs(['Один', 'Три']) });
    const [first] = readBlocks(b.editor);
    insertTranslationBlock(b.editor, ORIGINAL, first?.id ?? null);
    b.editor.update(() => {}, { discrete: true });
    let blocks = readBlocks(b.editor);
    expect(blocks.map((x) => x.text)).toEqual(['Один', '', 'Три']);
    expect(blocks[1]?.link).toEqual(LINKED);
    expect(blocks[1]?.id).not.toBe('');
    expect(new Set(blocks.map((x) => x.id)).size).toBe(3);
    const caretBlock = b.editor.getEditorState().read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return null;
      const node = selection.anchor.getNode();
      return $blockId(node.getTopLevelElement() ?? node);
    });
    expect(caretBlock).toBe(blocks[1]?.id);
    insertTranslationBlock(b.editor, { ...ORIGINAL, id: 'orig-0' }, null);
    b.editor.update(() => {}, { discrete: true });
    blocks = readBlocks(b.editor);
    expect(blocks[0]?.link.src).toBe('orig-0');
    expect(blocks).toHaveLength(4);
  });
});
