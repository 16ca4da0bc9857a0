import { z } from 'zod';
import { LIMITS } from '../domain/limits';

/**
 * The serialized Lexical nodes a body may contain, validated strictly: a body that passes
 * is one the editor and the HTML renderer both understand. A new node type joins here
 * (schema), in renderer/editor (React side) and in shared/editor's HTML renderer.
 *
 * Per-node data that is not the node's own (block id, translation link) lives in
 * Lexical's NodeState, serialized under `$`.
 */
const NodeStateSchema = z.record(z.string().max(64), z.union([z.string().max(2_000), z.number(), z.boolean(), z.null()])).optional();

const Direction = z.enum(['ltr', 'rtl']).nullable();
const ElementFormat = z.enum(['', 'left', 'start', 'center', 'right', 'end', 'justify']);

export const TextNodeSchema = z.strictObject({
  type: z.literal('text'),
  version: z.literal(1),
  text: z.string().max(LIMITS.textNode),
  format: z.number().int().min(0).max(0xffff),
  detail: z.number().int().min(0).max(0xff),
  mode: z.enum(['normal', 'token', 'segmented']),
  style: z.string().max(1_000),
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
  format: z.number().int().min(0).max(0xffff),
  detail: z.number().int().min(0).max(0xff),
  mode: z.enum(['normal', 'token', 'segmented']),
  style: z.string().max(1_000),
  $: NodeStateSchema,
});

export const InlineNodeSchema = z.discriminatedUnion('type', [TextNodeSchema, LineBreakNodeSchema, TabNodeSchema]);
export type SerializedInline = z.infer<typeof InlineNodeSchema>;

export const ParagraphNodeSchema = z.strictObject({
  type: z.literal('paragraph'),
  version: z.literal(1),
  children: z.array(InlineNodeSchema).max(LIMITS.children),
  direction: Direction,
  format: ElementFormat,
  indent: z.number().int().min(0).max(LIMITS.depth),
  textFormat: z.number().int().min(0).max(0xffff).optional(),
  textStyle: z.string().max(1_000).optional(),
  $: NodeStateSchema,
});

export const BlockNodeSchema = z.discriminatedUnion('type', [ParagraphNodeSchema]);
export type SerializedBlock = z.infer<typeof BlockNodeSchema>;

export const RootNodeSchema = z.strictObject({
  type: z.literal('root'),
  version: z.literal(1),
  children: z.array(BlockNodeSchema).max(LIMITS.children),
  direction: Direction,
  format: ElementFormat,
  indent: z.number().int().min(0).max(LIMITS.depth),
  $: NodeStateSchema,
});

/** A body as the editor saves it: Lexical's `editorState.toJSON()`. */
export const BodySchema = z.strictObject({ root: RootNodeSchema });
export type Body = z.infer<typeof BodySchema>;
