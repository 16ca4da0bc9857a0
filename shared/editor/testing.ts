/** For tests: every node `type` found in a serialized body or node tree. */
export function typesIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) typesIn(v, out);
  else if (value !== null && typeof value === 'object') {
    const node = value as { type?: unknown; children?: unknown; root?: unknown };
    if (typeof node.type === 'string') out.add(node.type);
    typesIn(node.children, out);
    typesIn(node.root, out);
  }
  return out;
}
