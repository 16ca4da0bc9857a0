import { $getSelection, $isNodeSelection, UNDO_COMMAND } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { alignBlocks } from '../../../shared/editor/alignment';
import { blocksOf, linkTo, type BlockInfo } from '../../../shared/editor/blocks';
import { BodySchema, type Body } from '../../../shared/editor/nodes';
import { bodyFromParagraphs } from '../../../shared/editor/text';
import { insertTranslationBlock } from '../blockOperations';
import { createHeadlessBody, type HeadlessBody } from '../headlessEditor';
import { readBlocks, run } from '../testBodies';
import { takeCaptionFocus } from './editing';
import { placedImageOf } from './placed';

const MEDIA = 'f'.repeat(64);

let open: Array<{ dispose(): void }> = [];
afterEach(() => {
  for (const b of open) b.dispose();
  open = [];
});

function headless(body: Body, originalBlocks?: () => readonly BlockInfo[] | null): HeadlessBody {
  const b = createHeadlessBody({ body, ...(originalBlocks ? { originalBlocks } : {}) });
  open.push(b);
  return b;
}

/** An original with a paragraph, a photo and a paragraph. */
function originalBody(): Body {
  const body = bodyFromParagraphs(['First.', '', 'Third.']);
  body.root.children[1] = { type: 'image', version: 1, mediaId: MEDIA, caption: 'Ministers met', altText: 'Two men', $: { id: 'origphoto001' } };
  return body;
}

function commit(b: HeadlessBody): void {
  b.editor.update(() => {}, { discrete: true });
}

describe('translating a photo of the original', () => {
  it('places the same photo, caption and alt text empty, linked to the original block, with the caption to write', () => {
    const original = originalBody();
    const originals = blocksOf(original);
    const photo = originals[1] as BlockInfo;
    const t = headless(bodyFromParagraphs(['Первый.'], [linkTo(originals[0] as BlockInfo)]), () => originals);
    const [first] = readBlocks(t.editor);
    insertTranslationBlock(t.editor, { ...photo, mediaId: MEDIA }, first?.id ?? null);
    commit(t);
    const blocks = readBlocks(t.editor);
    expect(blocks.map((x) => x.type)).toEqual(['paragraph', 'image']);
    expect(blocks[1]).toMatchObject({ text: '', link: linkTo(photo) });
    expect(blocks[1]?.id).not.toBe('');
    expect(blocks[1]?.id).not.toBe(photo.id);
    const json = BodySchema.parse(t.editor.getEditorState().toJSON());
    expect(json.root.children[1]).toMatchObject({ type: 'image', mediaId: MEDIA, caption: '', altText: '' });
    // The photo is selected, and its caption asked to take the caret once it is on screen.
    const key = t.editor.getEditorState().read(() => {
      const selection = $getSelection();
      expect($isNodeSelection(selection)).toBe(true);
      return $isNodeSelection(selection) ? selection.getNodes()[0]?.getKey() : undefined;
    });
    expect(key && takeCaptionFocus(t.editor, key)).toBe(true);
    expect(key && takeCaptionFocus(t.editor, key)).toBe(false);
    // Until the caption is written, the alignment still counts the photo as not translated.
    const rows = alignBlocks(originals, blocksOf(json));
    expect(rows.find((r) => r.original?.id === photo.id)?.state).toBe('missing');
    run(t.editor, UNDO_COMMAND, undefined);
    expect(readBlocks(t.editor).map((x) => x.type)).toEqual(['paragraph']);
  });

  it('asks the original’s editor which photo a block places: the aligned view passes it on', () => {
    const original = headless(originalBody());
    const originals = blocksOf(BodySchema.parse(original.editor.getEditorState().toJSON()));
    const t = headless(bodyFromParagraphs([]), () => originals);
    expect(placedImageOf(original.editor, 'origphoto001')).toBe(MEDIA);
    expect(placedImageOf(t.editor, 'origphoto001')).toBeNull();
    expect(placedImageOf(original.editor, originals[0]?.id ?? '')).toBeNull();
    expect(placedImageOf(original.editor, '')).toBeNull();
    insertTranslationBlock(t.editor, { ...(originals[1] as BlockInfo), mediaId: placedImageOf(original.editor, 'origphoto001') }, null);
    commit(t);
    expect(readBlocks(t.editor).map((x) => x.type)).toContain('image');
    // A paragraph of the original still opens a paragraph.
    insertTranslationBlock(t.editor, originals[0] as BlockInfo, null);
    commit(t);
    expect(readBlocks(t.editor)[0]).toMatchObject({ type: 'paragraph', link: linkTo(originals[0] as BlockInfo) });
  });
});
