import type { Segment } from './wordDiff';

/**
 * Makes a diff read as phrases: a lone space between two changes joins them (`the cat` →
 * `a dog` reads as one replacement, not two), the removals of a run come before its
 * additions, and empty or neighbouring pieces of one kind merge.
 */
export function tidy(segments: readonly Segment[]): Segment[] {
  const absorbed: Segment[] = [];
  segments.forEach((s, i) => {
    const between = i > 0 && i < segments.length - 1 && segments[i - 1]?.kind !== 'same' && segments[i + 1]?.kind !== 'same';
    if (s.kind === 'same' && between && /^[^\S\n]+$/.test(s.text)) {
      absorbed.push({ kind: 'removed', text: s.text }, { kind: 'added', text: s.text });
    } else absorbed.push(s);
  });

  const out: Segment[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  for (const s of absorbed) {
    if (s.kind === 'removed') removed += s.text;
    else if (s.kind === 'added') added += s.text;
    else if (s.text) {
      flush();
      const last = out[out.length - 1];
      if (last?.kind === 'same') last.text += s.text;
      else out.push({ kind: 'same', text: s.text });
    }
  }
  flush();
  return shiftSharedSpaces(out);
}

/** Spaces at the edges of both halves of a replacement belong to the unchanged text around it. */
function shiftSharedSpaces(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const removed = segments[i];
    const added = segments[i + 1];
    if (!removed) continue;
    if (removed.kind !== 'removed' || added?.kind !== 'added') {
      pushSame(out, removed);
      continue;
    }
    const lead = sharedSpace(removed.text, added.text, 'start');
    const trail = sharedSpace(removed.text.slice(lead.length), added.text.slice(lead.length), 'end');
    const cut = (text: string) => text.slice(lead.length, text.length - trail.length);
    if (lead) pushSame(out, { kind: 'same', text: lead });
    out.push({ kind: 'removed', text: cut(removed.text) }, { kind: 'added', text: cut(added.text) });
    if (trail) pushSame(out, { kind: 'same', text: trail });
    i++;
  }
  return out;
}

/** The spaces both texts have at one edge, unless taking them would leave either text empty. */
function sharedSpace(a: string, b: string, side: 'start' | 'end'): string {
  const edge = side === 'start' ? /^[^\S\n]+/ : /[^\S\n]+$/;
  const x = a.match(edge)?.[0] ?? '';
  const y = b.match(edge)?.[0] ?? '';
  const at = (text: string, k: number) => (side === 'start' ? text[k] : text[text.length - 1 - k]);
  let n = 0;
  while (n < x.length && n < y.length && at(x, n) === at(y, n)) n++;
  if (n >= a.length || n >= b.length) return '';
  return side === 'start' ? x.slice(0, n) : x.slice(x.length - n);
}

/** Appends a segment, joining it to unchanged text before it when both are unchanged. */
function pushSame(out: Segment[], segment: Segment): void {
  const last = out[out.length - 1];
  if (segment.kind === 'same' && last?.kind === 'same') last.text += segment.text;
  else out.push({ ...segment });
}
