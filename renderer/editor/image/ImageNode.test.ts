import { $generateJSONFromSelectedNodes, $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { $createListItemNode, $createListNode } from '@lexical/list';
import {
  $createNodeSelection,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isNodeSelection,
  $isRangeSelection,
  $setSelection,
  KEY_ARROW_DOWN_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { blocksOf, BLOCK_STATE } from '../../../shared/editor/blocks';
import { BodySchema, ImageNodeSchema, type Body, type SerializedBlock } from '../../../shared/editor/nodes';
import { bodyFromParagraphs, bodyToPlainText } from '../../../shared/editor/text';
import { snapshotOf } from '../BodyEditor';
import { $blockId, $setBlockId, $setBlockLink } from '../blockState';
import { createHeadlessBody, type HeadlessBody } from '../headlessEditor';
import { $block, $caretIn, change, readBlocks, run } from '../testBodies';
import { $createImageNode, $isImageNode, ImageNode } from './ImageNode';

const MEDIA = 'c'.repeat(64);
const OTHER = 'd'.repeat(64);
const LINK = { src: 'orig-1', srcHash: 'h1', srcText: 'Original caption' };

let open: HeadlessBody[] = [];
afterEach(() => {
  for (const b of open) b.dispose();
  open = [];
});

function headless(body?: Body): HeadlessBody {
  const made = createHeadlessBody(body ? { body } : {});
  open.push(made);
  return made;
}

function imageBlock(mediaId: string, caption: string, altText: string, state?: Record<string, string>): SerializedBlock {
  return { type: 'image', version: 1, mediaId, caption, altText, ...(state ? { $: state } : {}) };
}

/** Paragraphs and photos, as a saved body. */
function bodyWith(...blocks: Array<string | SerializedBlock>): Body {
  const paragraphs = bodyFromParagraphs(blocks.map((b) => (typeof b === 'string' ? b : '')));
  paragraphs.root.children = paragraphs.root.children.map((child, i) => {
    const b = blocks[i];
    return typeof b === 'string' || b === undefined ? child : b;
  });
  return paragraphs;
}

const fakeKey = () => ({ preventDefault() {}, stopPropagation() {}, shiftKey: false, target: null }) as unknown as KeyboardEvent;

describe('ImageNode', () => {
  it('saves exactly the schema’s fields, and a body holding one passes the store’s schema', () => {
    const b = headless(bodyFromParagraphs(['Before']));
    change(b.editor, () => {
      const image = $createImageNode({ mediaId: MEDIA, caption: 'Ministers met', altText: 'Two men shake hands' });
      $block(0).insertAfter(image);
    });
    const json = b.editor.getEditorState().toJSON();
    const parsed = BodySchema.parse(json);
    const image = parsed.root.children[1];
    expect(image).toBeDefined();
    expect(Object.keys(image as object).sort()).toEqual(['$', 'altText', 'caption', 'mediaId', 'type', 'version']);
    expect(ImageNodeSchema.parse(image)).toMatchObject({ type: 'image', version: 1, mediaId: MEDIA, caption: 'Ministers met', altText: 'Two men shake hands' });
    expect((image as { $?: Record<string, unknown> }).$?.[BLOCK_STATE.id]).toMatch(/^[0-9A-Za-z]{12}$/);
  });

  it('comes back from JSON with its fields, block id and translation link (a reload)', () => {
    const saved = bodyWith('One', imageBlock(MEDIA, 'Подпись', 'Описание', { id: 'img000000001', ...LINK }), 'Two');
    expect(BodySchema.safeParse(saved).success).toBe(true);
    const b = headless(saved);
    const [, photo] = readBlocks(b.editor);
    expect(photo).toEqual({ type: 'image', text: 'Подпись', id: 'img000000001', link: LINK });
    const again = BodySchema.parse(b.editor.getEditorState().toJSON());
    expect(again.root.children[1]).toEqual(saved.root.children[1]);
    // And the block the alignment sees is the same as the one saved.
    expect(blocksOf(again)[1]).toEqual(blocksOf(saved)[1]);
  });

  it('reads as its caption: the editor’s text is the shared plain text', () => {
    const saved = bodyWith('First paragraph.', imageBlock(MEDIA, 'A caption', 'alt words'), imageBlock(OTHER, '', 'x'), 'Last.');
    const b = headless(saved);
    const snapshot = snapshotOf(b.editor.getEditorState());
    expect(snapshot.text()).toBe(bodyToPlainText(saved));
    expect(snapshot.text()).toBe('First paragraph.\nA caption\n\nLast.');
    expect(BodySchema.safeParse(snapshot.toJSON()).success).toBe(true);
  });

  it('keeps caption and alt text within the limits', () => {
    const b = headless();
    change(b.editor, () => {
      const image = $createImageNode({ mediaId: MEDIA, caption: 'x'.repeat(5_000) });
      image.setAltText('y'.repeat(5_000));
      $getRoot().append(image);
    });
    expect(BodySchema.safeParse(b.editor.getEditorState().toJSON()).success).toBe(true);
  });

  it('is a block: one put inside a paragraph moves out below it', () => {
    const b = headless(bodyFromParagraphs(['Intro']));
    change(b.editor, () => {
      const image = $createImageNode({ mediaId: MEDIA, caption: 'Inside' });
      const paragraph = $createParagraphNode().append($createTextNode('Para'));
      $getRoot().append(paragraph);
      paragraph.append(image);
    });
    const blocks = readBlocks(b.editor);
    expect(blocks.map((x) => x.type)).toEqual(['paragraph', 'paragraph', 'image']);
    expect(BodySchema.safeParse(b.editor.getEditorState().toJSON()).success).toBe(true);
  });

  it('is a block: one put inside a list item moves out below the list', () => {
    const b = headless(bodyFromParagraphs(['Intro']));
    change(b.editor, () => {
      const item = $createListItemNode().append($createTextNode('Item'));
      $getRoot().append($createListNode('bullet').append(item));
      item.append($createImageNode({ mediaId: MEDIA }));
    });
    expect(readBlocks(b.editor).map((x) => x.type)).toEqual(['paragraph', 'list', 'image']);
    expect(BodySchema.safeParse(b.editor.getEditorState().toJSON()).success).toBe(true);
  });
});

describe('photos and block ids', () => {
  it('gives a new photo an id of its own', () => {
    const b = headless(bodyFromParagraphs(['One', 'Two']));
    change(b.editor, () => $block(0).insertAfter($createImageNode({ mediaId: MEDIA })));
    const blocks = readBlocks(b.editor);
    expect(blocks[1]?.type).toBe('image');
    expect(blocks[1]?.id).toMatch(/^[0-9A-Za-z]{12}$/);
    expect(new Set(blocks.map((x) => x.id)).size).toBe(3);
  });

  it('gives a copy of a photo pasted into the same body a new id and no link; the original keeps both', () => {
    const b = headless(bodyWith('One', imageBlock(MEDIA, 'Caption', 'Alt', { id: 'img000000001', ...LINK }), 'Two'));
    let copied: ReturnType<typeof $generateJSONFromSelectedNodes>['nodes'] = [];
    change(b.editor, () => {
      const selection = $createNodeSelection();
      selection.add($block(1).getKey());
      copied = $generateJSONFromSelectedNodes(b.editor, selection).nodes;
    });
    expect(copied.map((n) => n.type)).toEqual(['image']);
    change(b.editor, () => {
      $caretIn(2, 3);
      const selection = $getSelection();
      if (!selection) throw new Error('no selection');
      $insertGeneratedNodes(b.editor, $generateNodesFromSerializedNodes(copied), selection);
    }, 'paste');
    const blocks = readBlocks(b.editor);
    const photos = blocks.filter((x) => x.type === 'image');
    expect(photos).toHaveLength(2);
    expect(photos[0]).toMatchObject({ id: 'img000000001', link: LINK, text: 'Caption' });
    expect(photos[1]?.id).not.toBe('img000000001');
    expect(photos[1]?.link).toEqual({ src: '', srcHash: '', srcText: '' });
    expect(new Set(blocks.map((x) => x.id)).size).toBe(blocks.length);
    expect(BodySchema.safeParse(b.editor.getEditorState().toJSON()).success).toBe(true);
  });

  it('gives a photo inserted with another block’s state a new id; the older block keeps it', () => {
    const b = headless(bodyFromParagraphs(['One', 'Two']));
    const [first] = readBlocks(b.editor);
    change(b.editor, () => {
      const image = $createImageNode({ mediaId: MEDIA });
      $setBlockId(image, first?.id ?? '');
      $setBlockLink(image, LINK);
      $block(0).insertBefore(image);
    });
    const blocks = readBlocks(b.editor);
    expect(blocks[1]?.id).toBe(first?.id);
    expect(blocks[0]?.id).not.toBe(first?.id);
    expect(blocks[0]?.link.src).toBe('');
  });
});

describe('photos and the keyboard', () => {
  function selectPhoto(b: HeadlessBody, index: number): void {
    change(b.editor, () => {
      const selection = $createNodeSelection();
      selection.add($block(index).getKey());
      $setSelection(selection);
    });
  }

  it('removes a selected photo with Backspace or Delete, and undo brings it back with its id', () => {
    const b = headless(bodyWith('One', imageBlock(MEDIA, 'Caption', 'Alt', { id: 'img000000001' }), 'Two'));
    selectPhoto(b, 1);
    run(b.editor, KEY_BACKSPACE_COMMAND, fakeKey());
    expect(readBlocks(b.editor).map((x) => x.type)).toEqual(['paragraph', 'paragraph']);
    run(b.editor, UNDO_COMMAND, undefined);
    expect(readBlocks(b.editor)[1]).toMatchObject({ type: 'image', id: 'img000000001', text: 'Caption' });
    selectPhoto(b, 1);
    run(b.editor, KEY_DELETE_COMMAND, fakeKey());
    expect(readBlocks(b.editor).some((x) => x.type === 'image')).toBe(false);
  });

  it('moves past a selected photo with the arrow keys', () => {
    const b = headless(bodyWith('One', imageBlock(MEDIA, 'Caption', 'Alt'), 'Two'));
    selectPhoto(b, 1);
    run(b.editor, KEY_ARROW_DOWN_COMMAND, fakeKey());
    b.editor.getEditorState().read(() => {
      const selection = $getSelection();
      expect($isNodeSelection(selection)).toBe(false);
      expect($isRangeSelection(selection) && selection.anchor.getNode().getTopLevelElement()?.getTextContent()).toBe('Two');
    });
  });

  it('is found by type guard and block id', () => {
    const b = headless(bodyWith(imageBlock(MEDIA, 'c', 'a', { id: 'img000000009' })));
    b.editor.getEditorState().read(() => {
      const node = $block(0);
      expect($isImageNode(node)).toBe(true);
      expect(node).toBeInstanceOf(ImageNode);
      expect($blockId(node)).toBe('img000000009');
      expect($isImageNode($getRoot())).toBe(false);
    });
  });
});
