import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { blockToHtml, bodyToHtml, escapeHtml, HTML_TAGS, type HtmlOptions, type ResolvedImage } from './html';
import {
  BodySchema,
  NODE_TYPES,
  type Body,
  type NodeType,
  type SerializedBlock,
  type SerializedInline,
  type SerializedLeaf,
  type SerializedLink,
  type SerializedList,
  type SerializedListItem,
} from './nodes';
import { bodyFromParagraphs } from './text';
import { typesIn } from './testing';

// Builders for serialized nodes, shaped as Lexical saves them.

type Element = { direction: 'ltr' | 'rtl' | null; format: ''; indent: number };
const element = (): Element => ({ direction: null, format: '', indent: 0 });

function text(value: string, format = 0, style = ''): SerializedLeaf {
  return { type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style };
}
const linebreak = (): SerializedLeaf => ({ type: 'linebreak', version: 1 });
const tab = (): SerializedLeaf => ({ type: 'tab', version: 1, text: '\t', format: 0, detail: 2, mode: 'normal', style: '' });

function link(url: string, children: SerializedLeaf[] = [text('site')], extra: Partial<SerializedLink> = {}): SerializedLink {
  return { type: 'link', version: 1, url, rel: null, target: null, title: null, children, ...element(), ...extra };
}
function paragraph(children: SerializedInline[], extra: Record<string, unknown> = {}): SerializedBlock {
  return { type: 'paragraph', version: 1, children, ...element(), textFormat: 0, textStyle: '', ...extra };
}
function heading(tag: 'h2' | 'h3', children: SerializedInline[]): SerializedBlock {
  return { type: 'heading', version: 1, tag, children, ...element() };
}
function quote(children: SerializedInline[]): SerializedBlock {
  return { type: 'quote', version: 1, children, ...element() };
}
function item(children: Array<SerializedInline | SerializedList>): SerializedListItem {
  return { type: 'listitem', version: 1, value: 1, children, ...element() };
}
function list(listType: 'bullet' | 'number', items: SerializedListItem[], start = 1): SerializedList {
  return { type: 'list', version: 1, listType, start, tag: listType === 'number' ? 'ol' : 'ul', children: items, ...element() };
}
function body(...blocks: SerializedBlock[]): Body {
  return { root: { type: 'root', version: 1, children: blocks, ...element() } };
}
const MEDIA_A = 'a'.repeat(64);
const MEDIA_B = 'b'.repeat(64);
function image(mediaId: string, caption: string, altText: string, extra: Record<string, unknown> = {}): SerializedBlock {
  return { type: 'image', version: 1, mediaId, caption, altText, ...extra };
}
/** A resolver that knows `known`, as the export would give it. */
function resolver(known: Record<string, ResolvedImage>): NonNullable<HtmlOptions['images']> {
  return (mediaId) => known[mediaId] ?? null;
}
const PHOTO_A: ResolvedImage = { src: '/media/a/960.webp', width: 960, height: 640, credit: 'Reuters' };
const IMAGES = resolver({ [MEDIA_A]: PHOTO_A });


/** Every `type` literal the body schema accepts, found by walking the schema itself. */
function schemaTypeLiterals(schema: z.ZodType, out = new Set<string>(), seen = new Set<z.ZodType>()): Set<string> {
  if (seen.has(schema)) return out;
  seen.add(schema);
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const type = shape.type;
    if (type instanceof z.ZodLiteral) for (const v of type.values) out.add(String(v));
    for (const field of Object.values(shape)) schemaTypeLiterals(field, out, seen);
  } else if (schema instanceof z.ZodUnion) {
    for (const option of schema.options as readonly z.ZodType[]) schemaTypeLiterals(option, out, seen);
  } else if (schema instanceof z.ZodLazy) {
    schemaTypeLiterals(schema.unwrap() as z.ZodType, out, seen);
  } else if (schema instanceof z.ZodArray) {
    schemaTypeLiterals(schema.element as z.ZodType, out, seen);
  } else if (schema instanceof z.ZodPipe) {
    schemaTypeLiterals(schema.in as z.ZodType, out, seen);
    schemaTypeLiterals(schema.out as z.ZodType, out, seen);
  } else if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    schemaTypeLiterals(schema.unwrap() as z.ZodType, out, seen);
  }
  return out;
}

