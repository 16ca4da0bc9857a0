import type { Klass, LexicalNode, LexicalNodeReplacement } from 'lexical';

/**
 * The node classes a body editor registers beyond Lexical's own (root, paragraph, text,
 * line break, tab). Every node type here must also be in shared/editor/nodes.ts (the
 * schema the store accepts) and have an HTML rendering in shared/editor. Headings, quotes,
 * lists and links join here with the rich-text work.
 */
export const BODY_NODES: ReadonlyArray<Klass<LexicalNode> | LexicalNodeReplacement> = [];
