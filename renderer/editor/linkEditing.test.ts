import { $getRoot, $getSelection, $isElementNode, $isRangeSelection } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { BodySchema } from '../../shared/editor/nodes';
import { bodyFromParagraphs } from '../../shared/editor/text';
import { createHeadlessBody, type HeadlessBody } from './headlessEditor';
import { $linkTarget, applyLink, removeLink, type LinkTarget } from './linkEditing';
import { $caretIn, change } from './testBodies';

let b: HeadlessBody;
afterEach(() => b.dispose());

function inlines() {
  const json = BodySchema.parse(b.editor.getEditorState().toJSON());
  return json.root.children[0]?.type === 'paragraph' ? json.root.children[0].children : [];
}

function target(): LinkTarget {
  return b.editor.getEditorState().read($linkTarget);
}

function select(from: number, to: number): void {
  change(b.editor, () => {
    $caretIn(0, from);
    const selection = $getSelection();
    if ($isRangeSelection(selection)) selection.focus.set(selection.anchor.key, to, 'text');
  });
}

describe('link editing', () => {
  it('links the selected words to a normalized address, changes it, and removes it', () => {
    b = createHeadlessBody({ body: bodyFromParagraphs(['Read the report today']) });
    select(9, 15);
    expect(target()).toMatchObject({ url: '', onLink: false });
    applyLink(b.editor, target(), 'https://example.com/report');
    change(b.editor, () => {});
    expect(inlines().map((n) => n.type)).toEqual(['text', 'link', 'text']);
    expect(inlines()[1]).toMatchObject({ url: 'https://example.com/report', rel: null, target: null });

    change(b.editor, () => {
      const paragraph = $getRoot().getFirstChild();
      if ($isElementNode(paragraph)) paragraph.getChildAtIndex(1)?.selectStart();
    });
    expect(target()).toMatchObject({ url: 'https://example.com/report', onLink: true });
    applyLink(b.editor, target(), 'https://example.org/');
    change(b.editor, () => {});
    expect(inlines()[1]).toMatchObject({ type: 'link', url: 'https://example.org/' });

    removeLink(b.editor, target());
    change(b.editor, () => {});
    expect(inlines().map((n) => n.type)).toEqual(['text']);
    expect(inlines()[0]).toMatchObject({ text: 'Read the report today' });
  });

  it('inserts the address as linked text when nothing is selected', () => {
    b = createHeadlessBody({ body: bodyFromParagraphs(['Write to ']) });
    change(b.editor, () => $caretIn(0, 9));
    applyLink(b.editor, target(), 'mailto:desk@example.com');
    change(b.editor, () => {});
    expect(inlines()[1]).toMatchObject({ type: 'link', url: 'mailto:desk@example.com', children: [{ text: 'desk@example.com' }] });
  });

  it('refuses an address the body may not hold, even through the command', () => {
    b = createHeadlessBody({ body: bodyFromParagraphs(['Click here']) });
    select(0, 5);
    applyLink(b.editor, target(), 'javascript:alert(1)');
    change(b.editor, () => {});
    expect(inlines().map((n) => n.type)).toEqual(['text']);
  });
});
