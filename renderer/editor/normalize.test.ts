import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, FORMAT_ELEMENT_COMMAND, FORMAT_TEXT_COMMAND } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { BodySchema } from '../../shared/editor/nodes';
import { bodyFromParagraphs } from '../../shared/editor/text';
import { createHeadlessBody, type HeadlessBody } from './headlessEditor';
import { $caretIn, change, run } from './testBodies';

let b: HeadlessBody;
afterEach(() => b.dispose());

function json() {
  return b.editor.getEditorState().toJSON() as unknown as { root: { children: Array<Record<string, unknown> & { children: Array<Record<string, unknown>> }> } };
}

describe('normalize', () => {
  it('keeps headings at h2 and h3', () => {
    b = createHeadlessBody();
    change(b.editor, () => {
      $getRoot().clear();
      for (const tag of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const) $getRoot().append($createHeadingNode(tag).append($createTextNode(tag)));
    });
    expect(json().root.children.map((h) => h.tag)).toEqual(['h2', 'h2', 'h3', 'h3', 'h3', 'h3']);
  });

  it('keeps only bold and italic of text formats and drops inline styles', () => {
    b = createHeadlessBody();
    change(b.editor, () => {
      const text = $createTextNode('styled');
      text.setFormat(1 | 2 | 4 | 8 | 16 | 32); // bold, italic, strikethrough, underline, code, subscript
      text.setStyle('font-family: Calibri; color: red');
      $getRoot().clear().append($createParagraphNode().append(text));
    });
    const text = json().root.children[0]?.children[0];
    expect(text).toMatchObject({ format: 3, style: '' });
  });

  it('takes alignment and indentation off paragraphs, headings and quotes', () => {
    b = createHeadlessBody();
    change(b.editor, () => {
      const paragraph = $createParagraphNode().append($createTextNode('centred'));
      paragraph.setFormat('center');
      paragraph.setIndent(2);
      paragraph.setTextStyle('color: red');
      paragraph.setTextFormat(8);
      const list = $createListNode('check').append($createListItemNode(true).append($createTextNode('item')));
      $getRoot().clear().append(paragraph, list);
    });
    const [paragraph, list] = json().root.children;
    expect(paragraph).toMatchObject({ format: '', indent: 0, textStyle: '', textFormat: 0 });
    expect(list).toMatchObject({ listType: 'bullet', tag: 'ul' });
    expect(list?.children[0]?.checked).toBeUndefined();
  });

  it('refuses underline and alignment at the command', () => {
    b = createHeadlessBody({ body: bodyFromParagraphs(['Some words']) });
    change(b.editor, () => {
      $caretIn(0, 0);
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.focus.set(selection.anchor.key, 4, 'text');
    });
    run(b.editor, FORMAT_TEXT_COMMAND, 'underline');
    run(b.editor, FORMAT_ELEMENT_COMMAND, 'center');
    expect(json().root.children[0]).toMatchObject({ format: '' });
    expect(json().root.children[0]?.children).toHaveLength(1);
    run(b.editor, FORMAT_TEXT_COMMAND, 'bold');
    expect(json().root.children[0]?.children[0]).toMatchObject({ text: 'Some', format: 1 });
  });

  it('turns a link to a refused address into its text and normalizes allowed ones', () => {
    b = createHeadlessBody();
    change(b.editor, () => {
      const bad = $createLinkNode('javascript:alert(1)').append($createTextNode('click'));
      const good = $createLinkNode('example.com/page', { target: '_blank', rel: 'nofollow', title: 'T' }).append($createTextNode('site'));
      $getRoot()
        .clear()
        .append($createParagraphNode().append($createTextNode('Go '), bad, $createTextNode(' or '), good));
    });
    const children = json().root.children[0]?.children ?? [];
    expect(children.map((c) => c.type)).toEqual(['text', 'link']);
    expect(children[0]).toMatchObject({ text: 'Go click or ' });
    expect(children[1]).toMatchObject({ url: 'https://example.com/page', target: null, rel: null, title: null });
  });

  it('cleans a body as it opens, into one the store accepts', () => {
    const saved = bodyFromParagraphs(['a', 'b']);
    const [first, second] = saved.root.children;
    if (!first || !second || first.type !== 'paragraph') throw new Error('two paragraphs');
    first.format = 'justify';
    first.indent = 3;
    first.children = [{ type: 'text', version: 1, text: 'a', format: 4 | 8, detail: 0, mode: 'normal', style: 'color: red' }];
    b = createHeadlessBody({ body: saved });
    const out = BodySchema.parse(json());
    expect(out.root.children[0]).toMatchObject({ format: '', indent: 0, children: [{ format: 0, style: '' }] });
  });
});
