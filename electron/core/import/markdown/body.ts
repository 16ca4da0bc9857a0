import type { BlockContent, DefinitionContent, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { LIMITS } from '../../../../shared/domain/limits';
import { BLOCK_STATE, blockText, newBlockId } from '../../../../shared/editor/blocks';
import { TEXT_FORMAT } from '../../../../shared/editor/html';
import { checkLinkUrl, isAllowedLinkUrl } from '../../../../shared/editor/links';
import type {
  Body,
  SerializedBlock,
  SerializedInline,
  SerializedLeaf,
  SerializedLink,
  SerializedList,
  SerializedListItem,
} from '../../../../shared/editor/nodes';
import { say, type Sentence } from '../../said';

/**
 * A Markdown body (CommonMark) as a Tandem body, in the shape the editor saves (Lexical's
 * JSON, shared/editor/nodes.ts):
 *
 * - paragraphs; `#` and `##` headings as h2 (the page's title is the h1), `###` and deeper
 *   as h3; block quotes (their paragraphs joined by line breaks: a quote holds text);
 *   bulleted and numbered lists, nested as Lexical nests them (a nested list sits in an
 *   item of its own after the item it belongs to);
 * - bold and italic as format bits, inline code as plain text, hard breaks as line breaks,
 *   soft line breaks as spaces; links whose address the editor allows (links.ts), other
 *   links as their text;
 * - images, HTML, rules and anything else left out (a code block keeps its text as a
 *   paragraph), each counted so the import can say so.
 *
 * Every top-level block gets a new block id, as the editor gives one.
 */

/** What was left out or changed, by kind (see problems.ts). */
export interface BodyLosses {
  image: number;
  html: number;
  code: number;
  rule: number;
  link: number;
  other: number;
}

export interface ConvertedBody {
  body: Body;
  losses: BodyLosses;
}

/** A body that cannot be made: where (line in the Markdown text) and why (`problem` follows "file, line N:"). */
export class BodyProblem extends Error {
  constructor(
    readonly line: number | null,
    readonly problem: Sentence,
  ) {
    super(problem.message);
    this.name = 'BodyProblem';
  }
}

/** The deepest list nesting a body may hold (its list items' indent, and the JSON depth the schema allows). */
const MAX_LIST_DEPTH = LIMITS.depth - 1;

interface Context {
  losses: BodyLosses;
  definitions: Map<string, { url: string; title: string | null }>;
}

const ELEMENT = { direction: null, format: '', indent: 0 } as const;

function lineOf(node: { position?: { start: { line: number } } | undefined }): number | null {
  return node.position?.start.line ?? null;
}

function textNode(text: string, format: number): SerializedLeaf {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}

const LINE_BREAK: SerializedLeaf = { type: 'linebreak', version: 1 };

/** Adjacent texts of one format become one text, as the editor keeps them; empty texts go. */
function merge<T extends SerializedInline>(nodes: readonly T[]): T[] {
  const out: T[] = [];
  for (const node of nodes) {
    if (node.type === 'text' && node.text === '') continue;
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text' && last.format === node.format) {
      out[out.length - 1] = { ...last, text: last.text + node.text } as T;
    } else out.push(node);
  }
  return out;
}

/** True when the inline content holds a word (not only spaces and line breaks). */
function hasWords(nodes: readonly SerializedInline[]): boolean {
  return nodes.some((n) => (n.type === 'text' ? n.text.trim() !== '' : n.type === 'link' ? hasWords(n.children) : false));
}

/** Line breaks and spaces at either end of a block say nothing: they go. */
function trimEnds(nodes: SerializedInline[]): SerializedInline[] {
  const out = [...nodes];
  while (out[0]?.type === 'linebreak') out.shift();
  while (out[out.length - 1]?.type === 'linebreak') out.pop();
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, text: first.text.replace(/^\s+/, '') };
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { ...last, text: last.text.replace(/\s+$/, '') };
  return merge(out);
}

function link(url: string, title: string | null | undefined, children: SerializedInline[]): SerializedLink {
  const leaves = children.filter((c): c is SerializedLeaf => c.type !== 'link');
  const check = checkLinkUrl(url);
  return {
    type: 'link',
    version: 1,
    url: check.ok ? check.url : url,
    rel: null,
    target: null,
    title: title ?? null,
    children: merge(leaves),
    ...ELEMENT,
  };
}

