import { describe, expect, it } from 'vitest';
import { bodyDiff } from './bodyDiff';

describe('bodyDiff', () => {
  it('compares only the paragraph that changed', () => {
    expect(bodyDiff('First.\nSecond one.\nThird.', 'First.\nSecond two.\nThird.')).toEqual([
      { kind: 'same', text: 'First.\nSecond ' },
      { kind: 'removed', text: 'one' },
      { kind: 'added', text: 'two' },
      { kind: 'same', text: '.\nThird.\n' },
    ]);
  });

  it('shows a new paragraph as added whole', () => {
    expect(bodyDiff('A.\nC.', 'A.\nB.\nC.')).toEqual([
      { kind: 'same', text: 'A.\n' },
      { kind: 'added', text: 'B.\n' },
      { kind: 'same', text: 'C.\n' },
    ]);
  });

  it('shows a removed last paragraph as removed whole', () => {
    expect(bodyDiff('A.\nB.', 'A.')).toEqual([
      { kind: 'same', text: 'A.\n' },
      { kind: 'removed', text: 'B.\n' },
    ]);
  });

  it('shows a split paragraph as an added break', () => {
    expect(bodyDiff('One two.', 'One\ntwo.')).toEqual([
      { kind: 'same', text: 'One' },
      { kind: 'removed', text: ' ' },
      { kind: 'added', text: '\n' },
      { kind: 'same', text: 'two.\n' },
    ]);
  });

  it('compares paragraphs replaced one for one in pairs', () => {
    const diff = bodyDiff('a b c\nd e f', 'a X c\nd e Y');
    expect(diff.filter((s) => s.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'X' },
      { kind: 'removed', text: 'f' },
      { kind: 'added', text: 'Y' },
    ]);
  });
});
