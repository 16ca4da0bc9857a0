import { blockText } from './blocks';
import { checkLinkUrl, isAllowedLinkUrl } from './links';
import type { Body, NodeType, SerializedBlock, SerializedImage, SerializedInline, SerializedListItem } from './nodes';

/**
 * A body as publishable HTML, for the export bundle. The output holds only these elements:
 * p, h2, h3, blockquote, ul, ol, li, a, strong, em, br, figure, img, figcaption, span; and
 * only these attributes: `href` and `rel` on links, `start` on numbered lists that do not
 * begin at 1, `dir` on a block written in the other direction than the page's language
 * (only when the language is given), `src`, `srcset`, `sizes`, `alt`, `width`, `height`,
 * `loading="lazy"` and `decoding="async"` on images, and `class="credit"` on the span that
 * holds a photo's credit. Text and attribute values are always escaped; nothing of a body
 * passes through as markup, so a body cannot bring in scripts, styles or event handlers.
 * An image's address, size and credit come from the caller's `images` resolver, never from
 * the body.
 *
 * Rendering choices:
 * - a quote is `<blockquote><p>…</p></blockquote>`, so its text sits in a paragraph as in
 *   the rest of the page;
 * - bold is `<strong>`, italic `<em>`; other text formats (underline, strikethrough, code,
 *   sub/superscript, highlight) and inline styles are not carried over;
 * - a link is an `<a>` only when its address is an allowed web or e-mail address
 *   (links.ts), written in its normalized form; any other link shows as its text alone;
 * - block ids and translation links, alignment (`format`) and indentation are not output;
 * - a block with no words (an empty paragraph, heading, quote or list) is left out;
 * - a photo is `<figure><img …><figcaption>caption <span class="credit">credit</span></figcaption></figure>`,
 *   its image as the `images` option resolves it; the figcaption holds what there is of
 *   caption and credit, and is left out when both are empty; `alt` is always written (empty
 *   when the alt text is), and `srcset`/`sizes` only when the resolver gives them;
 * - a photo whose image is not known (no `images` option, or it answers null: the image
 *   left the library) is left out whole, caption too: a caption belongs to its photo and
 *   would read as a stray paragraph of the text;
 * - an indented list item (one that holds only a nested list) joins the item before it,
 *   so the nested list sits inside that item as HTML expects.
 *
 * The same body always gives the same bytes; top-level blocks are joined with "\n".
 */
export interface HtmlOptions {
  /** The page's language (`ru`, `en`, …); blocks written in the other direction get `dir`. */
  lang?: string;
  /**
   * What the page shows for a library image: its address (and optionally a srcset and
   * sizes), its width and height in pixels, and its credit. Null for an image not known; a
   * body's photos are left out without this option.
   */
  images?: (mediaId: string) => ResolvedImage | null;
}

/** A library image as a page shows it (see {@link HtmlOptions.images}). */
export interface ResolvedImage {
  src: string;
  srcset?: string;
  sizes?: string;
  width: number;
  height: number;
  credit: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe to place in HTML text or in a double- or single-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** Lexical's text format bits that the export keeps. */
export const TEXT_FORMAT = { bold: 1, italic: 2 } as const;

/** Languages written right to left. */
const RTL_LANGS: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'dv', 'sd', 'ug', 'ckb']);

type RootNode = Body['root'];
type AnyNode = RootNode | SerializedBlock | SerializedInline | SerializedListItem;
type NodeOf<T extends NodeType> = Extract<AnyNode, { type: T }>;

interface Context {
  /** The direction of the page's language, or null when the language is not known. */
  pageDir: 'ltr' | 'rtl' | null;
  images: HtmlOptions['images'] | null;
}

type Renderer<T extends NodeType> = (node: NodeOf<T>, ctx: Context) => string;

/** One renderer for every node type a body may hold; a type without one does not compile. */
const RENDERERS: { readonly [T in NodeType]: Renderer<T> } = {
  root: (node, ctx) =>
    node.children
      .map((block) => renderBlock(block, ctx))
      .filter((html) => html !== '')
      .join('\n'),
  paragraph: (node, ctx) => `<p${dirAttr(node, ctx)}>${renderChildren(node.children, ctx)}</p>`,
  heading: (node, ctx) => {
    const tag = node.tag === 'h3' ? 'h3' : 'h2';
    return `<${tag}${dirAttr(node, ctx)}>${renderChildren(node.children, ctx)}</${tag}>`;
  },
  quote: (node, ctx) => `<blockquote${dirAttr(node, ctx)}><p>${renderChildren(node.children, ctx)}</p></blockquote>`,
  list: (node, ctx) => {
    const tag = node.listType === 'number' ? 'ol' : 'ul';
    const start = tag === 'ol' && node.start !== 1 ? ` start="${escapeHtml(String(node.start))}"` : '';
    const items = joinNestedItems(node.children).map((item) => render(item, ctx));
    return `<${tag}${start}${dirAttr(node, ctx)}>${items.join('')}</${tag}>`;
  },
  listitem: (node, ctx) => `<li>${renderChildren(node.children, ctx)}</li>`,
  link: (node, ctx) => {
    const text = renderChildren(node.children, ctx);
    if (!isAllowedLinkUrl(node.url)) return text;
    const check = checkLinkUrl(node.url);
    if (!check.ok) return text;
    return `<a href="${escapeHtml(check.url)}" rel="noopener noreferrer">${text}</a>`;
  },
  text: (node) => {
    if (node.text === '') return '';
    let html = escapeHtml(node.text);
    if (node.format & TEXT_FORMAT.italic) html = `<em>${html}</em>`;
    if (node.format & TEXT_FORMAT.bold) html = `<strong>${html}</strong>`;
    return html;
  },
  linebreak: () => '<br>',
  tab: () => '\t',
  image: (node, ctx) => renderImage(node, ctx),
};

