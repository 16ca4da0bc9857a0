import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import { MEDIA_LIMITS, MediaIdSchema } from '../domain/media';

/**
 * The serialized Lexical nodes a body may contain, validated strictly: a body that passes
 * is one the editor and the HTML renderer (html.ts) both understand. A new node type joins
 * here (schema), in renderer/editor/nodes.ts (registration) and in html.ts (rendering); a
 * test fails if one of the three is missing.
 *
 * Per-node data that is not the node's own (block id, translation link) lives in
 * Lexical's NodeState, serialized under `$` (see blocks.ts).
 */
const NodeStateSchema = z
  .record(z.string().max(64), z.union([z.string().max(LIMITS.textNode), z.number(), z.boolean(), z.null()]))
  .optional();

const Direction = z.enum(['ltr', 'rtl']).nullable();
const ElementFormat = z.enum(['', 'left', 'start', 'center', 'right', 'end', 'justify']);
const TextFormat = z.number().int().min(0).max(0xffff);
const TextMode = z.enum(['normal', 'token', 'segmented']);
const Style = z.string().max(1_000);
const Indent = z.number().int().min(0).max(LIMITS.depth);

/** Fields every element node serializes. */
const elementFields = {
  direction: Direction,
  format: ElementFormat,
  indent: Indent,
  textFormat: TextFormat.optional(),
  textStyle: Style.optional(),
  $: NodeStateSchema,
};

export const TextNodeSchema = z.strictObject({
  type: z.literal('text'),
  version: z.literal(1),
  text: z.string().max(LIMITS.textNode),
  format: TextFormat,
  detail: z.number().int().min(0).max(0xff),
  mode: TextMode,
  style: Style,
  $: NodeStateSchema,
});

export const LineBreakNodeSchema = z.strictObject({
  type: z.literal('linebreak'),
  version: z.literal(1),
  $: NodeStateSchema,
});

export const TabNodeSchema = z.strictObject({
  type: z.literal('tab'),
  version: z.literal(1),
  text: z.literal('\t'),
  format: TextFormat,
  detail: z.number().int().min(0).max(0xff),
  mode: TextMode,
  style: Style,
  $: NodeStateSchema,
});

/** Leaves: what a link may hold. */
export const LeafNodeSchema = z.discriminatedUnion('type', [TextNodeSchema, LineBreakNodeSchema, TabNodeSchema]);
export type SerializedLeaf = z.infer<typeof LeafNodeSchema>;

/** A link; which addresses are allowed is checked by links.ts, here only the shape. */
export const LinkNodeSchema = z.strictObject({
  type: z.literal('link'),
  version: z.literal(1),
  url: z.string().max(LIMITS.url),
  rel: z.string().max(200).nullable().optional(),
  target: z.string().max(50).nullable().optional(),
  title: z.string().max(LIMITS.title).nullable().optional(),
  children: z.array(LeafNodeSchema).max(LIMITS.children),
  ...elementFields,
});
export type SerializedLink = z.infer<typeof LinkNodeSchema>;

export const InlineNodeSchema = z.discriminatedUnion('type', [TextNodeSchema, LineBreakNodeSchema, TabNodeSchema, LinkNodeSchema]);
export type SerializedInline = z.infer<typeof InlineNodeSchema>;

export const ParagraphNodeSchema = z.strictObject({
  type: z.literal('paragraph'),
  version: z.literal(1),
  children: z.array(InlineNodeSchema).max(LIMITS.children),
  ...elementFields,
});

/** Two levels of headings inside a body: the page's own title is the h1. */
export const HEADING_TAGS = ['h2', 'h3'] as const;
export const HeadingNodeSchema = z.strictObject({
  type: z.literal('heading'),
  version: z.literal(1),
  tag: z.enum(HEADING_TAGS),
  children: z.array(InlineNodeSchema).max(LIMITS.children),
  ...elementFields,
});

