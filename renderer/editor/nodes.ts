import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode, LexicalNodeReplacement } from 'lexical';
import { ImageNode } from './image/ImageNode';

/**
 * The node classes a body editor registers beyond Lexical's own (root, paragraph, text,
 * line break, tab), photos (image/ImageNode.tsx) among them. Every node type here must also
 * be in shared/editor/nodes.ts (the schema the store accepts) and have an HTML rendering in
 * shared/editor; normalize.ts keeps each within the shapes that schema allows (h2 and h3
 * only, bold and italic only, …), and a photo keeps itself a top-level block.
 */
export const BODY_NODES: ReadonlyArray<Klass<LexicalNode> | LexicalNodeReplacement> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  ImageNode,
];
