import { $getSelection, $isRangeSelection, CAN_UNDO_COMMAND, COMMAND_PRIORITY_EDITOR, REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '../../shared/editor/text';
import { createHeadlessBody, type HeadlessBody } from './headlessEditor';
import { MAX_UNDO_STEPS, UNDO_GROUP_MS } from './history';
import { $caretIn, change, readBlocks, run } from './testBodies';

let b: HeadlessBody;
afterEach(() => b.dispose());

function typeAt(end: number, text: string): void {
  change(b.editor, () => {
    $caretIn(0, end);
    const selection = $getSelection();
    if ($isRangeSelection(selection)) selection.insertText(text);
  });
}

describe('capped history', () => {
  it('keeps at most MAX_UNDO_STEPS steps after 1,000 separate edits, and undo still works', () => {
    let clock = 0;
    b = createHeadlessBody({ body: bodyFromParagraphs(['']), now: () => clock });
    let text = '';
    for (let i = 0; i < 1_000; i++) {
      clock += UNDO_GROUP_MS * 2;
      typeAt(text.length, 'x');
      text += 'x';
    }
    expect(b.history.undoStack.length).toBeLessThanOrEqual(MAX_UNDO_STEPS);
    expect(b.history.undoStack.length).toBe(MAX_UNDO_STEPS);
    run(b.editor, UNDO_COMMAND, undefined);
    expect(readBlocks(b.editor)[0]?.text).toBe('x'.repeat(999));
    for (let i = 1; i < MAX_UNDO_STEPS; i++) run(b.editor, UNDO_COMMAND, undefined);
    expect(readBlocks(b.editor)[0]?.text).toBe('x'.repeat(1_000 - MAX_UNDO_STEPS));
    // Nothing older is kept.
    run(b.editor, UNDO_COMMAND, undefined);
    expect(readBlocks(b.editor)[0]?.text).toBe('x'.repeat(1_000 - MAX_UNDO_STEPS));
    run(b.editor, REDO_COMMAND, undefined);
    expect(readBlocks(b.editor)[0]?.text).toBe('x'.repeat(1_000 - MAX_UNDO_STEPS + 1));
  });

  it('groups quick typing into one step and tells when there is something to undo', () => {
    let clock = 0;
    b = createHeadlessBody({ body: bodyFromParagraphs(['Some ']), now: () => clock });
    const canUndo: boolean[] = [];
    b.editor.registerCommand(
      CAN_UNDO_COMMAND,
      (value) => {
        canUndo.push(value);
        return false;
      },
      COMMAND_PRIORITY_EDITOR,
    );
    change(b.editor, () => $caretIn(0, 5));
    for (const ch of 'word') {
      clock += 50;
      change(b.editor, () => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText(ch);
      });
    }
    expect(b.history.undoStack).toHaveLength(1);
    expect(canUndo.at(-1)).toBe(true);
    run(b.editor, UNDO_COMMAND, undefined);
    expect(readBlocks(b.editor)[0]?.text).toBe('Some ');
    expect(canUndo.at(-1)).toBe(false);
  });
});