export const QuoteNodeSchema = z.strictObject({
  type: z.literal('quote'),
  version: z.literal(1),
  children: z.array(InlineNodeSchema).max(LIMITS.children),
  ...elementFields,
});

export interface SerializedListItem {
  type: 'listitem';
  version: 1;
  value: number;
  checked?: boolean | undefined;
  children: Array<SerializedInline | SerializedList>;
  direction: 'ltr' | 'rtl' | null;
  format: z.infer<typeof ElementFormat>;
  indent: number;
  textFormat?: number | undefined;
  textStyle?: string | undefined;
  $?: Record<string, string | number | boolean | null> | undefined;
}

export interface SerializedList {
  type: 'list';
  version: 1;
  listType: 'bullet' | 'number';
  start: number;
  tag: 'ul' | 'ol';
  children: SerializedListItem[];
  direction: 'ltr' | 'rtl' | null;
  format: z.infer<typeof ElementFormat>;
  indent: number;
  textFormat?: number | undefined;
  textStyle?: string | undefined;
  $?: Record<string, string | number | boolean | null> | undefined;
}

/** A list item holds inline content and, when indented, a nested list. */
export const ListItemNodeSchema: z.ZodType<SerializedListItem> = z.lazy(() =>
  z.strictObject({
    type: z.literal('listitem'),
    version: z.literal(1),
    value: z.number().int().min(-1_000_000).max(1_000_000),
    checked: z.boolean().optional(),
    children: z.array(z.union([InlineNodeSchema, ListNodeSchema])).max(LIMITS.children),
    ...elementFields,
  }),
);

export const ListNodeSchema: z.ZodType<SerializedList> = z.lazy(() =>
  z.strictObject({
    type: z.literal('list'),
    version: z.literal(1),
    listType: z.enum(['bullet', 'number']),
    start: z.number().int().min(-1_000_000).max(1_000_000),
    tag: z.enum(['ul', 'ol']),
    children: z.array(ListItemNodeSchema).max(LIMITS.children),
    ...elementFields,
  }),
);

/**
 * An image placed in the body: a top-level block naming an image of the library, with this
 * placement's caption and alt text in the body's language (the credit is the image's own).
 */
export const ImageNodeSchema = z.strictObject({
  type: z.literal('image'),
  version: z.literal(1),
  mediaId: MediaIdSchema,
  caption: z.string().max(MEDIA_LIMITS.caption),
  altText: z.string().max(MEDIA_LIMITS.altText),
  $: NodeStateSchema,
});
export type SerializedImage = z.infer<typeof ImageNodeSchema>;

export const BlockNodeSchema = z.union([ParagraphNodeSchema, HeadingNodeSchema, QuoteNodeSchema, ListNodeSchema, ImageNodeSchema]);
export type SerializedBlock = z.infer<typeof BlockNodeSchema>;

/** Every node type a body may hold, for the tests that prove each has a renderer. */
export const NODE_TYPES = ['root', 'paragraph', 'heading', 'quote', 'list', 'listitem', 'link', 'text', 'linebreak', 'tab', 'image'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const RootNodeSchema = z.strictObject({
  type: z.literal('root'),
  version: z.literal(1),
  children: z.array(BlockNodeSchema).max(LIMITS.children),
  ...elementFields,
});

/** How deep a body's JSON may nest (root → list → item → list …); checked before the schema. */
function depthWithin(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (depth > limit) return false;
    if (node !== null && typeof node === 'object') {
      const children = (node as { children?: unknown }).children;
      if (Array.isArray(children)) for (const child of children) stack.push([child, depth + 1]);
    }
  }
  return true;
}

/** A body as the editor saves it: Lexical's `editorState.toJSON()`. */
export const BodySchema = z
  .custom<unknown>((value) => depthWithin((value as { root?: unknown } | null)?.root, LIMITS.depth * 2 + 2), {
    message: 'the body nests too deeply',
  })
  .pipe(z.strictObject({ root: RootNodeSchema }));
export type Body = z.infer<typeof BodySchema>;
