import { HISTORIC_TAG, HISTORY_MERGE_TAG, UNDO_COMMAND, REDO_COMMAND, type LexicalEditor, type NodeKey } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { blocksOf, linkTo, type BlockInfo } from '../../../shared/editor/blocks';
import { BodySchema, type Body, type SerializedBlock } from '../../../shared/editor/nodes';
import { bodyFromParagraphs } from '../../../shared/editor/text';
import { createHeadlessBody, type HeadlessBody } from '../headlessEditor';
import { UNDO_GROUP_MS } from '../history';
import { $block, readBlocks, run } from '../testBodies';
import { CONTROL_EVENTS, historyKey, IMAGE_TEXT_TAG, isControl, isolateControlEvents, setImageText } from './editing';

const MEDIA = 'e'.repeat(64);

let open: HeadlessBody[] = [];
afterEach(() => {
  for (const b of open) b.dispose();
  open = [];
});

function photoBody(caption = '', altText = '', state?: Record<string, string>): Body {
  const body = bodyFromParagraphs(['Before', '', 'After']);
  const image: SerializedBlock = { type: 'image', version: 1, mediaId: MEDIA, caption, altText, ...(state ? { $: state } : {}) };
  body.root.children[1] = image;
  return body;
}

function headless(body: Body, options: { now?: () => number; originalBlocks?: () => readonly BlockInfo[] | null } = {}): HeadlessBody {
  const b = createHeadlessBody({ body, ...options });
  open.push(b);
  return b;
}

function photoKey(editor: LexicalEditor): NodeKey {
  return editor.getEditorState().read(() => $block(1).getKey());
}

/** Types `text` into a photo's field one character at a time, as the textbox's change events do. */
function typeInto(b: HeadlessBody, field: 'caption' | 'altText', start: string, text: string, now: () => number, tick = () => {}): void {
  let value = start;
  for (const ch of text) {
    value += ch;
    tick();
    setImageText(b.editor, photoKey(b.editor), field, value, { now, discrete: true });
  }
}

describe('typing in a photo’s caption and alt text', () => {
  it('updates the node, so the body saves it, and keeps the schema', () => {
    const clock = 0;
    const b = headless(photoBody());
    const tags: Array<Set<string>> = [];
    const off = b.editor.registerUpdateListener((update) => tags.push(update.tags));
    typeInto(b, 'caption', '', 'Министры', () => clock);
    typeInto(b, 'altText', '', 'Two men', () => clock);
    off();
    expect(readBlocks(b.editor)[1]?.text).toBe('Министры');
    const json = BodySchema.parse(b.editor.getEditorState().toJSON());
    expect(json.root.children[1]).toMatchObject({ type: 'image', caption: 'Министры', altText: 'Two men' });
    // Every keystroke is an edit to save, merged into its undo step or not.
    expect(tags.every((t) => t.has(IMAGE_TEXT_TAG))).toBe(true);
    expect(tags.filter((t) => t.has(HISTORY_MERGE_TAG)).length).toBeGreaterThan(0);
  });

  it('joins a run of typing in one field into one undo step, and undo brings the text back', () => {
    let clock = 1_000;
    const b = headless(photoBody('Old'), { now: () => clock });
    const now = () => clock;
    typeInto(b, 'caption', 'Old', ' one', now, () => (clock += 50));
    clock += UNDO_GROUP_MS * 2;
    typeInto(b, 'caption', 'Old one', ' two', now, () => (clock += 50));
    typeInto(b, 'altText', '', 'alt', now, () => (clock += 50));
    expect(b.history.undoStack).toHaveLength(3);
    const historic: string[] = [];
    const off = b.editor.registerUpdateListener(({ tags }) => {
      if (tags.has(HISTORIC_TAG)) historic.push('undo');
    });
    run(b.editor, UNDO_COMMAND, undefined);
    expect(readBlocks(b.editor)[1]?.text).toBe('Old one two');
    run(b.editor, UNDO_COMMAND, undefined);
    expect(readBlocks(b.editor)[1]?.text).toBe('Old one');
    run(b.editor, UNDO_COMMAND, undefined);
    expect(readBlocks(b.editor)[1]?.text).toBe('Old');
    run(b.editor, REDO_COMMAND, undefined);
    expect(readBlocks(b.editor)[1]?.text).toBe('Old one');
    off();
    // The photo's view puts the node's text back into its boxes on these updates.
    expect(historic.length).toBeGreaterThan(0);
  });

  it('links a photo in a translation to the original block beside it once its caption has words', () => {
    const original = photoBody('Original caption', 'alt', { id: 'origphoto001' });
    original.root.children[0] = { ...(original.root.children[0] as SerializedBlock), $: { id: 'origpara0001' } };
    const originals = blocksOf(original);
    const b = headless(photoBody('', '', { id: 'tranphoto001' }), { originalBlocks: () => originals });
    expect(readBlocks(b.editor)[1]?.link.src).toBe('');
    typeInto(b, 'caption', '', 'Подпись', () => 0);
    expect(readBlocks(b.editor)[1]?.link).toEqual(linkTo(originals[1] as BlockInfo));
  });
});

