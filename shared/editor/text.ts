import { BLOCK_STATE, blockText, newBlockId, type BlockLink } from './blocks';
import type { Body } from './nodes';

/** An empty body: no blocks (the editor shows one empty paragraph). */
export function emptyBody(): Body {
  return { root: { type: 'root', version: 1, children: [], direction: null, format: '', indent: 0 } };
}

/**
 * A body of plain paragraphs, one per string, each with a new block id (used by samples,
 * imports and tests). `links[i]`, when given, records paragraph i as a translation of an
 * original block.
 */
export function bodyFromParagraphs(
  paragraphs: readonly string[],
  links?: ReadonlyArray<BlockLink | null>,
): Body {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: paragraphs.map((text, i) => {
        const link = links?.[i];
        return {
          type: 'paragraph' as const,
          version: 1 as const,
          direction: null,
          format: '' as const,
          indent: 0,
          textFormat: 0,
          textStyle: '',
          $: {
            [BLOCK_STATE.id]: newBlockId(),
            ...(link ? { [BLOCK_STATE.src]: link.src, [BLOCK_STATE.srcHash]: link.srcHash, [BLOCK_STATE.srcText]: link.srcText } : {}),
          },
          children: text
            ? [{ type: 'text' as const, version: 1 as const, text, format: 0, detail: 0, mode: 'normal' as const, style: '' }]
            : [],
        };
      }),
    },
  };
}

/** The body's text, one block per line: what search indexes and word count counts. */
export function bodyToPlainText(body: Body): string {
  return body.root.children.map(blockText).join('\n');
}

/** The body's blocks as plain strings, in order. */
export function bodyParagraphs(body: Body): string[] {
  return body.root.children.map(blockText);
}
