import { describe, expect, it } from 'vitest';
import { BLOCK_STATE, blocksOf } from '../../../../shared/editor/blocks';
import { bodyToHtml } from '../../../../shared/editor/html';
import { BodySchema, type SerializedBlock } from '../../../../shared/editor/nodes';
import { translationHealth } from '../../../../shared/editor/alignment';
import { linkByPosition } from './align';
import { BodyProblem, markdownToBody } from './body';

function blocks(markdown: string): SerializedBlock[] {
  const { body } = markdownToBody(markdown);
  expect(BodySchema.safeParse(body).success).toBe(true);
  return body.root.children;
}

/** A block without its random id, for comparing shapes. */
function shape(block: SerializedBlock | undefined): unknown {
  if (block === undefined) return undefined;
  const { $, ...rest } = block as SerializedBlock & { $?: unknown };
  void $;
  return rest;
}

const text = (t: string, format = 0) => ({ type: 'text', version: 1, text: t, format, detail: 0, mode: 'normal', style: '' });
const element = { direction: null, format: '', indent: 0 };

describe('Markdown bodies', () => {
  it('makes paragraphs, each block with its own id, soft line breaks as spaces', () => {
    const out = blocks('First line\nsame paragraph.\n\nSecond paragraph.');
    expect(out.map(shape)).toEqual([
      { type: 'paragraph', version: 1, children: [text('First line same paragraph.')], ...element },
      { type: 'paragraph', version: 1, children: [text('Second paragraph.')], ...element },
    ]);
    const ids = out.map((b) => b.$?.[BLOCK_STATE.id]);
    expect(ids.every((id) => typeof id === 'string' && id.length === 12)).toBe(true);
    expect(new Set(ids).size).toBe(2);
  });

  it('makes # and ## into h2, ### and deeper into h3', () => {
    const out = blocks('# One\n\n## Two\n\n### Three\n\n#### Four');
    expect(out.map((b) => (b.type === 'heading' ? b.tag : b.type))).toEqual(['h2', 'h2', 'h3', 'h3']);
    expect(shape(out[0])).toEqual({ type: 'heading', version: 1, tag: 'h2', children: [text('One')], ...element });
  });

  it('makes bold, italic and both into format bits; inline code into plain text', () => {
    const [p] = blocks('Plain **bold** *italic* ***both*** _also italic_ `code()` end');
    expect(p?.type === 'paragraph' && p.children).toEqual([
      text('Plain '),
      text('bold', 1),
      text(' '),
      text('italic', 2),
      text(' '),
      text('both', 3),
      text(' '),
      text('also italic', 2),
      text(' code() end'),
    ]);
  });

  it('makes a hard break into a line break', () => {
    const [p] = blocks('One  \nTwo\\\nThree');
    expect(p?.type === 'paragraph' && p.children).toEqual([text('One'), { type: 'linebreak', version: 1 }, text('Two'), { type: 'linebreak', version: 1 }, text('Three')]);
  });

  it('makes a quote of its paragraphs, joined by line breaks', () => {
    const [q] = blocks('> «Всё, что летом продаётся за неделю»,\n> — сказал он.\n>\n> Second *part*.');
    expect(shape(q)).toEqual({
      type: 'quote',
      version: 1,
      children: [text('«Всё, что летом продаётся за неделю», — сказал он.'), { type: 'linebreak', version: 1 }, text('Second '), text('part', 2), text('.')],
      ...element,
    });
  });

  it('keeps links the editor allows, with their formatted text; others become their text', () => {
    const [p] = blocks(
      'See [the *agency*](https://example.org/a "Agency") and [mail](mailto:desk@example.org), ' +
        'not [this](javascript:alert(1)) nor [that](/relative/page). [Ref][r] too.\n\n[r]: https://example.org/ref',
    );
    if (p?.type !== 'paragraph') throw new Error('no paragraph');
    const links = p.children.filter((c) => c.type === 'link');
    expect(links).toEqual([
      { type: 'link', version: 1, url: 'https://example.org/a', rel: null, target: null, title: 'Agency', children: [text('the '), text('agency', 2)], ...element },
      { type: 'link', version: 1, url: 'mailto:desk@example.org', rel: null, target: null, title: null, children: [text('mail')], ...element },
      { type: 'link', version: 1, url: 'https://example.org/ref', rel: null, target: null, title: null, children: [text('Ref')], ...element },
    ]);
    expect(p.children.filter((c) => c.type === 'text').map((c) => (c.type === 'text' ? c.text : ''))).toContain(', not this nor that. ');
    expect(markdownToBody('[x](javascript:alert(1)) [y](/a)').losses.link).toBe(2);
  });

  it('makes bulleted and numbered lists, nested as the editor nests them', () => {
    const [list] = blocks('3. first\n4. second\n   - inner *one*\n   - inner two\n5. third');
    expect(shape(list)).toEqual({
      type: 'list',
      version: 1,
      listType: 'number',
      start: 3,
      tag: 'ol',
      ...element,
      children: [
        { type: 'listitem', version: 1, value: 3, children: [text('first')], direction: null, format: '', indent: 0 },
        { type: 'listitem', version: 1, value: 4, children: [text('second')], direction: null, format: '', indent: 0 },
        {
          type: 'listitem',
          version: 1,
          value: 5,
          direction: null,
          format: '',
          indent: 0,
          children: [
            {
              type: 'list',
              version: 1,
              listType: 'bullet',
              start: 1,
              tag: 'ul',
              ...element,
              children: [
                { type: 'listitem', version: 1, value: 1, children: [text('inner '), text('one', 2)], direction: null, format: '', indent: 1 },
                { type: 'listitem', version: 1, value: 2, children: [text('inner two')], direction: null, format: '', indent: 1 },
              ],
            },
          ],
        },
        { type: 'listitem', version: 1, value: 5, children: [text('third')], direction: null, format: '', indent: 0 },
      ],
    });
    const html = bodyToHtml(markdownToBody('- a\n  - b\n- c').body);
    expect(html).toBe('<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>');
  });

  it('leaves out images, HTML and rules, keeps code blocks as text, and counts each', () => {
    const { body, losses } = markdownToBody(
      'Text ![photo](a.jpg) <span>kept</span> words.\n\n![alone](b.png)\n\n<div>block html</div>\n\n---\n\n```js\nconst a = 1;\nconst b = 2;\n```\n\n***',
    );
    expect(losses).toEqual({ image: 2, html: 3, code: 1, rule: 2, link: 0, other: 0 });
    const out = body.root.children;
    expect(out.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    expect(out[0]?.type === 'paragraph' && out[0].children).toEqual([text('Text kept words.')]);
    expect(out[1]?.type === 'paragraph' && out[1].children).toEqual([text('const a = 1;'), { type: 'linebreak', version: 1 }, text('const b = 2;')]);
  });

  it('refuses lists nested deeper than a body holds, naming the line', () => {
    const deep = Array.from({ length: 17 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    const error = (() => {
      try {
        markdownToBody(`Intro\n\n${deep}`);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(BodyProblem);
    expect((error as BodyProblem).line).toBe(19);
    // Up to the limit is fine.
    const ok = Array.from({ length: 16 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    expect(BodySchema.safeParse(markdownToBody(ok).body).success).toBe(true);
  });

  it('links a translation block by block when the shapes match, so it is current', () => {
    const original = markdownToBody('## Заголовок\n\nПервый абзац.\n\n> Цитата\n\n- один\n- два').body;
    const translated = markdownToBody('## Heading\n\nFirst paragraph.\n\n> Quote\n\n- one\n- two').body;
    const linked = linkByPosition(original, translated);
    expect(linked).not.toBeNull();
    expect(translationHealth(blocksOf(original), blocksOf(linked!))).toEqual({ stale: 0, missing: 0 });
    expect(linked!.root.children[1]?.$).toMatchObject({ src: original.root.children[1]?.$?.id, srcText: 'Первый абзац.' });
    // Different shapes: nothing is linked.
    expect(linkByPosition(original, markdownToBody('First paragraph.\n\n## Heading').body)).toBeNull();
  });
});
