/**
 * Size limits enforced at the transport. They are generous for real writing and stop a
 * hostile or runaway payload before it reaches the store.
 */
export const LIMITS = {
  title: 1_000,
  summary: 5_000,
  source: 1_000,
  slug: 200,
  tag: 100,
  tags: 50,
  authors: 20,
  sectionId: 64,
  query: 500,
  /** A body as Lexical JSON; ~2 MB holds a very long piece with room to spare. */
  bodyJsonChars: 2_000_000,
  /** Text of one text node. */
  textNode: 200_000,
  /** A link's address. */
  url: 2_048,
  /** Children of one element node, and depth of the node tree. */
  children: 20_000,
  depth: 16,
  /** Whole request bodies at the transport. */
  requestBytes: 4_000_000,
} as const;