/**
 * One sample per node type, with the HTML it must produce. Keyed by NodeType: a type added
 * to NODE_TYPES without a sample here does not compile.
 */
const SAMPLES: { readonly [T in NodeType]: { body: Body; html: string; options?: HtmlOptions } } = {
  root: { body: body(paragraph([text('first')]), paragraph([text('second')])), html: '<p>first</p>\n<p>second</p>' },
  paragraph: { body: body(paragraph([text('Words')])), html: '<p>Words</p>' },
  heading: { body: body(heading('h2', [text('Two')]), heading('h3', [text('Three')])), html: '<h2>Two</h2>\n<h3>Three</h3>' },
  quote: { body: body(quote([text('Said')])), html: '<blockquote><p>Said</p></blockquote>' },
  list: {
    body: body(list('bullet', [item([text('a')])]), list('number', [item([text('b')])], 3)),
    html: '<ul><li>a</li></ul>\n<ol start="3"><li>b</li></ol>',
  },
  listitem: { body: body(list('bullet', [item([text('one')]), item([text('two')])])), html: '<ul><li>one</li><li>two</li></ul>' },
  link: {
    body: body(paragraph([text('See '), link('https://example.com/page', [text('the page')])])),
    html: '<p>See <a href="https://example.com/page" rel="noopener noreferrer">the page</a></p>',
  },
  text: {
    body: body(paragraph([text('plain '), text('bold', 1), text(' '), text('italic', 2), text(' '), text('both', 3)])),
    html: '<p>plain <strong>bold</strong> <em>italic</em> <strong><em>both</em></strong></p>',
  },
  linebreak: { body: body(paragraph([text('line one'), linebreak(), text('line two')])), html: '<p>line one<br>line two</p>' },
  tab: { body: body(paragraph([text('a'), tab(), text('b')])), html: '<p>a\tb</p>' },
  image: {
    body: body(image(MEDIA_A, 'Ministers met', 'Two men shake hands', { $: { id: 'blockid12345' } })),
    options: { images: IMAGES },
    html:
      '<figure><img src="/media/a/960.webp" alt="Two men shake hands" width="960" height="640" loading="lazy" decoding="async">' +
      '<figcaption>Ministers met <span class="credit">Reuters</span></figcaption></figure>',
  },
};

const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'rel'],
  ol: ['start', 'dir'],
  ul: ['dir'],
  p: ['dir'],
  h2: ['dir'],
  h3: ['dir'],
  blockquote: ['dir'],
  li: [],
  strong: [],
  em: [],
  br: [],
  figure: [],
  img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
  figcaption: [],
  span: ['class'],
};
const VOID = new Set(['br', 'img']);

interface Tag {
  name: string;
  attributes: Record<string, string>;
}

/**
 * Reads the HTML the way a browser would for these elements and fails on anything outside
 * the renderer's vocabulary: every `<` must open or close an allowed element with allowed,
 * double-quoted attributes; text holds no raw `<`, `>`, quotes or unknown entities; and
 * elements close in order.
 */
