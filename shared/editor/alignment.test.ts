import { describe, expect, it } from 'vitest';
import { alignBlocks, healthOf, translationHealth, type AlignedRow, type RowState } from './alignment';
import { BLOCK_STATE, blocksOf, linkTo, type BlockInfo } from './blocks';
import type { Body, SerializedBlock } from './nodes';
import { bodyFromParagraphs } from './text';

const ORIGINAL = ['Zero.', 'One.', 'Two.', 'Three.', 'Four.'];
const TRANSLATED = ['Ноль.', 'Один.', 'Два.', 'Три.', 'Четыре.'];

/** A translation of `original`, every block linked to the original block beside it. */
function linkedTranslation(original: Body, texts: readonly string[]): Body {
  const links = blocksOf(original).map(linkTo);
  return bodyFromParagraphs(texts, links);
}

function clone(body: Body): Body {
  return JSON.parse(JSON.stringify(body)) as Body;
}

function blockAt(body: Body, index: number): SerializedBlock {
  const block = body.root.children[index];
  if (!block) throw new Error(`no block ${index}`);
  return block;
}

/** The body with block `index` rewritten to `text`, keeping its id and links. */
function editText(body: Body, index: number, text: string): Body {
  const next = clone(body);
  const block = blockAt(next, index);
  if (block.type === 'list' || block.type === 'image') throw new Error('paragraphs only');
  block.children = text ? [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] : [];
  return next;
}

/** The body with a new paragraph (a new id) inserted at `index`. */
function insertParagraph(body: Body, index: number, text: string): Body {
  const next = clone(body);
  next.root.children.splice(index, 0, blockAt(bodyFromParagraphs([text]), 0));
  return next;
}

function removeBlock(body: Body, index: number): Body {
  const next = clone(body);
  next.root.children.splice(index, 1);
  return next;
}

function moveBlock(body: Body, from: number, to: number): Body {
  const next = clone(body);
  const [block] = next.root.children.splice(from, 1);
  if (!block) throw new Error(`no block ${from}`);
  next.root.children.splice(to, 0, block);
  return next;
}

function states(rows: readonly AlignedRow[]): RowState[] {
  return rows.map((r) => r.state);
}

/**
 * What the side-by-side view relies on: every block of both bodies appears in exactly one
 * row, and reading the rows top to bottom reads each body in order.
 */
function expectWellFormed(rows: readonly AlignedRow[], original: readonly BlockInfo[], translation: readonly BlockInfo[]): void {
  const oSeen = rows.flatMap((r) => (r.original ? [r.original.index] : []));
  const tSeen = rows.flatMap((r) => (r.translation ? [r.translation.index] : []));
  expect(oSeen).toEqual(original.map((o) => o.index));
  expect(tSeen).toEqual(translation.map((t) => t.index));
  for (const row of rows) expect(row.original !== null || row.translation !== null).toBe(true);
}

function align(original: Body, translation: Body) {
  const o = blocksOf(original);
  const t = blocksOf(translation);
  const rows = alignBlocks(o, t);
  expectWellFormed(rows, o, t);
  return { rows, o, t, health: healthOf(rows) };
}

