import { describe, expect, it } from 'vitest';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTabNode,
  $createTextNode,
  $getRoot,
  $setState,
  createEditor,
  createState,
  type LexicalEditor,
} from 'lexical';
import { $createHeadingNode, $createQuoteNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $createListItemNode, $createListNode, ListItemNode, ListNode } from '@lexical/list';
import { $createLinkNode, LinkNode } from '@lexical/link';
import { LIMITS } from '../domain/limits';
import { BLOCK_STATE } from './blocks';
import { bodyToHtml } from './html';
import { BodySchema, NODE_TYPES } from './nodes';
import { typesIn } from './testing';

function headlessEditor(): LexicalEditor {
  return createEditor({
    namespace: 'nodes-test',
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode],
    onError: (error) => {
      throw error;
    },
  });
}

const idState = createState(BLOCK_STATE.id, { parse: (v) => (typeof v === 'string' ? v : '') });
const srcState = createState(BLOCK_STATE.src, { parse: (v) => (typeof v === 'string' ? v : '') });
const srcHashState = createState(BLOCK_STATE.srcHash, { parse: (v) => (typeof v === 'string' ? v : '') });
const srcTextState = createState(BLOCK_STATE.srcText, { parse: (v) => (typeof v === 'string' ? v : '') });

/** The JSON Lexical itself saves for a body holding every node type the schema allows. */
function lexicalBody(): unknown {
  const editor = headlessEditor();
  editor.update(
    () => {
      const root = $getRoot();

      const intro = $createParagraphNode();
      $setState(intro, idState, 'AbCdEf012345');
      const link = $createLinkNode('https://example.com/report', { title: 'The report', target: '_blank', rel: 'noopener' });
      link.append($createTextNode('the report'));
      intro.append(
        $createTextNode('Plain, '),
        $createTextNode('bold').toggleFormat('bold'),
        $createTextNode(' and ').toggleFormat('italic'),
        $createTextNode('every format')
          .toggleFormat('bold')
          .toggleFormat('italic')
          .toggleFormat('underline')
          .toggleFormat('strikethrough')
          .toggleFormat('code')
          .toggleFormat('highlight'),
        $createTextNode('x').toggleFormat('superscript'),
        $createLineBreakNode(),
        $createTabNode(),
        $createTextNode('see '),
        link,
      );
      intro.setFormat('center');
      intro.setIndent(1);

      const translated = $createParagraphNode();
      $setState(translated, idState, 'ZyXwVu987654');
      $setState(translated, srcState, 'AbCdEf012345');
      $setState(translated, srcHashState, '1yjebf1307k');
      $setState(translated, srcTextState, 'The text it was translated from.');
      translated.append($createTextNode('Translated.'));

      const h2 = $createHeadingNode('h2');
      h2.append($createTextNode('A heading'));
      const h3 = $createHeadingNode('h3');
      h3.append($createTextNode('A subheading'));
      $setState(h3, idState, 'h3h3h3h3h3h3');

      const quote = $createQuoteNode();
      quote.append($createTextNode('Quoted words'), $createLineBreakNode(), $createTextNode('said someone.'));

      const bullets = $createListNode('bullet');
      const first = $createListItemNode();
      first.append($createTextNode('first'));
      const nestedHolder = $createListItemNode();
      const nested = $createListNode('number', 4);
      const inner = $createListItemNode();
      const innerLink = $createLinkNode('mailto:desk@example.com');
      innerLink.append($createTextNode('write to us'));
      inner.append($createTextNode('inner '), innerLink);
      const deeperHolder = $createListItemNode();
      const deeper = $createListNode('bullet');
      const deepest = $createListItemNode();
      deepest.append($createTextNode('deepest'));
      deeper.append(deepest);
      deeperHolder.append(deeper);
      nested.append(inner, deeperHolder);
      nestedHolder.append(nested);
      const last = $createListItemNode();
      last.append($createTextNode('last'));
      bullets.append(first, nestedHolder, last);
      $setState(bullets, idState, 'list00000000');

      root.append(intro, translated, h2, h3, quote, bullets, $createParagraphNode());
    },
    { discrete: true },
  );
  const json = editor.getEditorState().toJSON();
  // The image node lives with the renderer (renderer/editor/image/ImageNode.tsx), which
  // shared code does not import; its test proves it saves exactly this shape.
  json.root.children.splice(6, 0, {
    type: 'image',
    version: 1,
    mediaId: 'c0ffee'.padEnd(64, '0'),
    caption: 'Министры иностранных дел',
    altText: 'Two ministers at a table',
    $: { id: 'img000000000' },
  } as unknown as (typeof json.root.children)[number]);
  return json;
}


