import { $getSelection, $isRangeSelection, UNDO_COMMAND } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { blocksOf, linkTo, type BlockInfo } from '../../shared/editor/blocks';
import { bodyFromParagraphs } from '../../shared/editor/text';
import { createHeadlessBody, type HeadlessBody } from './headlessEditor';
import { $insertPlainText } from './paste';
import { $caretIn, change, readBlocks, run } from './testBodies';
import { ORIGINAL_BLOCKS_CHANGED } from './translationLinks';

const originals: BlockInfo[] = blocksOf(bodyFromParagraphs(['First original.', 'Second original.', 'Third original.']));
const [o1, o2] = originals as [BlockInfo, BlockInfo, BlockInfo];
const NONE = { src: '', srcHash: '', srcText: '' };

let open: HeadlessBody[] = [];
afterEach(() => {
  for (const b of open) b.dispose();
  open = [];
});

function translation(paragraphs: string[], links: Parameters<typeof bodyFromParagraphs>[1], source: () => readonly BlockInfo[] | null = () => originals): HeadlessBody {
  const b = createHeadlessBody({ body: bodyFromParagraphs(paragraphs, links), originalBlocks: source });
  open.push(b);
  return b;
}

function type(b: HeadlessBody, block: number, offset: number, text: string): void {
  change(b.editor, () => {
    $caretIn(block, offset);
    const selection = $getSelection();
    if ($isRangeSelection(selection)) selection.insertText(text);
  });
}

describe('translation links while typing', () => {
  it('links an empty block to the original block beside it once it has words', () => {
    const b = translation(['Первый.', ''], [linkTo(o1), null]);
    type(b, 1, 0, 'В');
    expect(readBlocks(b.editor)[1]).toMatchObject({ text: 'В', link: linkTo(o2) });
  });

  it('makes the link in the same undo step as the typing', () => {
    const b = translation(['Первый.', ''], [linkTo(o1), null]);
    type(b, 1, 0, 'Второй');
    run(b.editor, UNDO_COMMAND, undefined);
    expect(readBlocks(b.editor)[1]).toMatchObject({ text: '', link: NONE });
    expect(b.history.undoStack).toHaveLength(0);
  });

  it('links an unlinked pair (an import) when the translated block is edited, not when it opens', () => {
    const b = translation(['Первый.', 'Второй.'], [null, null]);
    expect(readBlocks(b.editor).map((x) => x.link)).toEqual([NONE, NONE]);
    type(b, 1, 7, ' Ещё.');
    expect(readBlocks(b.editor).map((x) => x.link)).toEqual([NONE, linkTo(o2)]);
  });

  it('links blocks typed before the original’s blocks were known, once they arrive, in no undo step of their own', () => {
    let known: readonly BlockInfo[] = [];
    const b = translation(['', ''], [null, null], () => known);
    type(b, 0, 0, 'Первый.');
    type(b, 1, 0, 'Второй.');
    expect(readBlocks(b.editor).map((x) => x.link)).toEqual([NONE, NONE]);
    const steps = b.history.undoStack.length;
    known = originals;
    const notify = () => b.editor.update(() => b.editor.dispatchCommand(ORIGINAL_BLOCKS_CHANGED, undefined), { discrete: true });
    notify();
    expect(readBlocks(b.editor).map((x) => x.link)).toEqual([linkTo(o1), linkTo(o2)]);
    expect(b.history.undoStack).toHaveLength(steps);
    // Nothing waits any more: a second notice changes nothing.
    notify();
    expect(readBlocks(b.editor).map((x) => x.link)).toEqual([linkTo(o1), linkTo(o2)]);
  });

  it('leaves linked blocks alone while typing', () => {
    const stale = { ...linkTo(o1), srcHash: 'old' };
    const b = translation(['Первый.'], [stale]);
    type(b, 0, 0, 'Ну, ');
    expect(readBlocks(b.editor)[0]?.link).toEqual(stale);
  });

  it('does nothing in the original itself', () => {
    const b = translation(['', 'x'], [null, null], () => null);
    type(b, 0, 0, 'Text');
    expect(readBlocks(b.editor).map((x) => x.link)).toEqual([NONE, NONE]);
  });

  it('leaves a block with no original beside it unlinked', () => {
    const b = translation(['Один.', 'Два.', 'Три.', ''], [linkTo(o1), linkTo(o2), { src: originals[2]?.id ?? '', srcHash: originals[2]?.hash ?? '', srcText: '' }, null]);
    type(b, 3, 0, 'Лишний абзац');
    expect(readBlocks(b.editor)[3]?.link).toEqual(NONE);
  });

  it('links every pasted paragraph to the original block beside it', () => {
    const b = translation([''], [null]);
    change(b.editor, () => {
      $caretIn(0, 0);
      $insertPlainText('Один.\n\nДва.\n\nТри.');
    });
    expect(readBlocks(b.editor).map((x) => x.link)).toEqual(originals.map(linkTo));
  });

  it('reads the latest original blocks', () => {
    let latest: readonly BlockInfo[] = [];
    const b = translation([''], [null], () => latest);
    type(b, 0, 0, 'a');
    expect(readBlocks(b.editor)[0]?.link).toEqual(NONE);
    latest = originals;
    type(b, 0, 1, 'b');
    expect(readBlocks(b.editor)[0]?.link).toEqual(linkTo(o1));
  });
});
