import { $generateJSONFromSelectedNodes, $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $createQuoteNode, $isQuoteNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  DELETE_CHARACTER_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
} from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { BodySchema, type Body } from '../../shared/editor/nodes';
import { bodyFromParagraphs } from '../../shared/editor/text';
import { $setBlockId, $setBlockLink } from './blockState';
import { $setTextBlockType } from './blockType';
import { createHeadlessBody, type HeadlessBody } from './headlessEditor';
import { $block, $caretIn, $selectAcross, change, readBlocks, run } from './testBodies';

const LINK = { src: 'orig-1', srcHash: 'h1', srcText: 'Original one' };

let open: HeadlessBody[] = [];
function body(paragraphs: string[], links?: Parameters<typeof bodyFromParagraphs>[1]): HeadlessBody {
  const made = createHeadlessBody({ body: bodyFromParagraphs(paragraphs, links) });
  open.push(made);
  return made;
}
afterEach(() => {
  for (const b of open) b.dispose();
  open = [];
});

function ids(b: HeadlessBody): string[] {
  return readBlocks(b.editor).map((block) => block.id);
}

function expectUnique(b: HeadlessBody): void {
  const all = ids(b);
  expect(all.every((id) => id.length > 0)).toBe(true);
  expect(new Set(all).size).toBe(all.length);
}

