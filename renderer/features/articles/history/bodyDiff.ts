import { diffArrays } from 'diff';
import { tidy } from './tidy';
import { wordDiff, type DiffLimits, type Segment } from './wordDiff';

/** Paragraph-level diffs give up past this many differing paragraphs and compare word by word instead. */
const MAX_EDIT_PARAGRAPHS = 1_000;

/**
 * The word-level changes between two bodies (paragraphs separated by "\n"). Paragraphs are
 * matched first, so a long body with one edited paragraph costs little; only the paragraphs
 * that differ are compared word by word. In the result every paragraph ends with "\n".
 */
export function bodyDiff(before: string, after: string, limits: DiffLimits = {}): Segment[] {
  const a = paragraphs(before);
  const b = paragraphs(after);
  const changes = diffArrays(a, b, { maxEditLength: MAX_EDIT_PARAGRAPHS }) ?? [
    { value: a, removed: true, added: false, count: a.length },
    { value: b, removed: false, added: true, count: b.length },
  ];

  const out: Segment[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    out.push(...changedParagraphs(removed, added, limits));
    removed = [];
    added = [];
  };
  for (const change of changes) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flush();
      out.push({ kind: 'same', text: change.value.join('') });
    }
  }
  flush();
  return tidy(out);
}

function paragraphs(text: string): string[] {
  return text.split('\n').map((p) => `${p}\n`);
}

/** Paragraphs replaced one for one are compared in pairs; otherwise the run is compared as a whole. */
function changedParagraphs(removed: readonly string[], added: readonly string[], limits: DiffLimits): Segment[] {
  if (removed.length === 0 && added.length === 0) return [];
  if (removed.length === added.length) return removed.flatMap((r, i) => wordDiff(r, added[i] ?? '', limits));
  return wordDiff(removed.join(''), added.join(''), limits);
}