function scanHtml(html: string): Tag[] {
  const tags: Tag[] = [];
  const open: string[] = [];
  const tagRe = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+="[^"<>]*")*)\s*>/y;
  let textStart = 0;
  const checkText = (chunk: string) => {
    expect(chunk, `raw markup characters in text ${JSON.stringify(chunk)}`).not.toMatch(/[<>"']/);
    expect(chunk, `unknown entity in ${JSON.stringify(chunk)}`).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
  };
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', textStart)) {
    checkText(html.slice(textStart, i));
    tagRe.lastIndex = i;
    const m = tagRe.exec(html);
    if (!m) throw new Error(`not an element at ${i}: ${JSON.stringify(html.slice(i, i + 60))}`);
    const [whole, closing, rawName, rawAttrs] = m as unknown as [string, string, string, string];
    const name = rawName.toLowerCase();
    expect(HTML_TAGS as readonly string[], `element <${name}>`).toContain(name);
    const attributes: Record<string, string> = {};
    for (const a of rawAttrs.matchAll(/([^\s=]+)="([^"]*)"/g)) {
      const attrName = (a[1] as string).toLowerCase();
      expect(ALLOWED_ATTRIBUTES[name], `attribute ${attrName} on <${name}>`).toContain(attrName);
      expect(attributes, `repeated attribute ${attrName}`).not.toHaveProperty(attrName);
      checkText(a[2] as string);
      attributes[attrName] = a[2] as string;
    }
    if (closing) {
      expect(rawAttrs).toBe('');
      expect(open.pop(), `</${name}> closes the element last opened`).toBe(name);
    } else {
      tags.push({ name, attributes });
      if (!VOID.has(name)) open.push(name);
    }
    textStart = i + whole.length;
  }
  checkText(html.slice(textStart));
  expect(open, 'every element is closed').toEqual([]);
  return tags;
}

describe('every node type has a rendering', () => {
  it('NODE_TYPES lists exactly the node types the body schema accepts', () => {
    expect([...schemaTypeLiterals(BodySchema)].sort()).toEqual([...NODE_TYPES].sort());
  });

  it.each(NODE_TYPES.map((type) => [type] as const))('%s renders as expected', (type) => {
    const sample = SAMPLES[type];
    // The sample is a body the schema accepts and really holds a node of this type.
    expect(BodySchema.safeParse(sample.body).success).toBe(true);
    expect(typesIn(sample.body).has(type)).toBe(true);
    expect(bodyToHtml(sample.body, sample.options)).toBe(sample.html);
    scanHtml(bodyToHtml(sample.body, sample.options));
  });

  it('a body holding every node type at once renders each of them', () => {
    const all = body(...Object.values(SAMPLES).flatMap((s) => s.body.root.children));
    expect(BodySchema.safeParse(all).success).toBe(true);
    expect([...typesIn(all)].sort()).toEqual([...NODE_TYPES].sort());
    const html = bodyToHtml(all, { images: IMAGES });
    const names = new Set(scanHtml(html).map((t) => t.name));
    expect([...names].sort()).toEqual([...HTML_TAGS].sort());
    expect(html).toContain('\t');
  });

  it('refuses a node of a type it does not know instead of dropping its words', () => {
    const video = { type: 'video', version: 1, src: 'x' };
    const asBlock = { root: { type: 'root', version: 1, ...element(), children: [video] } } as unknown as Body;
    expect(() => bodyToHtml(asBlock)).toThrow(/"video"/);
    const asInline = body(paragraph([text('a'), video as unknown as SerializedInline]));
    expect(() => bodyToHtml(asInline)).toThrow(/"video"/);
  });
});