function linkOrText(url: string, title: string | null | undefined, children: readonly PhrasingContent[], format: number, ctx: Context, inLink: boolean): SerializedInline[] {
  const inner = inlines(children, format, ctx, true);
  if (inLink) return inner;
  if (!isAllowedLinkUrl(url)) {
    ctx.losses.link++;
    return inner;
  }
  return [link(url, title, inner)];
}

function inline(node: PhrasingContent, format: number, ctx: Context, inLink: boolean): SerializedInline[] {
  switch (node.type) {
    case 'text':
      return [textNode(node.value.replace(/[ \t]*\n[ \t]*/g, ' '), format)];
    case 'emphasis':
      return inlines(node.children, format | TEXT_FORMAT.italic, ctx, inLink);
    case 'strong':
      return inlines(node.children, format | TEXT_FORMAT.bold, ctx, inLink);
    case 'inlineCode':
      return [textNode(node.value.replace(/\n/g, ' '), format)];
    case 'break':
      return [LINE_BREAK];
    case 'link':
      return linkOrText(node.url, node.title, node.children, format, ctx, inLink);
    case 'linkReference': {
      const target = ctx.definitions.get(node.identifier);
      if (target) return linkOrText(target.url, target.title, node.children, format, ctx, inLink);
      return inlines(node.children, format, ctx, inLink);
    }
    case 'image':
    case 'imageReference':
      ctx.losses.image++;
      return [];
    case 'html':
      ctx.losses.html++;
      return [];
    case 'delete':
      return inlines(node.children, format, ctx, inLink);
    default:
      ctx.losses.other++;
      return [];
  }
}

/**
 * Runs of spaces as a page shows them: one. (Markdown's own text rarely has them; a left-out
 * image or piece of HTML between two spaces leaves them.)
 */
function collapseSpaces(nodes: SerializedInline[]): SerializedInline[] {
  let endsInSpace = false;
  const out: SerializedInline[] = [];
  for (const node of nodes) {
    if (node.type !== 'text') {
      endsInSpace = false;
      out.push(node);
      continue;
    }
    let t = node.text.replace(/ {2,}/g, ' ');
    if (endsInSpace) t = t.replace(/^ /, '');
    if (t === '') continue;
    endsInSpace = t.endsWith(' ');
    out.push(t === node.text ? node : { ...node, text: t });
  }
  return out;
}

function inlines(nodes: readonly PhrasingContent[], format: number, ctx: Context, inLink = false): SerializedInline[] {
  return collapseSpaces(merge(nodes.flatMap((n) => inline(n, format, ctx, inLink))));
}

/** Text lines as inline content: each line a text, line breaks between them. */
function lines(text: string): SerializedInline[] {
  const out: SerializedInline[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) out.push(LINE_BREAK);
    out.push(textNode(line, 0));
  });
  return merge(out);
}

/** A block's words as inline content, for places that hold only text (a quote, a list item). */
function flatten(node: BlockContent | DefinitionContent | RootContent, ctx: Context): SerializedInline[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlines(node.children, 0, ctx);
    case 'code':
      ctx.losses.code++;
      return lines(node.value);
    case 'blockquote':
      return joinLines(node.children.map((c) => flatten(c, ctx)));
    case 'list':
      return joinLines(node.children.map((item) => joinLines(item.children.map((c) => flatten(c, ctx)))));
    case 'html':
      ctx.losses.html++;
      return [];
    case 'thematicBreak':
      ctx.losses.rule++;
      return [];
    case 'definition':
      return [];
    default:
      ctx.losses.other++;
      return [];
  }
}

/** Pieces of inline content on lines of their own; empty pieces are skipped. */
function joinLines(parts: readonly SerializedInline[][]): SerializedInline[] {
  const out: SerializedInline[] = [];
  for (const part of parts) {
    const trimmed = trimEnds(part);
    if (trimmed.length === 0) continue;
    if (out.length > 0) out.push(LINE_BREAK);
    out.push(...trimmed);
  }
  return merge(out);
}