describe('staleness of a linked translation', () => {
  const original = bodyFromParagraphs(ORIGINAL);
  const translation = linkedTranslation(original, TRANSLATED);

  it('starts current on every row', () => {
    const { rows, health } = align(original, translation);
    expect(states(rows)).toEqual(['current', 'current', 'current', 'current', 'current']);
    expect(rows.map((r) => [r.original?.text, r.translation?.text])).toEqual(ORIGINAL.map((o, i) => [o, TRANSLATED[i]]));
    expect(health).toEqual({ stale: 0, missing: 0 });
  });

  it('marks exactly the counterpart of a changed original paragraph stale', () => {
    const changed = editText(original, 2, 'Two, with new facts.');
    const { rows, health } = align(changed, translation);
    expect(states(rows)).toEqual(['current', 'current', 'stale', 'current', 'current']);
    expect(rows[2]?.original?.text).toBe('Two, with new facts.');
    expect(rows[2]?.translation?.srcText).toBe('Two.');
    expect(health).toEqual({ stale: 1, missing: 0 });
    expect(translationHealth(blocksOf(changed), blocksOf(translation))).toEqual({ stale: 1, missing: 0 });
  });

  it('does not mark a block stale for whitespace or formatting alone', () => {
    const respaced = editText(original, 2, '  Two.  ');
    const bolded = clone(original);
    const block = blockAt(bolded, 2);
    if (block.type === 'paragraph') block.children = [{ type: 'text', version: 1, text: 'Two.', format: 1, detail: 0, mode: 'normal', style: '' }];
    expect(align(respaced, translation).health).toEqual({ stale: 0, missing: 0 });
    expect(align(bolded, translation).health).toEqual({ stale: 0, missing: 0 });
  });

  it('is current again once the translated block is marked up to date', () => {
    const changed = editText(original, 2, 'Two, with new facts.');
    const newHash = blocksOf(changed)[2]?.hash ?? '';
    const updated = clone(translation);
    const state = blockAt(updated, 2).$ ?? {};
    blockAt(updated, 2).$ = { ...state, [BLOCK_STATE.srcHash]: newHash, [BLOCK_STATE.srcText]: 'Two, with new facts.' };
    const { rows, health } = align(changed, updated);
    expect(states(rows)).toEqual(['current', 'current', 'current', 'current', 'current']);
    expect(health).toEqual({ stale: 0, missing: 0 });
  });

  it('shows a new original paragraph as one missing row in its place', () => {
    const grown = insertParagraph(original, 2, 'A new paragraph.');
    const { rows, health } = align(grown, translation);
    expect(states(rows)).toEqual(['current', 'current', 'missing', 'current', 'current', 'current']);
    expect(rows[2]).toMatchObject({ original: { text: 'A new paragraph.' }, translation: null });
    expect(health).toEqual({ stale: 0, missing: 1 });
  });

  it('counts the translation of a removed original paragraph as stale', () => {
    const shrunk = removeBlock(original, 3);
    const { rows, health } = align(shrunk, translation);
    expect(states(rows)).toEqual(['current', 'current', 'current', 'removed', 'current']);
    expect(rows[3]).toMatchObject({ original: null, translation: { text: 'Три.' } });
    expect(health).toEqual({ stale: 1, missing: 0 });
  });

  it('keeps both sides in order and loses no block when the translator reorders', () => {
    const reordered = moveBlock(translation, 2, 1);
    const { rows, health } = align(original, reordered);
    // One of the two swapped blocks stays side by side with its original; the other sits in
    // its own row and its original is shown as moved.
    expect(states(rows).filter((s) => s === 'moved')).toHaveLength(1);
    expect(rows.filter((r) => r.original && r.translation).length).toBe(4);
    expect(health).toEqual({ stale: 0, missing: 0 });

    // A change to either moved original still marks its translation stale.
    for (const index of [1, 2]) {
      const changed = editText(original, index, 'Rewritten.');
      expect(align(changed, reordered).health).toEqual({ stale: 1, missing: 0 });
    }
  });

  it('keeps order with blocks moved far and many at once', () => {
    const reversed = clone(translation);
    reversed.root.children.reverse();
    expect(align(original, reversed).health).toEqual({ stale: 0, missing: 0 });
    expect(align(original, moveBlock(translation, 0, 4)).health).toEqual({ stale: 0, missing: 0 });
    const mixed = insertParagraph(removeBlock(editText(original, 4, 'Changed.'), 1), 0, 'Lead.');
    const { health } = align(mixed, moveBlock(translation, 3, 0));
    expect(health).toEqual({ stale: 2, missing: 1 });
  });

  it('counts a linked translated block emptied of words as missing', () => {
    const emptied = editText(translation, 1, '');
    const { rows, health } = align(original, emptied);
    expect(states(rows)).toEqual(['current', 'missing', 'current', 'current', 'current']);
    expect(health).toEqual({ stale: 0, missing: 1 });
  });
});

describe('translations without links', () => {
  const original = bodyFromParagraphs(ORIGINAL);

  it('pairs imported blocks by position as unlinked and shows the rest as extra', () => {
    const imported = bodyFromParagraphs([...TRANSLATED, 'Translator’s note.']);
    const { rows, health } = align(original, imported);
    expect(states(rows)).toEqual(['unlinked', 'unlinked', 'unlinked', 'unlinked', 'unlinked', 'extra']);
    expect(rows[5]).toMatchObject({ original: null, translation: { text: 'Translator’s note.' } });
    expect(health).toEqual({ stale: 0, missing: 0 });
  });

  it('shows original blocks past the end of a short translation as missing', () => {
    const { rows, health } = align(original, bodyFromParagraphs(TRANSLATED.slice(0, 3)));
    expect(states(rows)).toEqual(['unlinked', 'unlinked', 'unlinked', 'missing', 'missing']);
    expect(health).toEqual({ stale: 0, missing: 2 });
  });

  it('pairs unlinked blocks between linked ones by position', () => {
    const links = blocksOf(original).map((o, i) => (i === 0 || i === 4 ? linkTo(o) : null));
    const { rows } = align(original, bodyFromParagraphs(TRANSLATED, links));
    expect(states(rows)).toEqual(['current', 'unlinked', 'unlinked', 'unlinked', 'current']);
  });

  it('counts an empty translated block beside an original with words as missing', () => {
    const { rows, health } = align(original, bodyFromParagraphs(['Ноль.', '', 'Два.', '   ', 'Четыре.']));
    expect(states(rows)).toEqual(['unlinked', 'missing', 'unlinked', 'missing', 'unlinked']);
    expect(health).toEqual({ stale: 0, missing: 2 });
  });

  it('does not count an empty original block as missing', () => {
    const withGap = bodyFromParagraphs(['Zero.', '', 'Two.']);
    const linked = linkedTranslation(withGap, ['Ноль.', '', 'Два.']);
    const dropped = removeBlock(linked, 1);
    const unlinked = bodyFromParagraphs(['Ноль.', '', 'Два.']);
    expect(states(align(withGap, dropped).rows)).toEqual(['current', 'empty', 'current']);
    expect(align(withGap, dropped).health).toEqual({ stale: 0, missing: 0 });
    expect(align(withGap, linked).health).toEqual({ stale: 0, missing: 0 });
    expect(states(align(withGap, unlinked).rows)).toEqual(['unlinked', 'unlinked', 'unlinked']);
    expect(align(withGap, bodyFromParagraphs(['Ноль.'])).health).toEqual({ stale: 0, missing: 1 });
  });

  it('handles empty bodies', () => {
    expect(alignBlocks([], [])).toEqual([]);
    expect(align(original, bodyFromParagraphs([])).health).toEqual({ stale: 0, missing: 5 });
    expect(states(align(bodyFromParagraphs([]), bodyFromParagraphs(['x'])).rows)).toEqual(['extra']);
  });
});
