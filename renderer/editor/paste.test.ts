import { PASTE_COMMAND } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { BodySchema } from '../../shared/editor/nodes';
import { bodyFromParagraphs } from '../../shared/editor/text';
import { createHeadlessBody, type HeadlessBody } from './headlessEditor';
import { plainTextOnly, plainTextParagraphs, plainTextToSplit } from './paste';
import { $caretIn, change, readBlocks, run } from './testBodies';

/** A paste event as the browser hands it over, with these clipboard entries. */
function pasteEvent(data: Record<string, string>): ClipboardEvent {
  const clipboardData = { types: Object.keys(data), getData: (type: string) => data[type] ?? '' };
  return { clipboardData, preventDefault() {} } as unknown as ClipboardEvent;
}

let b: HeadlessBody | null = null;
afterEach(() => {
  b?.dispose();
  b = null;
});

describe('plain-text paste', () => {
  it('splits paragraphs on blank lines and keeps single line breaks as line breaks', () => {
    expect(plainTextParagraphs('A\nB\n\nC\r\n\r\n\r\nD\n  \t\nE')).toEqual([['A', 'B'], ['C'], ['D'], ['E']]);
    expect(plainTextParagraphs('\n\nOnly\n\n')).toEqual([['Only']]);
    expect(plainTextParagraphs('  \n\n ')).toEqual([]);
  });

  it('takes over only plain-text clipboards with line breaks', () => {
    expect(plainTextToSplit(pasteEvent({ 'text/plain': 'a\n\nb' }))).toBe('a\n\nb');
    expect(plainTextToSplit(pasteEvent({ 'text/plain': 'one line' }))).toBeNull();
    expect(plainTextToSplit(pasteEvent({ 'text/plain': 'a\n\nb', 'text/html': '<p>a</p><p>b</p>' }))).toBeNull();
    expect(plainTextOnly(pasteEvent({ 'text/plain': 'a', 'application/x-lexical-editor': '{}' }).clipboardData)).toBeNull();
  });

  it('pastes paragraphs and line breaks into the body, each new block with its own id', () => {
    b = createHeadlessBody({ body: bodyFromParagraphs(['Hello world']) });
    const editor = b.editor;
    const [before] = readBlocks(editor);
    change(editor, () => $caretIn(0, 5));
    run(editor, PASTE_COMMAND, pasteEvent({ 'text/plain': ' one\ntwo\n\nthree\n\n\nfour ' }));
    const blocks = readBlocks(editor);
    expect(blocks.map((x) => x.text)).toEqual(['Hello one\ntwo', 'three', 'four  world']);
    expect(blocks[0]?.id).toBe(before?.id);
    expect(new Set(blocks.map((x) => x.id)).size).toBe(3);
    const json = BodySchema.parse(editor.getEditorState().toJSON());
    const first = json.root.children[0];
    expect(first?.type === 'paragraph' ? first.children.map((c) => c.type) : []).toEqual(['text', 'linebreak', 'text']);
    // The paste is an undo step of its own.
    expect(b.history.undoStack).toHaveLength(1);
  });
});
