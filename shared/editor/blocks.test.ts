import { describe, expect, it } from 'vitest';
import { BLOCK_STATE, blockInfo, blocksOf, blockText, hashBlockText, newBlockId, normalizeBlockText } from './blocks';
import type { SerializedBlock, SerializedInline, SerializedLeaf, SerializedList, SerializedListItem } from './nodes';
import { bodyFromParagraphs } from './text';

const element = { direction: null, format: '', indent: 0 } as const;
const text = (value: string, format = 0): SerializedLeaf => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' });
const item = (children: Array<SerializedInline | SerializedList>): SerializedListItem => ({ type: 'listitem', version: 1, value: 1, children, ...element });
const list = (items: SerializedListItem[]): SerializedList => ({ type: 'list', version: 1, listType: 'bullet', start: 1, tag: 'ul', children: items, ...element });
const paragraph = (children: SerializedInline[], $?: Record<string, string>): SerializedBlock => ({ type: 'paragraph', version: 1, children, ...element, ...($ ? { $ } : {}) });

describe('hashBlockText', () => {
  it('is stable: the same text always gives the same hash', () => {
    // Pinned values: saved translations hold these hashes, so a change to the function
    // would mark every translated block stale.
    expect(hashBlockText('The council met on Tuesday.')).toBe('1yjebf1307k');
    expect(hashBlockText('')).toBe('wvjl67o803');
    expect(hashBlockText('The council met on Tuesday.')).toBe(hashBlockText('The council met on Tuesday.'));
  });

  it('ignores whitespace differences', () => {
    const h = hashBlockText('The council met on Tuesday.');
    expect(hashBlockText('  The council  met\non\tTuesday. ')).toBe(h);
    expect(hashBlockText('The council\u00a0met on Tuesday.')).toBe(h);
    expect(normalizeBlockText(' a \n\n b\t')).toBe('a b');
  });

  it('changes when the words change', () => {
    const h = hashBlockText('The council met on Tuesday.');
    expect(hashBlockText('The council met on Wednesday.')).not.toBe(h);
    expect(hashBlockText('The council met on Tuesday')).not.toBe(h);
    expect(hashBlockText('the council met on Tuesday.')).not.toBe(h);
    expect(hashBlockText('Thecouncil met on Tuesday.')).not.toBe(h);
  });

  it('spreads many texts over distinct hashes', () => {
    const hashes = new Set<string>();
    for (let i = 0; i < 10_000; i++) hashes.add(hashBlockText(`Paragraph number ${i}.`));
    expect(hashes.size).toBe(10_000);
  });
});

describe('newBlockId', () => {
  it('gives 12 characters of [0-9A-Za-z], unique over 10k ids', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const id = newBlockId();
      expect(id).toMatch(/^[0-9A-Za-z]{12}$/);
      ids.add(id);
    }
    expect(ids.size).toBe(10_000);
  });

  it('uses the whole alphabet', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2_000; i++) for (const ch of newBlockId()) seen.add(ch);
    expect(seen.size).toBe(62);
  });
});

describe('blockText', () => {
  it('reads paragraphs with links, line breaks and tabs', () => {
    const block = paragraph([
      text('Read '),
      { type: 'link', version: 1, url: 'https://example.com', children: [text('the '), text('report', 1)], ...element },
      text(' now'),
      { type: 'linebreak', version: 1 },
      text('a'),
      { type: 'tab', version: 1, text: '\t', format: 0, detail: 2, mode: 'normal', style: '' },
      text('b'),
    ]);
    expect(blockText(block)).toBe('Read the report now\na\tb');
  });

  it('puts list items, nested ones too, on lines of their own', () => {
    const block = list([
      item([text('one')]),
      item([list([item([text('one.a')]), item([list([item([text('one.a.i')])])])])]),
      item([text('two'), list([item([text('two.a')])])]),
      item([]),
      item([text('three')]),
    ]);
    expect(blockText(block)).toBe('one\none.a\none.a.i\ntwo\ntwo.a\nthree');
  });

  it('reads headings and quotes', () => {
    expect(blockText({ type: 'heading', version: 1, tag: 'h2', children: [text('Title')], ...element })).toBe('Title');
    expect(blockText({ type: 'quote', version: 1, children: [text('Said '), text('this', 2)], ...element })).toBe('Said this');
  });
});

describe('blocksOf', () => {
  it('reads block ids and translation links from NodeState', () => {
    const original = bodyFromParagraphs(['First.', 'Second.']);
    const [o0, o1] = blocksOf(original);
    expect(o0?.id).toMatch(/^[0-9A-Za-z]{12}$/);
    expect(o0?.id).not.toBe(o1?.id);
    expect(o0?.text).toBe('First.');
    expect(o0?.hash).toBe(hashBlockText('First.'));
    expect(o1?.index).toBe(1);
    expect(o0?.src).toBe('');

    const translation = bodyFromParagraphs(['Первый.', 'Второй.'], [{ src: o0?.id ?? '', srcHash: o0?.hash ?? '', srcText: 'First.' }, null]);
    const [t0, t1] = blocksOf(translation);
    expect(t0).toMatchObject({ index: 0, text: 'Первый.', src: o0?.id, srcHash: o0?.hash, srcText: 'First.' });
    expect(t1).toMatchObject({ index: 1, src: '', srcHash: '', srcText: '' });
  });

  it('reads a block without state, or with state of the wrong kind, as unlinked', () => {
    expect(blockInfo(paragraph([text('x')]), 3)).toEqual({ index: 3, id: '', text: 'x', hash: hashBlockText('x'), src: '', srcHash: '', srcText: '' });
    const odd: SerializedBlock = { ...paragraph([text('x')]), $: { [BLOCK_STATE.id]: 42, [BLOCK_STATE.src]: null } };
    expect(blockInfo(odd, 0)).toMatchObject({ id: '', src: '' });
    expect(blockInfo(paragraph([text('y')], { id: 'abcdefghijkl', other: 'kept out' }), 0).id).toBe('abcdefghijkl');
  });
});
