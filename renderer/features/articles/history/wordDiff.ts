import { diffArrays } from 'diff';
import { tidy } from './tidy';

/** A stretch of text that both versions share, or that only the later (`added`) or earlier (`removed`) one has. */
export interface Segment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Tokens a diff compares: each word (letters of any script, so a Russian word is one token,
 * not one per letter), each newline, each run of other whitespace, each other character.
 */
const TOKEN = /\n|[^\S\n]+|[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*|[^\s]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * How far a diff may go before it gives up and shows the whole earlier text as removed and
 * the whole later text as added, so that comparing a wholesale rewrite stays quick.
 */
export interface DiffLimits {
  /** Tokens that may differ. */
  maxEditTokens?: number;
  /** A `Date.now()` after which no more comparing is done. */
  deadline?: number;
}

export const MAX_EDIT_TOKENS = 1_000;

/** The word-level changes from `before` to `after`, in reading order, a removal before its replacement. */
export function wordDiff(before: string, after: string, limits: DiffLimits = {}): Segment[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const wholesale = (): Segment[] => tidy([{ kind: 'removed', text: before }, { kind: 'added', text: after }]);
  const timeout = limits.deadline === undefined ? undefined : limits.deadline - Date.now();
  if (timeout !== undefined && timeout <= 0) return wholesale();
  const changes = diffArrays(tokenize(before), tokenize(after), {
    maxEditLength: limits.maxEditTokens ?? MAX_EDIT_TOKENS,
    ...(timeout === undefined ? {} : { timeout }),
  });
  if (!changes) return wholesale();
  return tidy(changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value.join('') })));
}
