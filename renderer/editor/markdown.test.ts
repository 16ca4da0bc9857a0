import { registerMarkdownShortcuts } from '@lexical/markdown';
import { $getSelection, $isRangeSelection } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { BodySchema } from '../../shared/editor/nodes';
import { bodyFromParagraphs } from '../../shared/editor/text';
import { createHeadlessBody, type HeadlessBody } from './headlessEditor';
import { BODY_TRANSFORMERS } from './markdown';
import { $caretIn, change, readBlocks } from './testBodies';

const LINK = { src: 'orig', srcHash: 'h', srcText: 't' };

let b: HeadlessBody;
let stop: () => void;
afterEach(() => {
  stop();
  b.dispose();
});

function open(): HeadlessBody {
  b = createHeadlessBody({ body: bodyFromParagraphs(['', 'Other'], [LINK, null]) });
  stop = registerMarkdownShortcuts(b.editor, BODY_TRANSFORMERS);
  change(b.editor, () => $caretIn(0, 0));
  return b;
}

/** Types character by character, as a person does; the shortcuts react to the last one. */
async function type(text: string): Promise<void> {
  for (const ch of text) {
    change(b.editor, () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(ch);
    });
    await Promise.resolve();
    change(b.editor, () => {});
  }
}

function firstBlock(): Record<string, unknown> & { children: Array<Record<string, unknown>> } {
  const json = BodySchema.parse(b.editor.getEditorState().toJSON());
  return json.root.children[0] as unknown as Record<string, unknown> & { children: Array<Record<string, unknown>> };
}

describe('markdown shortcuts', () => {
  it.each([
    ['# ', 'heading', 'h2'],
    ['## ', 'heading', 'h2'],
    ['### ', 'heading', 'h3'],
  ])('%s makes a %s %s that keeps the block id and link', async (typed, type_, tag) => {
    open();
    const [before] = readBlocks(b.editor);
    await type(typed + 'Title');
    expect(firstBlock()).toMatchObject({ type: type_, tag });
    expect(readBlocks(b.editor)[0]).toMatchObject({ id: before?.id, link: LINK, text: 'Title' });
  });

  it('leaves #### as text', async () => {
    open();
    await type('#### x');
    expect(firstBlock()).toMatchObject({ type: 'paragraph' });
  });

  it.each([
    ['> ', { type: 'quote' }],
    ['- ', { type: 'list', listType: 'bullet' }],
    ['* ', { type: 'list', listType: 'bullet' }],
    ['1. ', { type: 'list', listType: 'number' }],
  ])('%s makes a block that keeps the id and link', async (typed, shape) => {
    open();
    const [before] = readBlocks(b.editor);
    await type(typed + 'Words');
    expect(firstBlock()).toMatchObject(shape);
    expect(readBlocks(b.editor)[0]).toMatchObject({ id: before?.id, link: LINK, text: 'Words' });
  });

  it('makes bold and italic, and nothing of strikethrough, code or highlight', async () => {
    open();
    await type('**bold** *it* _em_ ~~s~~ `c` ==h== ');
    const children = firstBlock().children;
    expect(children.filter((c) => c.format === 1).map((c) => c.text)).toEqual(['bold']);
    expect(children.filter((c) => c.format === 2).map((c) => c.text)).toEqual(['it', 'em']);
    expect(children.map((c) => c.text).join('')).toContain('~~s~~ `c` ==h==');
  });

  it('makes links only to allowed addresses', async () => {
    open();
    await type('[site](example.com) [bad](javascript:alert(1)) ');
    const children = firstBlock().children;
    const links = children.filter((c) => c.type === 'link');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ url: 'https://example.com/' });
    expect(children.map((c) => (c.type === 'link' ? '[link]' : c.text)).join('')).toContain('[bad](javascript:alert(1))');
  });
});
