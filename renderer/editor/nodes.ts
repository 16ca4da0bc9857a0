import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode, LexicalNodeReplacement } from 'lexical';

/**
 * The node classes a body editor registers beyond Lexical's own (root, paragraph, text,
 * line break, tab). Every node type here must also be in shared/editor/nodes.ts (the
 * schema the store accepts) and have an HTML rendering in shared/editor; normalize.ts keeps
 * each within the shapes that schema allows (h2 and h3 only, bold and italic only, …).
 */
export const BODY_NODES: ReadonlyArray<Klass<LexicalNode> | LexicalNodeReplacement> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
];