function listItem(value: number, indent: number, children: Array<SerializedInline | SerializedList>): SerializedListItem {
  return { type: 'listitem', version: 1, value, children, direction: null, format: '', indent };
}

function list(node: List, depth: number, ctx: Context): SerializedList {
  if (depth > MAX_LIST_DEPTH) {
    throw new BodyProblem(lineOf(node), say('core.imports.markdown.listTooDeep', { count: MAX_LIST_DEPTH + 1 }));
  }
  const ordered = node.ordered === true;
  const start = ordered ? (node.start ?? 1) : 1;
  const items: SerializedListItem[] = [];
  let value = start;
  for (const item of node.children as ListItem[]) {
    const nested = item.children.filter((c): c is List => c.type === 'list');
    const text = joinLines(item.children.filter((c) => c.type !== 'list').map((c) => flatten(c, ctx)));
    // An item holding only a nested list is the nested list's own item, as Lexical has it.
    if (text.length > 0 || nested.length === 0) {
      items.push(listItem(value, depth, text));
      value++;
    }
    for (const inner of nested) items.push(listItem(value, depth, [list(inner, depth + 1, ctx)]));
  }
  return {
    type: 'list',
    version: 1,
    listType: ordered ? 'number' : 'bullet',
    start,
    tag: ordered ? 'ol' : 'ul',
    children: items,
    ...ELEMENT,
  };
}

/** One top-level Markdown node as a block, or null when it holds nothing Tandem keeps. */
function block(node: RootContent, ctx: Context): SerializedBlock | null {
  switch (node.type) {
    case 'paragraph': {
      const children = trimEnds(inlines(node.children, 0, ctx));
      return hasWords(children) ? { type: 'paragraph', version: 1, children, ...ELEMENT } : null;
    }
    case 'heading': {
      const children = trimEnds(inlines(node.children, 0, ctx));
      return hasWords(children) ? { type: 'heading', version: 1, tag: node.depth <= 2 ? 'h2' : 'h3', children, ...ELEMENT } : null;
    }
    case 'blockquote': {
      const children = joinLines(node.children.map((c) => flatten(c, ctx)));
      return hasWords(children) ? { type: 'quote', version: 1, children, ...ELEMENT } : null;
    }
    case 'list': {
      const built = list(node, 0, ctx);
      return built.children.length > 0 ? built : null;
    }
    case 'code': {
      ctx.losses.code++;
      const children = trimEnds(lines(node.value));
      return hasWords(children) ? { type: 'paragraph', version: 1, children, ...ELEMENT } : null;
    }
    case 'thematicBreak':
      ctx.losses.rule++;
      return null;
    case 'html':
      ctx.losses.html++;
      return null;
    case 'definition':
      return null;
    default: {
      // Phrasing content at the top (not produced by CommonMark) or an unknown node.
      ctx.losses.other++;
      return null;
    }
  }
}

function collectDefinitions(root: Root): Context['definitions'] {
  const out: Context['definitions'] = new Map();
  const visit = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'definition' && !out.has(node.identifier)) out.set(node.identifier, { url: node.url, title: node.title ?? null });
      if ('children' in node && Array.isArray(node.children)) visit(node.children as RootContent[]);
    }
  };
  visit(root.children);
  return out;
}

/** Converts a Markdown text into a body; `BodyProblem` names the line (of `markdown`) when it cannot. */
export function markdownToBody(markdown: string): ConvertedBody {
  const root = fromMarkdown(markdown);
  const ctx: Context = { losses: { image: 0, html: 0, code: 0, rule: 0, link: 0, other: 0 }, definitions: collectDefinitions(root) };
  const blocks: SerializedBlock[] = [];
  for (const node of root.children) {
    const built = block(node, ctx);
    // A block without words (a list of empty items, say) is left out, as the page leaves it out.
    if (built !== null && blockText(built).trim() !== '') blocks.push({ ...built, $: { [BLOCK_STATE.id]: newBlockId() } });
  }
  const body: Body = { root: { type: 'root', version: 1, children: blocks, ...ELEMENT } };
  return { body, losses: ctx.losses };
}
