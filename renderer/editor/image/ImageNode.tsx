import {
  $applyNodeReplacement,
  $getDocument,
  $getRoot,
  DecoratorNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { JSX } from 'react';
import { MEDIA_LIMITS, MediaIdSchema } from '../../../shared/domain/media';
import { ImageBlock } from './ImageBlock';

/**
 * An image placed in a body: a top-level block naming an image of the library (`mediaId`),
 * with this placement's caption and alt text in the body's language. The credit is the
 * image's own and lives in the library. Serialized exactly as shared/editor/nodes.ts's
 * `ImageNodeSchema` says; block id and translation link ride in NodeState (`$`) as on
 * every other block (renderer/editor/blockState.ts).
 */
export type SerializedImageNode = Spread<
  {
    type: 'image';
    version: 1;
    mediaId: string;
    caption: string;
    altText: string;
  },
  SerializedLexicalNode
>;

export interface ImagePayload {
  mediaId: string;
  caption?: string;
  altText?: string;
}

/** The CSS class of the block's element (the decorator's container). */
export const IMAGE_BLOCK_CLASS = 'body-image';

/** Marks the figure this node writes to the clipboard, so a paste into another body keeps the photo. */
const CLIPBOARD_ATTRIBUTE = 'data-tandem-media';
const CLIPBOARD_ALT_ATTRIBUTE = 'data-tandem-alt';

const clip = (value: string, max: number) => (value.length > max ? value.slice(0, max) : value);

export class ImageNode extends DecoratorNode<JSX.Element> {
  __mediaId: string;
  __caption: string;
  __altText: string;

  static override getType(): string {
    return 'image';
  }

  static override clone(node: ImageNode): ImageNode {
    return new ImageNode(node.__mediaId, node.__caption, node.__altText, node.__key);
  }

  constructor(mediaId = '', caption = '', altText = '', key?: NodeKey) {
    super(key);
    this.__mediaId = mediaId;
    this.__caption = caption;
    this.__altText = altText;
  }

  static override importJSON(serialized: SerializedImageNode): ImageNode {
    return $createImageNode({ mediaId: serialized.mediaId }).updateFromJSON(serialized);
  }

  override updateFromJSON(serialized: LexicalUpdateJSON<SerializedImageNode>): this {
    // A compact export (Lexical's, for the clipboard) may leave out empty strings.
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    return super
      .updateFromJSON(serialized)
      .setMediaId(text(serialized.mediaId))
      .setCaption(text(serialized.caption))
      .setAltText(text(serialized.altText));
  }

  /** Exactly the fields of shared/editor/nodes.ts's ImageNodeSchema: the store refuses any other. */
  override exportJSON(): SerializedImageNode {
    const base = super.exportJSON();
    const json: SerializedImageNode = {
      type: 'image',
      version: 1,
      mediaId: this.__mediaId,
      caption: this.__caption,
      altText: this.__altText,
    };
    const state = (base as { $?: Record<string, unknown> }).$;
    if (state !== undefined) json.$ = state;
    return json;
  }

  /** Only a figure this editor wrote itself (copied from another body) comes back as a photo; other images in pasted HTML are dropped. */
  static override importDOM(): DOMConversionMap | null {
    return {
      figure: (element: HTMLElement) =>
        element.hasAttribute(CLIPBOARD_ATTRIBUTE) ? { conversion: $convertFigureElement, priority: 2 } : null,
    };
  }

  override exportDOM(): DOMExportOutput {
    const doc = $getDocument();
    const figure = doc.createElement('figure');
    figure.setAttribute(CLIPBOARD_ATTRIBUTE, this.__mediaId);
    if (this.__altText) figure.setAttribute(CLIPBOARD_ALT_ATTRIBUTE, this.__altText);
    if (this.__caption) {
      const caption = doc.createElement('figcaption');
      caption.textContent = this.__caption;
      figure.append(caption);
    }
    return { element: figure };
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement('div');
    element.className = IMAGE_BLOCK_CLASS;
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  /** The caption: what search, word count and alignment read of a photo (shared/editor/blocks.ts). */
  override getTextContent(): string {
    return this.getLatest().__caption;
  }

  getMediaId(): string {
    return this.getLatest().__mediaId;
  }

  getCaption(): string {
    return this.getLatest().__caption;
  }

  getAltText(): string {
    return this.getLatest().__altText;
  }

  setMediaId(mediaId: string): this {
    const writable = this.getWritable();
    writable.__mediaId = mediaId;
    return writable;
  }

  setCaption(caption: string): this {
    const value = clip(caption, MEDIA_LIMITS.caption);
    if (this.getLatest().__caption === value) return this;
    const writable = this.getWritable();
    writable.__caption = value;
    return writable;
  }

  setAltText(altText: string): this {
    const value = clip(altText, MEDIA_LIMITS.altText);
    if (this.getLatest().__altText === value) return this;
    const writable = this.getWritable();
    writable.__altText = value;
    return writable;
  }

  override decorate(_editor: LexicalEditor, _config: EditorConfig): JSX.Element {
    return <ImageBlock nodeKey={this.__key} mediaId={this.__mediaId} caption={this.__caption} altText={this.__altText} />;
  }

  /** A photo is a block of the body itself: one that lands inside a list or quote (a paste) moves out, below it. */
  static override transform(): ((node: LexicalNode) => void) | null {
    return (node) => {
      if (!$isImageNode(node)) return;
      const parent = node.getParent();
      if (parent === null || parent === $getRoot()) return;
      const top = node.getTopLevelElement();
      if (top !== null && top !== node) top.insertAfter(node);
    };
  }
}

function $convertFigureElement(element: HTMLElement): DOMConversionOutput {
  const mediaId = element.getAttribute(CLIPBOARD_ATTRIBUTE) ?? '';
  if (!MediaIdSchema.safeParse(mediaId).success) return { node: null };
  const caption = element.querySelector('figcaption')?.textContent ?? '';
  const altText = element.getAttribute(CLIPBOARD_ALT_ATTRIBUTE) ?? '';
  // The figure's children (its caption) are this node's own fields, not text of the body.
  return { node: $createImageNode({ mediaId, caption: caption.trim(), altText }), after: () => [] };
}

export function $createImageNode({ mediaId, caption = '', altText = '' }: ImagePayload): ImageNode {
  return $applyNodeReplacement(new ImageNode(mediaId, clip(caption, MEDIA_LIMITS.caption), clip(altText, MEDIA_LIMITS.altText)));
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