type Json = Record<string, unknown> & { children: Json[] };

function clone(value: unknown): { root: Json } {
  return JSON.parse(JSON.stringify(value)) as { root: Json };
}

function child(node: Json, index: number): Json {
  const found = node.children[index];
  if (!found) throw new Error(`no child ${index}`);
  return found;
}

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (children: unknown[]) => ({ type: 'paragraph', version: 1, children, direction: null, format: '', indent: 0 });
const root = (children: unknown[]) => ({ root: { type: 'root', version: 1, children, direction: null, format: '', indent: 0 } });

/** A list nested `depth` levels: list → item → list → item … */
function nestedList(depth: number): unknown {
  let node: unknown = { type: 'listitem', version: 1, value: 1, children: [text('bottom')], direction: null, format: '', indent: 0 };
  for (let level = 0; level < depth; level++) {
    const list = { type: 'list', version: 1, listType: 'bullet', start: 1, tag: 'ul', children: [node], direction: null, format: '', indent: 0 };
    node = level === depth - 1 ? list : { type: 'listitem', version: 1, value: 1, children: [list], direction: null, format: '', indent: 0 };
  }
  return root([node]);
}

describe('BodySchema and the JSON Lexical saves', () => {
  const json = lexicalBody();

  it('the sample holds every node type and the block state', () => {
    expect([...typesIn(json)].sort()).toEqual([...NODE_TYPES].sort());
    const body = clone(json);
    expect(child(body.root, 0).$).toEqual({ id: 'AbCdEf012345' });
    expect(child(body.root, 1).$).toEqual({ id: 'ZyXwVu987654', src: 'AbCdEf012345', srcHash: '1yjebf1307k', srcText: 'The text it was translated from.' });
  });

  it('accepts it unchanged', () => {
    const result = BodySchema.safeParse(json);
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual(json);
  });

  it('accepts what Lexical reads back and saves again', () => {
    // Without the image, whose node this editor does not register (ImageNode.test.ts reads it back).
    const withoutImage = clone(json);
    withoutImage.root.children = withoutImage.root.children.filter((block) => block.type !== 'image');
    const editor = headlessEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(withoutImage)));
    const again = editor.getEditorState().toJSON();
    expect(again).toEqual(withoutImage);
    expect(BodySchema.safeParse(again).success).toBe(true);
  });

  it('accepts an empty editor', () => {
    const editor = headlessEditor();
    editor.update(() => $getRoot().append($createParagraphNode()), { discrete: true });
    expect(BodySchema.safeParse(editor.getEditorState().toJSON()).success).toBe(true);
  });
});