/** A size attribute: a positive whole number of pixels, or nothing. */
function sizeAttr(name: 'width' | 'height', value: number): string {
  return Number.isSafeInteger(value) && value > 0 ? ` ${name}="${value}"` : '';
}

function renderImage(node: SerializedImage, ctx: Context): string {
  const image = ctx.images ? ctx.images(node.mediaId) : null;
  if (!image) return '';
  let img = `<img src="${escapeHtml(image.src)}"`;
  if (image.srcset) img += ` srcset="${escapeHtml(image.srcset)}"`;
  if (image.sizes) img += ` sizes="${escapeHtml(image.sizes)}"`;
  img += ` alt="${escapeHtml(node.altText.trim())}"${sizeAttr('width', image.width)}${sizeAttr('height', image.height)}`;
  img += ' loading="lazy" decoding="async">';
  const caption = node.caption.trim();
  const credit = image.credit.trim();
  const parts: string[] = [];
  if (caption) parts.push(escapeHtml(caption));
  if (credit) parts.push(`<span class="credit">${escapeHtml(credit)}</span>`);
  const figcaption = parts.length > 0 ? `<figcaption>${parts.join(' ')}</figcaption>` : '';
  return `<figure>${img}${figcaption}</figure>`;
}

/**
 * The renderer for a node. The table is keyed by the node's own type, so the renderer
 * matches the node. A body that skipped validation may still hold an unknown type: it is
 * refused rather than its words silently dropped.
 */
function rendererFor(node: AnyNode): (node: AnyNode, ctx: Context) => string {
  const type: string = node.type;
  if (!Object.hasOwn(RENDERERS, type)) throw new Error(`The body holds a "${type}" node, which cannot be exported.`);
  return RENDERERS[node.type] as (node: AnyNode, ctx: Context) => string;
}

function render(node: AnyNode, ctx: Context): string {
  return rendererFor(node)(node, ctx);
}

function renderChildren(children: readonly AnyNode[], ctx: Context): string {
  let html = '';
  for (const child of children) html += render(child, ctx);
  return html;
}

function dirAttr(node: { direction: 'ltr' | 'rtl' | null }, ctx: Context): string {
  if (ctx.pageDir === null || node.direction === null || node.direction === ctx.pageDir) return '';
  return node.direction === 'rtl' ? ' dir="rtl"' : ' dir="ltr"';
}

/** An item that holds only nested lists belongs, in HTML, inside the item before it. */
function joinNestedItems(items: readonly SerializedListItem[]): SerializedListItem[] {
  const out: SerializedListItem[] = [];
  for (const item of items) {
    const onlyLists = item.children.length > 0 && item.children.every((child) => child.type === 'list');
    const previous = out[out.length - 1];
    if (onlyLists && previous) out[out.length - 1] = { ...previous, children: [...previous.children, ...item.children] };
    else out.push(item);
  }
  return out;
}

function contextOf(options: HtmlOptions | undefined): Context {
  const lang = options?.lang?.toLowerCase();
  const images = options?.images ?? null;
  if (lang === undefined) return { pageDir: null, images };
  return { pageDir: RTL_LANGS.has(lang) ? 'rtl' : 'ltr', images };
}

function renderBlock(block: SerializedBlock, ctx: Context): string {
  const renderer = rendererFor(block);
  // A photo stands without words; other blocks are their words.
  if (block.type !== 'image' && blockText(block).trim() === '') return '';
  return renderer(block, ctx);
}

/** One top-level block as HTML; '' for a block with no words, or a photo whose image is not known. */
export function blockToHtml(block: SerializedBlock, options?: HtmlOptions): string {
  return renderBlock(block, contextOf(options));
}

/** A whole body as HTML: its blocks, one per line. */
export function bodyToHtml(body: Body, options?: HtmlOptions): string {
  return render(body.root, contextOf(options));
}

/** Every element the rendered HTML may contain. */
export const HTML_TAGS = ['p', 'h2', 'h3', 'blockquote', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'br', 'figure', 'img', 'figcaption', 'span'] as const;