/** An element as far as the isolation cares: an event target with a tag name. */
class FakeElement extends EventTarget {
  constructor(readonly tagName: string) {
    super();
  }
}

describe('events in a photo’s controls', () => {
  it('are marked handled for Lexical but still reach the listeners above (React’s)', () => {
    const figure = new FakeElement('FIGURE');
    const input = new FakeElement('INPUT');
    const off = isolateControlEvents(figure);
    const seen: Array<{ type: string; lexical: boolean }> = [];
    // Events bubble from the input to the figure; a test EventTarget has no tree, so the
    // figure's listener is called with the input as the target.
    for (const type of CONTROL_EVENTS) {
      const event = new Event(type, { bubbles: true });
      Object.defineProperty(event, 'target', { value: input });
      figure.dispatchEvent(event);
      seen.push({ type, lexical: (event as Event & { _lexicalHandled?: boolean })._lexicalHandled === true });
    }
    expect(seen.every((s) => s.lexical)).toBe(true);
    // Events on the photo itself (not a control) are Lexical's: a click there selects the photo.
    const click = new Event('click');
    figure.dispatchEvent(click);
    expect((click as Event & { _lexicalHandled?: boolean })._lexicalHandled).toBeUndefined();
    off();
    const after = new Event('keydown');
    Object.defineProperty(after, 'target', { value: input });
    figure.dispatchEvent(after);
    expect((after as Event & { _lexicalHandled?: boolean })._lexicalHandled).toBeUndefined();
  });

  it('leaves files dragged onto a control to the body, which adds them as photos', () => {
    const figure = new FakeElement('FIGURE');
    const off = isolateControlEvents(figure);
    const drop = new Event('drop');
    Object.defineProperty(drop, 'target', { value: new FakeElement('INPUT') });
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'] } });
    figure.dispatchEvent(drop);
    expect((drop as Event & { _lexicalHandled?: boolean })._lexicalHandled).toBeUndefined();
    off();
  });

  it('knows the controls and the history keys', () => {
    expect(isControl(new FakeElement('input'))).toBe(true);
    expect(isControl(new FakeElement('BUTTON'))).toBe(true);
    expect(isControl(new FakeElement('IMG'))).toBe(false);
    expect(isControl(null)).toBe(false);
    const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
    expect(historyKey(key('z', { ctrlKey: true }))).toBe('undo');
    expect(historyKey(key('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(historyKey(key('y', { ctrlKey: true }))).toBe('redo');
    expect(historyKey(key('z'))).toBeNull();
    expect(historyKey(key('b', { ctrlKey: true }))).toBeNull();
  });
});