describe('BodySchema refuses', () => {
  const json = lexicalBody();

  it('a node type it does not know, as a block or inline', () => {
    const block = clone(json);
    block.root.children.push({ type: 'image', version: 1, src: 'x.png', children: [] });
    expect(BodySchema.safeParse(block).success).toBe(false);

    const inline = clone(json);
    child(inline.root, 0).children.push({ type: 'mention', version: 1, text: '@x', children: [] });
    expect(BodySchema.safeParse(inline).success).toBe(false);

    const html = clone(json);
    html.root.children.push({ type: 'html', version: 1, html: '<script>alert(1)</script>', children: [] });
    expect(BodySchema.safeParse(html).success).toBe(false);
  });

  it('a node where its parent may not hold it', () => {
    expect(BodySchema.safeParse(root([text('bare text at the top')])).success).toBe(false);
    const linkInLink = { type: 'link', version: 1, url: 'https://a.example', children: [], direction: null, format: '', indent: 0 };
    expect(BodySchema.safeParse(root([paragraph([{ ...linkInLink, children: [linkInLink] }])])).success).toBe(false);
    expect(BodySchema.safeParse(root([{ type: 'quote', version: 1, children: [paragraph([])], direction: null, format: '', indent: 0 }])).success).toBe(false);
    expect(BodySchema.safeParse(root([paragraph([paragraph([])])])).success).toBe(false);
  });

  it('unknown keys, at every level', () => {
    const top = { ...clone(json), extra: true };
    expect(BodySchema.safeParse(top).success).toBe(false);

    const onRoot = clone(json);
    onRoot.root.onload = 'alert(1)';
    expect(BodySchema.safeParse(onRoot).success).toBe(false);

    const onBlock = clone(json);
    child(onBlock.root, 0).onclick = 'alert(1)';
    expect(BodySchema.safeParse(onBlock).success).toBe(false);

    const onText = clone(json);
    child(child(onText.root, 0), 0).html = '<b>x</b>';
    expect(BodySchema.safeParse(onText).success).toBe(false);

    const onNestedItem = clone(json);
    child(child(child(child(onNestedItem.root, 5), 1), 0), 0).className = 'x';
    expect(BodySchema.safeParse(onNestedItem).success).toBe(false);
  });

  it('headings other than h2 and h3', () => {
    for (const tag of ['h1', 'h4', 'h5', 'h6', 'p', 'script']) {
      const body = clone(json);
      child(body.root, 2).tag = tag;
      expect(BodySchema.safeParse(body).success, tag).toBe(false);
    }
  });

  it('a list nested too deeply, without exhausting the stack', () => {
    expect(BodySchema.safeParse(nestedList(8)).success).toBe(true);
    const deep = BodySchema.safeParse(nestedList(100));
    expect(deep.success).toBe(false);
    expect(deep.error?.issues[0]?.message).toBe('the body nests too deeply');
    expect(BodySchema.safeParse(nestedList(10_000)).success).toBe(false);
  });

  it('oversize text and addresses', () => {
    expect(BodySchema.safeParse(root([paragraph([text('a'.repeat(LIMITS.textNode))])])).success).toBe(true);
    expect(BodySchema.safeParse(root([paragraph([text('a'.repeat(LIMITS.textNode + 1))])])).success).toBe(false);
    const link = (url: string) => ({ type: 'link', version: 1, url, children: [text('x')], direction: null, format: '', indent: 0 });
    expect(BodySchema.safeParse(root([paragraph([link('https://example.com/' + 'a'.repeat(LIMITS.url))])])).success).toBe(false);
    const style = clone(json);
    child(child(style.root, 0), 0).style = 'x'.repeat(1_001);
    expect(BodySchema.safeParse(style).success).toBe(false);
  });

  it('values of the wrong kind', () => {
    const cases: Array<(body: { root: Json }) => void> = [
      (b) => (child(b.root, 0).version = 2),
      (b) => (child(b.root, 0).format = 'middle'),
      (b) => (child(b.root, 0).direction = 'up'),
      (b) => (child(child(b.root, 0), 0).format = -1),
      (b) => (child(child(b.root, 0), 0).text = 42),
      (b) => (child(b.root, 5).listType = 'check'),
      (b) => (child(b.root, 0).$ = { id: { nested: 'object' } }),
    ];
    for (const change of cases) {
      const body = clone(json);
      change(body);
      expect(BodySchema.safeParse(body).success, change.toString()).toBe(false);
    }
    for (const value of [null, undefined, 'text', 42, [], {}, { root: null }]) expect(BodySchema.safeParse(value).success).toBe(false);
  });
});

describe('the JSON Lexical saves, rendered', () => {
  it('becomes the expected HTML, without ids, alignment, indentation or the empty last paragraph', () => {
    const parsed = BodySchema.parse(lexicalBody());
    expect(bodyToHtml(parsed).split('\n')).toEqual([
      '<p>Plain, <strong>bold</strong><em> and </em><strong><em>every format</em></strong>x<br>\tsee <a href="https://example.com/report" rel="noopener noreferrer">the report</a></p>',
      '<p>Translated.</p>',
      '<h2>A heading</h2>',
      '<h3>A subheading</h3>',
      '<blockquote><p>Quoted words<br>said someone.</p></blockquote>',
      '<ul><li>first<ol start="4"><li>inner <a href="mailto:desk@example.com" rel="noopener noreferrer">write to us</a><ul><li>deepest</li></ul></li></ol></li><li>last</li></ul>',
    ]);
  });
});
