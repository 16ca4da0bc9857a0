import type { Body, SerializedBlock } from './nodes';

/** An empty body: one empty paragraph, as a fresh Lexical editor holds. */
export function emptyBody(): Body {
  return { root: { type: 'root', version: 1, children: [], direction: null, format: '', indent: 0 } };
}

/** A body of plain paragraphs, one per string (used by samples, imports and tests). */
export function bodyFromParagraphs(paragraphs: readonly string[]): Body {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: paragraphs.map((text) => ({
        type: 'paragraph' as const,
        version: 1 as const,
        direction: null,
        format: '' as const,
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: text
          ? [{ type: 'text' as const, version: 1 as const, text, format: 0, detail: 0, mode: 'normal' as const, style: '' }]
          : [],
      })),
    },
  };
}

function blockText(block: SerializedBlock): string {
  let out = '';
  for (const child of block.children) {
    if (child.type === 'linebreak') out += '\n';
    else out += child.text;
  }
  return out;
}

/** The body's text, one block per line: what search indexes and word count counts. */
export function bodyToPlainText(body: Body): string {
  return body.root.children.map(blockText).join('\n');
}

/** The body's blocks as plain strings, in order. */
export function bodyParagraphs(body: Body): string[] {
  return body.root.children.map(blockText);
}