describe('block ids', () => {
  it('gives the new part of a split in the middle a new id and no link', () => {
    const b = body(['Hello world', 'Second'], [LINK, null]);
    const [first, second] = ids(b);
    change(b.editor, () => $caretIn(0, 5));
    run(b.editor, INSERT_PARAGRAPH_COMMAND, undefined);
    const blocks = readBlocks(b.editor);
    expect(blocks.map((x) => x.text)).toEqual(['Hello', ' world', 'Second']);
    expect(blocks[0]?.id).toBe(first);
    expect(blocks[0]?.link).toEqual(LINK);
    expect(blocks[1]?.id).not.toBe(first);
    expect(blocks[1]?.link).toEqual({ src: '', srcHash: '', srcText: '' });
    expect(blocks[2]?.id).toBe(second);
    expectUnique(b);
  });

  it('keeps the text with its id and link when Enter is pressed at the start of a block', () => {
    const b = body(['Hello world'], [LINK]);
    const [first] = ids(b);
    change(b.editor, () => $caretIn(0, 0));
    run(b.editor, INSERT_PARAGRAPH_COMMAND, undefined);
    const blocks = readBlocks(b.editor);
    expect(blocks.map((x) => x.text)).toEqual(['', 'Hello world']);
    expect(blocks[1]?.id).toBe(first);
    expect(blocks[1]?.link).toEqual(LINK);
    expect(blocks[0]?.id).not.toBe(first);
    expect(blocks[0]?.link.src).toBe('');
    expectUnique(b);
    // The caret stays at the start of the text.
    b.editor.getEditorState().read(() => {
      const selection = $getSelection();
      expect($isRangeSelection(selection) && selection.anchor.getNode().getTextContent()).toBe('Hello world');
    });
  });

  it('keeps the first block id when Backspace at the start of the next one merges them', () => {
    const b = body(['One', 'Two'], [LINK, null]);
    const [first] = ids(b);
    change(b.editor, () => $caretIn(1, 0));
    run(b.editor, DELETE_CHARACTER_COMMAND, true);
    const blocks = readBlocks(b.editor);
    expect(blocks.map((x) => x.text)).toEqual(['OneTwo']);
    expect(blocks[0]?.id).toBe(first);
    expect(blocks[0]?.link).toEqual(LINK);
  });

  it('keeps the surviving block id when a selection across blocks is deleted', () => {
    const b = body(['First block', 'Middle', 'Last block']);
    const [first, , third] = ids(b);
    change(b.editor, () => $selectAcross(0, 5, 2, 4));
    run(b.editor, DELETE_CHARACTER_COMMAND, true);
    expect(readBlocks(b.editor).map((x) => x.text)).toEqual(['First block']);
    expect(ids(b)).toEqual([first]);
    expect(ids(b)).not.toContain(third);
  });

  it('keeps ids and links through JSON and back (a reload)', () => {
    const b = body(['One', 'Two'], [LINK, null]);
    const json = b.editor.getEditorState().toJSON();
    const parsed: Body = BodySchema.parse(json);
    const again = createHeadlessBody({ body: parsed });
    open.push(again);
    expect(readBlocks(again.editor)).toEqual(readBlocks(b.editor));
  });

  it('gives a pasted copy of a block a new id and does not copy its link', () => {
    const b = body(['Copied paragraph', 'Other'], [LINK, null]);
    const [first, second] = ids(b);
    let copied: ReturnType<typeof $generateJSONFromSelectedNodes>['nodes'] = [];
    change(b.editor, () => {
      $selectAcross(0, 0, 1, 0);
      const selection = $getSelection();
      if (!selection) throw new Error('no selection');
      copied = $generateJSONFromSelectedNodes(b.editor, selection).nodes;
    });
    change(b.editor, () => {
      $caretIn(1, 5);
      const selection = $getSelection();
      if (!selection) throw new Error('no selection');
      $insertGeneratedNodes(b.editor, $generateNodesFromSerializedNodes(copied), selection);
    });
    const blocks = readBlocks(b.editor);
    expect(blocks.length).toBeGreaterThan(2);
    expect(blocks[0]?.id).toBe(first);
    expect(blocks[0]?.link).toEqual(LINK);
    expect(blocks.filter((x) => x.link.src === LINK.src)).toHaveLength(1);
    expect(ids(b)).toContain(second);
    expectUnique(b);
  });

  it('gives a block inserted with another block state a new id; the older block keeps it', () => {
    const b = body(['One', 'Two'], [null, LINK]);
    const [first, second] = ids(b);
    change(b.editor, () => {
      const clone = $createParagraphNode().append($createTextNode('Clone'));
      $setBlockId(clone, second as string);
      $setBlockLink(clone, LINK);
      $block(0).insertBefore(clone);
    });
    const blocks = readBlocks(b.editor);
    expect(blocks.map((x) => x.id).slice(1)).toEqual([first, second]);
    expect(blocks[2]?.link).toEqual(LINK);
    expect(blocks[0]?.link.src).toBe('');
    expectUnique(b);
  });

  it('keeps id and link when a paragraph becomes a heading, a quote, a list and back', () => {
    const b = body(['Title text', 'Body'], [LINK, null]);
    const [first] = ids(b);
    change(b.editor, () => {
      $caretIn(0, 2);
      $setTextBlockType('h2');
    });
    expect(readBlocks(b.editor)[0]).toMatchObject({ type: 'heading', id: first, link: LINK });
    change(b.editor, () => $setTextBlockType('quote'));
    expect(readBlocks(b.editor)[0]).toMatchObject({ type: 'quote', id: first, link: LINK });
    change(b.editor, () => $setTextBlockType('paragraph'));
    run(b.editor, INSERT_UNORDERED_LIST_COMMAND, undefined);
    expect(readBlocks(b.editor)[0]).toMatchObject({ type: 'list', id: first, link: LINK });
    run(b.editor, REMOVE_LIST_COMMAND, undefined);
    expect(readBlocks(b.editor)[0]).toMatchObject({ type: 'paragraph', id: first, link: LINK, text: 'Title text' });
    expectUnique(b);
  });

  it('keeps id and link when Backspace at the start of a leading quote turns it into a paragraph', () => {
    const b = body(['Quoted', 'After'], [LINK, null]);
    const [first] = ids(b);
    change(b.editor, () => {
      $caretIn(0, 0);
      $setTextBlockType('quote');
    });
    // What Backspace at the start of the body does to a quote (it needs a page to get there).
    change(b.editor, () => {
      const quote = $block(0);
      if (!$isQuoteNode(quote)) throw new Error('a quote');
      quote.collapseAtStart();
    });
    expect(readBlocks(b.editor)[0]).toMatchObject({ type: 'paragraph', id: first, link: LINK, text: 'Quoted' });
  });

  it('gives ids to blocks saved without them when the body opens, and splits shared ones', () => {
    const saved = bodyFromParagraphs(['a', 'b', 'c']);
    const [a, b, c] = saved.root.children;
    if (!a || !b || !c) throw new Error('three blocks');
    a.$ = {};
    c.$ = { ...b.$ };
    const opened = createHeadlessBody({ body: saved });
    open.push(opened);
    expectUnique(opened);
    expect(ids(opened)[1]).toBe(b.$?.id);
  });

  it('checks ids only when blocks come or go, not while typing inside one', () => {
    const b = body(['One', 'Two']);
    const [first] = ids(b);
    // Typing: the root's list of blocks is untouched, so a shared id is not looked for.
    change(b.editor, () => {
      $setBlockId($block(1), first as string);
      $caretIn(1, 3);
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText('!');
    });
    expect(ids(b)).toEqual([first, first]);
    // A new block: the whole body is checked and the later block gets a new id.
    change(b.editor, () => $getRoot().append($createQuoteNode().append($createTextNode('Three'))));
    expect(ids(b)[0]).toBe(first);
    expectUnique(b);
  });
});
