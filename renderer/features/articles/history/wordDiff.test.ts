import { describe, expect, it } from 'vitest';
import { tidy } from './tidy';
import { tokenize, wordDiff, type Segment } from './wordDiff';

const text = (segments: readonly Segment[], side: 'before' | 'after') =>
  segments.filter((s) => s.kind === 'same' || s.kind === (side === 'before' ? 'removed' : 'added')).map((s) => s.text).join('');

describe('wordDiff', () => {
  it('marks a replaced word as removed then added, keeping the rest', () => {
    expect(wordDiff('The minister said today', 'The minister announced today')).toEqual([
      { kind: 'same', text: 'The minister ' },
      { kind: 'removed', text: 'said' },
      { kind: 'added', text: 'announced' },
      { kind: 'same', text: ' today' },
    ]);
  });

  it('treats a Russian word as one word, not letter by letter', () => {
    expect(wordDiff('Министр сказал вчера', 'Министр заявил вчера')).toEqual([
      { kind: 'same', text: 'Министр ' },
      { kind: 'removed', text: 'сказал' },
      { kind: 'added', text: 'заявил' },
      { kind: 'same', text: ' вчера' },
    ]);
  });

  it('reads neighbouring replaced words as one phrase', () => {
    expect(wordDiff('the cat sat', 'a dog sat')).toEqual([
      { kind: 'removed', text: 'the cat' },
      { kind: 'added', text: 'a dog' },
      { kind: 'same', text: ' sat' },
    ]);
  });

  it('leaves the spaces around a replacement unchanged', () => {
    expect(wordDiff('has a few words', 'has a handful of words')).toEqual([
      { kind: 'same', text: 'has a ' },
      { kind: 'removed', text: 'few' },
      { kind: 'added', text: 'handful of' },
      { kind: 'same', text: ' words' },
    ]);
  });

  it('shows pure additions and removals', () => {
    expect(wordDiff('', 'New title')).toEqual([{ kind: 'added', text: 'New title' }]);
    expect(wordDiff('Old title', '')).toEqual([{ kind: 'removed', text: 'Old title' }]);
    expect(wordDiff('one three', 'one two three')).toEqual([
      { kind: 'same', text: 'one ' },
      { kind: 'added', text: 'two ' },
      { kind: 'same', text: 'three' },
    ]);
  });

  it('returns the text as unchanged when identical, and nothing for two empty texts', () => {
    expect(wordDiff('Same words.', 'Same words.')).toEqual([{ kind: 'same', text: 'Same words.' }]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('shows the whole text replaced once the time for comparing is spent', () => {
    expect(wordDiff('a b', 'a c', { deadline: Date.now() - 1 })).toEqual([
      { kind: 'removed', text: 'a b' },
      { kind: 'added', text: 'a c' },
    ]);
  });

  it('always rebuilds both texts exactly', () => {
    const pairs: Array<[string, string]> = [
      ['Ёлка, ель — «дерево».\nВторой абзац.', 'Ель — «дерево»!\n\nВторой абзац, изменён.'],
      ["it's a well-known fact", 'it is a well known fact'],
      ['a  b\tc', 'a b c'],
    ];
    for (const [before, after] of pairs) {
      const diff = wordDiff(before, after);
      expect(text(diff, 'before')).toBe(before);
      expect(text(diff, 'after')).toBe(after);
    }
  });

  it('gives up past the edit limit and shows the whole text replaced', () => {
    expect(wordDiff('a b c d', 'w x y z', { maxEditTokens: 2 })).toEqual([
      { kind: 'removed', text: 'a b c d' },
      { kind: 'added', text: 'w x y z' },
    ]);
  });
});

describe('tokenize', () => {
  it('splits into words, spaces, newlines and punctuation', () => {
    expect(tokenize('Ёлка-палка, it’s\n  ok')).toEqual(['Ёлка-палка', ',', ' ', 'it’s', '\n', '  ', 'ok']);
  });
});

describe('tidy', () => {
  it('keeps a paragraph break between changes as unchanged', () => {
    expect(
      tidy([
        { kind: 'removed', text: 'a' },
        { kind: 'same', text: '\n' },
        { kind: 'added', text: 'b' },
      ]),
    ).toEqual([
      { kind: 'removed', text: 'a' },
      { kind: 'same', text: '\n' },
      { kind: 'added', text: 'b' },
    ]);
  });

  it('merges neighbours of one kind and drops empty pieces', () => {
    expect(
      tidy([
        { kind: 'same', text: 'a' },
        { kind: 'same', text: '' },
        { kind: 'same', text: 'b' },
        { kind: 'added', text: 'c' },
        { kind: 'removed', text: 'd' },
      ]),
    ).toEqual([
      { kind: 'same', text: 'ab' },
      { kind: 'removed', text: 'd' },
      { kind: 'added', text: 'c' },
    ]);
  });
});
