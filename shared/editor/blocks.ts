import type { Body, SerializedBlock, SerializedInline, SerializedList } from './nodes';

/**
 * Block identity and translation links. Every top-level block of a body carries, in
 * Lexical's NodeState (`$` in the JSON):
 *
 * - `id`: its own stable id, kept through edits, moves and reloads; a split gives the new
 *   part a new id (renderer/editor/blockIds.ts keeps that true while editing).
 * - in a translation, `src`, `srcHash` and `srcText`: the id of the original block it was
 *   written against, that block's content hash then, and its text then. When the original
 *   block's hash moves on, the translated block is stale, and `srcText` shows what changed.
 */
export const BLOCK_STATE = { id: 'id', src: 'src', srcHash: 'srcHash', srcText: 'srcText' } as const;

const ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A new block id: 12 random characters (71 bits), unique for any body's lifetime. */
export function newBlockId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += ID_ALPHABET[byte % 62];
  return id;
}

/** Text as compared for staleness: whitespace runs count as one space. */
export function normalizeBlockText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A block's content hash: 53 bits (cyrb53) of its normalized text, in base 36. Formatting
 * alone (bold, a heading level) does not make a translation stale; a change of words does.
 */
export function hashBlockText(text: string): string {
  const normalized = normalizeBlockText(text);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < normalized.length; i++) {
    const c = normalized.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function inlineText(nodes: readonly SerializedInline[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'linebreak') out += '\n';
    else if (node.type === 'link') out += inlineText(node.children);
    else out += node.text;
  }
  return out;
}

function listText(list: SerializedList): string {
  const lines: string[] = [];
  for (const item of list.children) {
    let line = '';
    for (const child of item.children) {
      if (child.type === 'list') {
        if (line) lines.push(line);
        line = '';
        lines.push(listText(child));
      } else line += inlineText([child]);
    }
    if (line) lines.push(line);
  }
  return lines.join('\n');
}

/** A block's plain text; list items on lines of their own; an image's caption. */
export function blockText(block: SerializedBlock): string {
  if (block.type === 'image') return block.caption;
  return block.type === 'list' ? listText(block) : inlineText(block.children);
}

function stateString(block: SerializedBlock, key: string): string {
  const value = block.$?.[key];
  return typeof value === 'string' ? value : '';
}

/** The original block a translated block was written against, as its NodeState records it. */
export interface BlockLink {
  src: string;
  srcHash: string;
  srcText: string;
}

/** What a translation is told of an original block: its id, hash and text. */
export interface OriginalBlock {
  id: string;
  hash: string;
  text: string;
}

/** The link that records a translated block as written against this original block, as it stands now. */
export function linkTo(original: OriginalBlock): BlockLink {
  return { src: original.id, srcHash: original.hash, srcText: original.text };
}

/** What alignment and staleness need to know of one top-level block. */
export interface BlockInfo {
  /** Its position in the body. */
  index: number;
  /** Its block id; '' for a block saved before it had one. */
  id: string;
  text: string;
  hash: string;
  /** The original block it translates, or ''. */
  src: string;
  srcHash: string;
  srcText: string;
}

export function blockInfo(block: SerializedBlock, index: number): BlockInfo {
  const text = blockText(block);
  return {
    index,
    id: stateString(block, BLOCK_STATE.id),
    text,
    // Another photo in the original's place makes its translation stale, as new words do.
    hash: hashBlockText(block.type === 'image' ? `${block.mediaId} ${text}` : text),
    src: stateString(block, BLOCK_STATE.src),
    srcHash: stateString(block, BLOCK_STATE.srcHash),
    srcText: stateString(block, BLOCK_STATE.srcText),
  };
}

export function blocksOf(body: Body): BlockInfo[] {
  return body.root.children.map(blockInfo);
}
