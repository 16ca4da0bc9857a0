import { describe, expect, it } from 'vitest';
import { collapse, leadingEnd, toLines, trailingStart } from './collapse';

const words = (n: number, prefix = 'w') => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`).join(' ');

describe('collapse', () => {
  it('keeps a few words either side of a change and leaves the rest out', () => {
    const pieces = collapse(
      [
        { kind: 'same', text: `${words(20)} ` },
        { kind: 'added', text: 'new' },
        { kind: 'same', text: ` ${words(20, 'v')}` },
      ],
      3,
    );
    expect(pieces).toEqual([
      { kind: 'gap' },
      { kind: 'same', text: 'w18 w19 w20 ' },
      { kind: 'added', text: 'new' },
      { kind: 'same', text: ' v1 v2 v3' },
      { kind: 'gap' },
    ]);
  });

  it('cuts the middle of a long stretch between two changes', () => {
    const pieces = collapse(
      [
        { kind: 'removed', text: 'a' },
        { kind: 'same', text: ` ${words(20)} ` },
        { kind: 'removed', text: 'b' },
      ],
      2,
    );
    expect(pieces).toEqual([
      { kind: 'removed', text: 'a' },
      { kind: 'same', text: ' w1 w2' },
      { kind: 'gap' },
      { kind: 'same', text: 'w19 w20 ' },
      { kind: 'removed', text: 'b' },
    ]);
  });

  it('keeps a short stretch whole', () => {
    const segments = [
      { kind: 'same', text: 'one two ' },
      { kind: 'added', text: 'three' },
      { kind: 'same', text: ' four five six' },
    ] as const;
    expect(collapse(segments, 2)).toEqual(segments);
  });

  it('stops context at the changed paragraph and leaves whole paragraphs out', () => {
    const body = `${words(30)}\nFar away.\nThe start of it `;
    const pieces = collapse(
      [
        { kind: 'same', text: body },
        { kind: 'added', text: 'changed' },
        { kind: 'same', text: ' end of it.\nAnother paragraph here, long enough.\n' },
      ],
      6,
    );
    expect(pieces).toEqual([
      { kind: 'gap' },
      { kind: 'same', text: '\nThe start of it ' },
      { kind: 'added', text: 'changed' },
      { kind: 'same', text: ' end of it.\n' },
      { kind: 'gap' },
    ]);
  });

  it('shows nothing when nothing changed', () => {
    expect(collapse([{ kind: 'same', text: words(50) }])).toEqual([]);
  });

  it('shows only the changes of a 10,000-word text', () => {
    const long = words(10_000);
    const pieces = collapse([
      { kind: 'same', text: `${long} ` },
      { kind: 'removed', text: 'old' },
      { kind: 'same', text: ` ${long}` },
    ]);
    const shown = pieces.map((p) => ('text' in p ? p.text : '…')).join('');
    expect(shown.split(/\s+/).length).toBeLessThan(20);
  });
});

describe('context edges', () => {
  it('leadingEnd stops after n words or at a newline', () => {
    expect(leadingEnd(' a b c d', 2)).toBe(4);
    expect(leadingEnd(' a\nb c', 3)).toBe(3);
    expect(leadingEnd(' a b\n c', 2)).toBe(5);
  });

  it('trailingStart starts n words back or at a newline, keeping it', () => {
    expect(trailingStart('a b c d ', 2)).toBe(4);
    expect(trailingStart('a b\nc ', 3)).toBe(3);
    expect(trailingStart('a\n b c ', 2)).toBe(1);
  });
});

describe('toLines', () => {
  it('splits pieces into paragraphs and drops the final empty line', () => {
    expect(
      toLines([
        { kind: 'same', text: 'One ' },
        { kind: 'added', text: 'two' },
        { kind: 'same', text: '\nThree\n' },
      ]),
    ).toEqual([
      [
        { kind: 'same', text: 'One ' },
        { kind: 'added', text: 'two' },
      ],
      [{ kind: 'same', text: 'Three' }],
    ]);
  });

  it('marks an added or removed paragraph break', () => {
    expect(
      toLines([
        { kind: 'same', text: 'One' },
        { kind: 'added', text: '\n' },
        { kind: 'same', text: 'two\n' },
      ]),
    ).toEqual([
      [
        { kind: 'same', text: 'One' },
        { kind: 'added', text: '¶' },
      ],
      [{ kind: 'same', text: 'two' }],
    ]);
  });

  it('does not mark the break of a wholly removed paragraph', () => {
    expect(toLines([{ kind: 'same', text: 'A\n' }, { kind: 'removed', text: 'B\n' }])).toEqual([
      [{ kind: 'same', text: 'A' }],
      [{ kind: 'removed', text: 'B' }],
    ]);
  });

  it('keeps a gap in its line', () => {
    expect(toLines([{ kind: 'gap' }, { kind: 'same', text: '\nx ' }, { kind: 'added', text: 'y' }])).toEqual([
      [{ kind: 'gap' }],
      [
        { kind: 'same', text: 'x ' },
        { kind: 'added', text: 'y' },
      ],
    ]);
  });
});
