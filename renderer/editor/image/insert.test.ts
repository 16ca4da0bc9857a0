import {
  $createNodeSelection,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_NORMAL,
  DROP_COMMAND,
  PASTE_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { BodySchema, type Body } from '../../../shared/editor/nodes';
import { bodyFromParagraphs } from '../../../shared/editor/text';
import { createHeadlessBody, type HeadlessBody } from '../headlessEditor';
import { $block, $caretIn, change, readBlocks, run } from '../testBodies';
import { registerImageTransfer } from './BodyImages';
import {
  $insertImages,
  $targetAtSelection,
  dragHasImages,
  dropTarget,
  imageFiles,
  insertImages,
  pastedImages,
  type ImageTarget,
} from './insert';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

let open: HeadlessBody[] = [];
afterEach(() => {
  for (const b of open) b.dispose();
  open = [];
});

function headless(body: Body): HeadlessBody {
  const b = createHeadlessBody({ body });
  open.push(b);
  return b;
}

function targetNow(b: HeadlessBody): ImageTarget {
  return b.editor.getEditorState().read($targetAtSelection);
}

function insert(b: HeadlessBody, ids: string[], target: ImageTarget): void {
  insertImages(b.editor, ids, target);
  b.editor.update(() => {}, { discrete: true });
}

const shape = (b: HeadlessBody) => readBlocks(b.editor).map((x) => (x.type === 'image' ? 'photo' : x.text));

function file(name: string, type: string): File {
  return new File([new Uint8Array([1, 2, 3])], name, { type });
}

/** A clipboard or drop as the browser hands it over. */
function transfer(files: File[], data: Record<string, string> = {}): DataTransfer {
  const types = [...Object.keys(data), ...(files.length > 0 ? ['Files'] : [])];
  return {
    files,
    types,
    items: files.map((f) => ({ kind: 'file', type: f.type })),
    getData: (type: string) => data[type] ?? '',
  } as unknown as DataTransfer;
}

describe('placing photos', () => {
  it('goes below the block with the caret, each photo a new block, as one undo step', () => {
    const b = headless(bodyFromParagraphs(['One', 'Two']));
    change(b.editor, () => $caretIn(0, 1));
    insert(b, [A, B], targetNow(b));
    expect(shape(b)).toEqual(['One', 'photo', 'photo', 'Two']);
    const blocks = readBlocks(b.editor);
    expect(new Set(blocks.map((x) => x.id)).size).toBe(4);
    expect(blocks.every((x) => x.id !== '')).toBe(true);
    expect(BodySchema.safeParse(b.editor.getEditorState().toJSON()).success).toBe(true);
    // The caret stays where it was, in the text.
    b.editor.getEditorState().read(() => {
      const selection = $getSelection();
      expect($isRangeSelection(selection) && selection.anchor.getNode().getTextContent()).toBe('One');
    });
    run(b.editor, UNDO_COMMAND, undefined);
    expect(shape(b)).toEqual(['One', 'Two']);
  });

  it('takes the place of the empty paragraph with the caret, which stays below for the next words', () => {
    const b = headless(bodyFromParagraphs(['One', '', 'Two']));
    change(b.editor, () => $caretIn(1, 0));
    insert(b, [A], targetNow(b));
    expect(shape(b)).toEqual(['One', 'photo', '', 'Two']);
    b.editor.getEditorState().read(() => {
      const selection = $getSelection();
      expect($isRangeSelection(selection) && selection.anchor.getNode().getKey()).toBe($block(2).getKey());
    });
  });

  it('adds an empty paragraph after a photo that ends the body, and puts the caret there', () => {
    const b = headless(bodyFromParagraphs(['Only']));
    change(b.editor, () => $caretIn(0, 4));
    insert(b, [A], targetNow(b));
    expect(shape(b)).toEqual(['Only', 'photo', '']);
    b.editor.getEditorState().read(() => {
      const selection = $getSelection();
      expect($isRangeSelection(selection) && selection.anchor.getNode().getKey()).toBe($block(2).getKey());
    });
  });

  it('goes at the end with no selection, and after a selected photo', () => {
    const b = headless(bodyFromParagraphs(['One', 'Two']));
    change(b.editor, () => $setSelection(null));
    expect(targetNow(b)).toEqual({ kind: 'end' });
    insert(b, [A], targetNow(b));
    expect(shape(b)).toEqual(['One', 'Two', 'photo', '']);
    change(b.editor, () => {
      const selection = $createNodeSelection();
      selection.add($block(2).getKey());
      $setSelection(selection);
    });
    insert(b, [B], targetNow(b));
    expect(shape(b)).toEqual(['One', 'Two', 'photo', 'photo', '']);
  });

  it('keeps the place chosen when asked, though typing moved on, and goes last when that block is gone', () => {
    const b = headless(bodyFromParagraphs(['One', 'Two', 'Three']));
    change(b.editor, () => $caretIn(0, 3));
    const at = targetNow(b);
    change(b.editor, () => $caretIn(2, 0));
    insert(b, [A], at);
    expect(shape(b)).toEqual(['One', 'photo', 'Two', 'Three']);
    change(b.editor, () => $caretIn(2, 0));
    const gone = targetNow(b);
    change(b.editor, () => $block(2).remove());
    insert(b, [B], gone);
    expect(shape(b)).toEqual(['One', 'photo', 'Three', 'photo', '']);
  });

  it('fills an empty body', () => {
    const b = headless(bodyFromParagraphs([]));
    change(b.editor, () => void $insertImages([A], { kind: 'end' }));
    expect(shape(b)).toEqual(['photo', '']);
  });

  it('finds the place nearest a drop between blocks', () => {
    const boxes = [
      { key: '1', top: 0, bottom: 40 },
      { key: '2', top: 50, bottom: 250 },
      { key: '3', top: 260, bottom: 300 },
    ];
    expect(dropTarget(boxes, -10)).toEqual({ kind: 'before', key: '1' });
    expect(dropTarget(boxes, 30)).toEqual({ kind: 'after', key: '1' });
    expect(dropTarget(boxes, 45)).toEqual({ kind: 'before', key: '2' });
    expect(dropTarget(boxes, 120)).toEqual({ kind: 'before', key: '2' });
    expect(dropTarget(boxes, 200)).toEqual({ kind: 'after', key: '2' });
    expect(dropTarget(boxes, 900)).toEqual({ kind: 'after', key: '3' });
    expect(dropTarget([], 10)).toEqual({ kind: 'end' });
  });
});

describe('photos by paste and drop', () => {
  it('tells image files from others, and a copied image from a copied text', () => {
    const png = file('shot.png', 'image/png');
    const pdf = file('doc.pdf', 'application/pdf');
    expect(imageFiles(transfer([png, pdf]))).toEqual([png]);
    expect(pastedImages(transfer([png]))).toEqual([png]);
    // "Copy image" in a browser: the file and an <img> in HTML, no words.
    expect(pastedImages(transfer([png], { 'text/html': '<img src="https://example.com/x.png">' }))).toEqual([png]);
    // A word processor: a picture of the text, and the text itself, which is what is meant.
    expect(pastedImages(transfer([png], { 'text/plain': 'Some words', 'text/html': '<p>Some words</p>' }))).toEqual([]);
    expect(pastedImages(transfer([pdf]))).toEqual([]);
    expect(pastedImages(null)).toEqual([]);
    expect(dragHasImages(transfer([png]))).toBe(true);
    expect(dragHasImages(transfer([pdf]))).toBe(false);
    expect(dragHasImages(transfer([], { 'text/plain': 'x' }))).toBe(false);
  });

  function withTransfer(b: HeadlessBody) {
    const calls: Array<{ files: File[]; target: ImageTarget }> = [];
    const dragging: boolean[] = [];
    open.push({ ...b, dispose: registerImageTransfer(b.editor, { onFiles: (files, target) => calls.push({ files, target }), onDragging: (d) => dragging.push(d) }) });
    return { calls, dragging };
  }

  it('takes a paste of image files, before the text paste, and leaves text pastes to it', () => {
    const b = headless(bodyFromParagraphs(['Hello world']));
    const { calls } = withTransfer(b);
    change(b.editor, () => $caretIn(0, 5));
    let prevented = false;
    const png = file('shot.png', 'image/png');
    const imagePaste = { clipboardData: transfer([png]), preventDefault: () => (prevented = true) } as unknown as ClipboardEvent;
    run(b.editor, PASTE_COMMAND, imagePaste);
    expect(prevented).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.files).toEqual([png]);
    expect(calls[0]?.target).toEqual({ kind: 'after', key: b.editor.getEditorState().read(() => $block(0).getKey()) });
    expect(shape(b)).toEqual(['Hello world']);
    // Text with line breaks goes on to the plain-text paste, as before.
    const textPaste = { clipboardData: transfer([], { 'text/plain': ' one\n\ntwo' }), preventDefault() {} } as unknown as ClipboardEvent;
    run(b.editor, PASTE_COMMAND, textPaste);
    expect(calls).toHaveLength(1);
    expect(shape(b)).toEqual(['Hello one', 'two world']);
  });

  it('takes a drop of image files and leaves other drops alone', () => {
    const b = headless(bodyFromParagraphs(['One']));
    const { calls, dragging } = withTransfer(b);
    const png = file('a.jpg', 'image/jpeg');
    let prevented = false;
    const drop = { dataTransfer: transfer([png]), clientX: 5, clientY: 5, preventDefault: () => (prevented = true) } as unknown as DragEvent;
    run(b.editor, DROP_COMMAND, drop);
    expect(prevented).toBe(true);
    expect(calls.map((c) => c.files)).toEqual([[png]]);
    // Headless, nothing is on screen: the photos go last.
    expect(calls[0]?.target).toEqual({ kind: 'end' });
    expect(dragging).toEqual([false]);
    // Anything else goes on to the handlers below (Lexical's own drop).
    const below: DragEvent[] = [];
    const off = b.editor.registerCommand(DROP_COMMAND, (event) => below.push(event) > 0, COMMAND_PRIORITY_NORMAL);
    const other = { dataTransfer: transfer([file('doc.pdf', 'application/pdf')]), clientX: 5, clientY: 5, preventDefault() {} } as unknown as DragEvent;
    run(b.editor, DROP_COMMAND, other);
    off();
    expect(calls).toHaveLength(1);
    expect(below).toEqual([other]);
  });
});
