import type { Segment } from './wordDiff';

/** What the changes view shows: text (same, added, removed) or a gap where unchanged text is left out. */
export type Piece = Segment | { kind: 'gap' };

/** Words of unchanged text kept on each side of a change. */
export const CONTEXT_WORDS = 6;
/** Unchanged text shorter than this many words is shown whole rather than cut. */
const MIN_GAP_WORDS = 3;

/**
 * Leaves out long unchanged stretches, keeping a few words of context on each side of every
 * change, within the changed paragraph; so a long text shows only its changes.
 */
export function collapse(segments: readonly Segment[], context = CONTEXT_WORDS): Piece[] {
  const first = segments.findIndex((s) => s.kind !== 'same');
  const last = segments.findLastIndex((s) => s.kind !== 'same');
  if (first === -1) return [];
  const out: Piece[] = [];
  segments.forEach((s, i) => {
    if (s.kind !== 'same') {
      out.push(s);
      return;
    }
    const keepTo = i > first ? leadingEnd(s.text, context) : 0;
    const keepFrom = i < last ? trailingStart(s.text, context) : s.text.length;
    if (keepTo >= keepFrom || !hasWords(s.text.slice(keepTo, keepFrom), MIN_GAP_WORDS)) {
      out.push(s);
      return;
    }
    if (keepTo > 0) out.push({ kind: 'same', text: s.text.slice(0, keepTo) });
    out.push({ kind: 'gap' });
    if (keepFrom < s.text.length) out.push({ kind: 'same', text: s.text.slice(keepFrom) });
  });
  return out;
}

/** Where context after a change ends: after `n` words, or just after the paragraph's end if sooner. */
export function leadingEnd(text: string, n: number): number {
  let end = 0;
  let words = 0;
  while (words < n && end < text.length) {
    while (end < text.length && isSpace(text[end])) {
      if (text[end] === '\n') return end + 1;
      end++;
    }
    while (end < text.length && !isSpace(text[end])) end++;
    words++;
  }
  // A paragraph that ends right after the context keeps its end.
  for (let k = end; k < text.length && isSpace(text[k]); k++) if (text[k] === '\n') return k + 1;
  return end;
}

/** Where context before a change starts: `n` words back, or at the paragraph's start (its newline kept) if nearer. */
export function trailingStart(text: string, n: number): number {
  let start = text.length;
  let words = 0;
  while (words < n && start > 0) {
    while (start > 0 && isSpace(text[start - 1])) {
      if (text[start - 1] === '\n') return start - 1;
      start--;
    }
    while (start > 0 && !isSpace(text[start - 1])) start--;
    words++;
  }
  for (let k = start; k > 0 && isSpace(text[k - 1]); k--) if (text[k - 1] === '\n') return k - 1;
  return start;
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && /\s/.test(c);
}

function hasWords(text: string, n: number): boolean {
  const word = /\S+/g;
  let count = 0;
  while (word.exec(text)) if (++count >= n) return true;
  return false;
}

/**
 * The pieces as lines, one per paragraph. A paragraph break that was itself added or removed
 * shows as a marked `¶`, so splitting or joining paragraphs is visible.
 */
export function toLines(pieces: readonly Piece[]): Piece[][] {
  const lines: Piece[][] = [[]];
  const line = () => lines[lines.length - 1] as Piece[];
  for (const piece of pieces) {
    if (piece.kind === 'gap') {
      line().push(piece);
      continue;
    }
    const parts = piece.text.split('\n');
    parts.forEach((part, i) => {
      if (part) line().push({ kind: piece.kind, text: part });
      if (i === parts.length - 1) return;
      if (piece.kind !== 'same' && !part) line().push({ kind: piece.kind, text: '¶' });
      lines.push([]);
    });
  }
  if (lines.length > 1 && line().length === 0) lines.pop();
  return lines;
}