describe('rendering choices', () => {
  it('drops empty paragraphs and blocks without words', () => {
    const b = body(
      paragraph([text('a')]),
      paragraph([]),
      paragraph([text('   ')]),
      paragraph([linebreak()]),
      heading('h2', []),
      quote([text('')]),
      list('bullet', [item([])]),
      paragraph([text('b')]),
    );
    expect(bodyToHtml(b)).toBe('<p>a</p>\n<p>b</p>');
    expect(bodyToHtml(bodyFromParagraphs(['one', '', 'two']))).toBe('<p>one</p>\n<p>two</p>');
    expect(bodyToHtml(body())).toBe('');
  });

  it('puts a nested list inside the item before it', () => {
    const b = body(list('bullet', [item([text('one')]), item([list('number', [item([text('inner')])])]), item([text('two')])]));
    expect(bodyToHtml(b)).toBe('<ul><li>one<ol><li>inner</li></ol></li><li>two</li></ul>');
    // An indented first item has nothing to join and stays an item of its own.
    const first = body(list('bullet', [item([list('bullet', [item([text('deep')])])]), item([text('next')])]));
    expect(bodyToHtml(first)).toBe('<ul><li><ul><li>deep</li></ul></li><li>next</li></ul>');
  });

  it('writes start only on numbered lists that do not begin at 1', () => {
    expect(bodyToHtml(body(list('number', [item([text('x')])], 1)))).toBe('<ol><li>x</li></ol>');
    expect(bodyToHtml(body(list('number', [item([text('x')])], 0)))).toBe('<ol start="0"><li>x</li></ol>');
    expect(bodyToHtml(body(list('bullet', [item([text('x')])], 5)))).toBe('<ul><li>x</li></ul>');
  });

  it('keeps only bold and italic, never styles, alignment, indentation or block ids', () => {
    const b = body(
      paragraph([text('under', 8), text('strike', 4), text('code', 16), text('sub', 32), text('sup', 64), text('mark', 128), text('red', 1, 'color: red')], {
        format: 'center',
        indent: 2,
        $: { id: 'blockid12345', src: 'original1234', srcHash: 'abc', srcText: 'was' },
      }),
    );
    const html = bodyToHtml(b);
    expect(html).toBe('<p>understrikecodesubsupmark<strong>red</strong></p>');
    expect(html).not.toMatch(/style|center|blockid|original1234|class|id=/);
  });

  it('marks a block written in the other direction than the page language, only when the language is given', () => {
    const b = body(paragraph([text('שלום')], { direction: 'rtl' }), paragraph([text('hello')], { direction: 'ltr' }));
    expect(bodyToHtml(b)).toBe('<p>שלום</p>\n<p>hello</p>');
    expect(bodyToHtml(b, { lang: 'en' })).toBe('<p dir="rtl">שלום</p>\n<p>hello</p>');
    expect(bodyToHtml(b, { lang: 'he' })).toBe('<p>שלום</p>\n<p dir="ltr">hello</p>');
  });

  it('gives the same bytes for the same body', () => {
    const all = body(...Object.values(SAMPLES).flatMap((s) => s.body.root.children));
    const copy = JSON.parse(JSON.stringify(all)) as Body;
    expect(bodyToHtml(copy, { images: IMAGES })).toBe(bodyToHtml(all, { images: IMAGES }));
  });

  it('renders one block alone', () => {
    expect(blockToHtml(heading('h3', [text('Title & more')]))).toBe('<h3>Title &amp; more</h3>');
    expect(blockToHtml(paragraph([]))).toBe('');
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &#39; f');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('hostile bodies', () => {
  const TEXT_PAYLOADS = [
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '</script><script>alert(1)</script>',
    '"><svg onload=alert(1)>',
    "' onmouseover='alert(1)",
    '<a href="javascript:alert(1)">click</a>',
    '<!-- comment --><style>*{}</style>',
    '&lt;script&gt;',
  ];
  const BAD_URLS = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\u0000script:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    'example.com/no-scheme',
  ];
  const BREAKOUT_URLS = [
    'https://example.com/"><script>alert(1)</script>',
    "https://example.com/' onmouseover='alert(1)",
    'https://example.com/" onclick="alert(1)',
    'https://example.com/?q="x"&y=<z>',
  ];

  const hostile = body(
    ...TEXT_PAYLOADS.map((p) => paragraph([text(p, 1, '</style><script>alert(1)</script>')], { $: { id: '"><script>alert(1)</script>' } })),
    heading('h2', TEXT_PAYLOADS.map((p) => text(p, 2))),
    quote([text(TEXT_PAYLOADS[0] as string)]),
    list('bullet', TEXT_PAYLOADS.map((p) => item([text(p)]))),
    paragraph(BAD_URLS.map((url, i) => link(url, [text(`bad${i}`)], { title: '"><script>alert(1)</script>', target: '_blank' }))),
    paragraph(BREAKOUT_URLS.map((url, i) => link(url, [text(`out${i}`)]))),
  );

  it('is a body the schema accepts (the renderer is the last line of defense)', () => {
    expect(BodySchema.safeParse(hostile).success).toBe(true);
  });

  const html = bodyToHtml(hostile);

  it('holds only the allowed elements and attributes, correctly nested', () => {
    const tags = scanHtml(html);
    expect(tags.length).toBeGreaterThan(10);
    for (const tag of tags) {
      for (const name of Object.keys(tag.attributes)) expect(name).not.toMatch(/^on/);
      if (tag.name === 'a') {
        expect(Object.keys(tag.attributes).sort()).toEqual(['href', 'rel']);
        expect(tag.attributes.rel).toBe('noopener noreferrer');
        expect(tag.attributes.href).toMatch(/^(https?:\/\/|mailto:)/);
      }
    }
  });

  it('never produces a script, handler, style or script address', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(img|svg|style|iframe|object)/i);
    expect(html).not.toMatch(/<[^>]*\s(onerror|onload|onmouseover|onclick)=/i);
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript|file):/i);
    expect(html).not.toMatch(/style=|target=|title=/i);
  });

  it('shows dangerous text escaped, as the words it is', () => {
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;');
    expect(html).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
    expect(html).toContain('&#39; onmouseover=&#39;alert(1)');
    expect(html).toContain('&amp;lt;script&amp;gt;');
  });

  it('shows a link with a refused address as its text alone', () => {
    expect(html).toContain(`<p>${BAD_URLS.map((_, i) => `bad${i}`).join('')}</p>`);
    expect(scanHtml(html).filter((t) => t.name === 'a')).toHaveLength(BREAKOUT_URLS.length);
  });

  it('keeps a quote or angle bracket in an address inside the href', () => {
    const anchors = scanHtml(html).filter((t) => t.name === 'a');
    for (const a of anchors) {
      expect(a.attributes.href).toMatch(/^https:\/\/example\.com\//);
      expect(a.attributes.href).not.toMatch(/[<>"' ]/);
    }
  });
});

describe('links', () => {
  it.each([
    ['https://example.com/a?b=1&c=2', 'https://example.com/a?b=1&amp;c=2'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://EXAMPLE.COM/Page', 'https://example.com/Page'],
    ['mailto:desk@example.com', 'mailto:desk@example.com'],
  ])('keeps %s as a link with rel', (url, href) => {
    expect(bodyToHtml(body(paragraph([link(url, [text('here')])])))).toBe(`<p><a href="${href}" rel="noopener noreferrer">here</a></p>`);
  });

  it.each(['javascript:alert(1)', 'ftp://example.com/file', 'example.com', 'name@example.com', '#anchor', 'tel:+123'])(
    'renders a link to %s as plain text',
    (url) => {
      const html = bodyToHtml(body(paragraph([text('see '), link(url, [text('here', 1)])])));
      expect(html).toBe('<p>see <strong>here</strong></p>');
    },
  );
});

describe('photos', () => {
  const photo = image(MEDIA_A, 'Caption', 'Alt');
  const img = '<img src="/media/a/960.webp" alt="Alt" width="960" height="640" loading="lazy" decoding="async">';

  it('leaves out a photo whose image is not known, caption and all', () => {
    const b = body(paragraph([text('before')]), photo, image(MEDIA_B, 'Unknown photo', 'x'), paragraph([text('after')]));
    expect(bodyToHtml(b)).toBe('<p>before</p>\n<p>after</p>');
    expect(bodyToHtml(b, { images: () => null })).toBe('<p>before</p>\n<p>after</p>');
    expect(bodyToHtml(b, { images: IMAGES })).toBe(`<p>before</p>\n<figure>${img}<figcaption>Caption <span class="credit">Reuters</span></figcaption></figure>\n<p>after</p>`);
    expect(blockToHtml(photo)).toBe('');
  });

  it('shows a photo without a caption, and writes what there is of caption and credit', () => {
    const noCredit = resolver({ [MEDIA_A]: { ...PHOTO_A, credit: '  ' } });
    expect(blockToHtml(image(MEDIA_A, '', ''), { images: noCredit })).toBe(
      '<figure><img src="/media/a/960.webp" alt="" width="960" height="640" loading="lazy" decoding="async"></figure>',
    );
    expect(blockToHtml(image(MEDIA_A, ' ', 'Alt'), { images: IMAGES })).toBe(`<figure>${img}<figcaption><span class="credit">Reuters</span></figcaption></figure>`);
    expect(blockToHtml(photo, { images: noCredit })).toBe(`<figure>${img}<figcaption>Caption</figcaption></figure>`);
  });

  it('writes srcset and sizes when the resolver gives them, and sizes only when they are whole pixels', () => {
    const responsive = resolver({
      [MEDIA_A]: { ...PHOTO_A, srcset: '/media/a/480.webp 480w, /media/a/960.webp 960w', sizes: '(max-width: 700px) 100vw, 700px' },
    });
    expect(blockToHtml(photo, { images: responsive })).toBe(
      '<figure><img src="/media/a/960.webp" srcset="/media/a/480.webp 480w, /media/a/960.webp 960w" sizes="(max-width: 700px) 100vw, 700px" alt="Alt" width="960" height="640" loading="lazy" decoding="async">' +
        '<figcaption>Caption <span class="credit">Reuters</span></figcaption></figure>',
    );
    const odd = resolver({ [MEDIA_A]: { ...PHOTO_A, width: Number.NaN, height: -3 } });
    expect(blockToHtml(photo, { images: odd })).toContain('<img src="/media/a/960.webp" alt="Alt" loading="lazy" decoding="async">');
  });

  it('asks the resolver by the photo\'s image id and never writes block ids or links', () => {
    const asked: string[] = [];
    const b = body(image(MEDIA_A, 'One', '', { $: { id: 'blockid00001', src: 'orig', srcHash: 'h', srcText: 't' } }));
    const html = bodyToHtml(b, {
      images: (id) => {
        asked.push(id);
        return PHOTO_A;
      },
    });
    expect(asked).toEqual([MEDIA_A]);
    expect(html).not.toMatch(/blockid|orig|data-/);
    expect(BodySchema.safeParse(b).success).toBe(true);
  });

  it('escapes hostile captions, alt texts, credits and addresses', () => {
    const payload = '"><script>alert(1)</script><img src=x onerror=alert(1)>';
    const hostileImage: ResolvedImage = {
      src: `/media/a/960.webp" onerror="alert(1)`,
      srcset: `x 1x" onload="alert(1)`,
      sizes: `<svg onload=alert(1)>`,
      width: 960,
      height: 640,
      credit: `</figcaption><script>alert(1)</script>`,
    };
    const b = body(image(MEDIA_A, payload, `' onmouseover='alert(1)`), image(MEDIA_A, '&lt;b&gt;', payload));
    expect(BodySchema.safeParse(b).success).toBe(true);
    const html = bodyToHtml(b, { images: () => hostileImage });
    const tags = scanHtml(html);
    expect(tags.filter((t) => t.name === 'img')).toHaveLength(2);
    expect(tags.filter((t) => t.name === 'script')).toHaveLength(0);
    for (const tag of tags) for (const name of Object.keys(tag.attributes)) expect(name).not.toMatch(/^on/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('alt="&#39; onmouseover=&#39;alert(1)"');
    expect(html).toContain('src="/media/a/960.webp&quot; onerror=&quot;alert(1)"');
    expect(html).toContain('&lt;/figcaption&gt;&lt;script&gt;');
    expect(html).toContain('&amp;lt;b&amp;gt;');
  });
});
