import { describe, expect, it } from 'vitest';
import { alignBlocks } from '../../../../shared/editor/alignment';
import { blocksOf, linkTo } from '../../../../shared/editor/blocks';
import { bodyFromParagraphs } from '../../../../shared/editor/text';
import { layoutRows, type BlockBox } from './layout';

function linkedPair(original: string[], translation: string[]) {
  const o = blocksOf(bodyFromParagraphs(original));
  const t = blocksOf(
    bodyFromParagraphs(
      translation,
      o.map(linkTo),
    ),
  );
  return { o, t };
}

/** Stacks blocks of the given heights from the top, with a fixed space between them. */
function boxes(ids: readonly string[], heights: readonly number[], space = 10): Map<string, BlockBox> {
  const out = new Map<string, BlockBox>();
  let top = 0;
  ids.forEach((id, i) => {
    const height = heights[i] ?? 20;
    out.set(id, { top, height });
    top += height + space;
  });
  return out;
}

describe('lining up the two columns', () => {
  it('gives the shorter side a gap so every pair starts at the same height', () => {
    const { o, t } = linkedPair(['a', 'b', 'c'], ['A', 'B', 'C']);
    const rows = alignBlocks(o, t);
    const ob = boxes(o.map((b) => b.id), [60, 20, 20]);
    const tb = boxes(t.map((b) => b.id), [20, 40, 20]);
    const layout = layoutRows(rows, ob, tb);
    // Row 2 starts at 70 on the left and 30 on the right: the right gets 40.
    expect(layout.translationGaps.get(t[1]!.id)).toBe(40);
    // Row 3: left 100, right 30+40+40+10=120 → the left gets 20.
    expect(layout.originalGaps.get(o[2]!.id)).toBe(20);
    expect(layout.originalGaps.has(o[1]!.id)).toBe(false);
    expect(layout.markers).toEqual([]);
  });

  it('leaves room beside an original block with no translation and marks it missing', () => {
    const o = blocksOf(bodyFromParagraphs(['a', 'new', 'c']));
    const t = blocksOf(
      bodyFromParagraphs(['A', 'C'], [o[0]!, o[2]!].map(linkTo)),
    );
    const rows = alignBlocks(o, t);
    const layout = layoutRows(rows, boxes(o.map((b) => b.id), [20, 20, 20]), boxes(t.map((b) => b.id), [20, 20]));
    expect(layout.translationGaps.get(t[1]!.id)).toBe(30);
    expect(layout.markers).toEqual([{ kind: 'missing', row: 1, top: 30 }]);
  });

  it('puts a stale marker at the changed pair', () => {
    const { o, t } = linkedPair(['a', 'b'], ['A', 'B']);
    const changed = [o[0]!, { ...o[1]!, text: 'b2', hash: 'other' }];
    const rows = alignBlocks(changed, t);
    const layout = layoutRows(rows, boxes(o.map((b) => b.id), [20, 20]), boxes(t.map((b) => b.id), [20, 20]));
    expect(layout.markers).toEqual([{ kind: 'stale', row: 1, top: 30 }]);
  });

  it('skips blocks it has not measured instead of guessing', () => {
    const { o, t } = linkedPair(['a', 'b'], ['A', 'B']);
    const rows = alignBlocks(o, t);
    const layout = layoutRows(rows, boxes([o[0]!.id], [20]), boxes(t.map((b) => b.id), [20, 20]));
    expect(layout.originalGaps.size + layout.translationGaps.size).toBe(0);
  });
});
