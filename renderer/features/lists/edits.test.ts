import { describe, expect, it } from 'vitest';
import type { ListItem } from '../../../shared/contract';
import { addItem } from '../../../shared/domain/lists';
import { newItem, removeById, restoreItem, setTeaser, shrinkTo, undoAdd } from './edits';
import { item } from './testCards';

const ids = (items: readonly ListItem[]) => items.map((i) => i.id);

describe('newItem', () => {
  it('makes an unpinned item with a fresh id, no overrides and an open schedule', () => {
    const a = newItem('0f8b6c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b', 'suggestion');
    const b = newItem('0f8b6c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b');
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.id).not.toBe(b.id);
    expect(a).toMatchObject({ pinned: false, teasers: {}, showFrom: null, showUntil: null, origin: 'suggestion' });
    expect(b.origin).toBe('manual');
  });
});

describe('setTeaser', () => {
  it('sets an override in one language and clears it when blank', () => {
    const [x] = [item()];
    const set = setTeaser([x], x.id, 'ru', '<b>Свой</b> текст');
    expect(set[0]?.teasers).toEqual({ ru: '<b>Свой</b> текст' });
    expect(setTeaser(set, x.id, 'ru', '  ')[0]?.teasers).toEqual({});
    expect(x.teasers).toEqual({});
  });
});

describe('remove and undo', () => {
  it('puts an unpinned item back where it was', () => {
    const list = [item(), item(), item()];
    const removal = removeById(list, list[1]?.id ?? '');
    expect(removal && ids(removal.items)).toEqual(ids([list[0], list[2]] as ListItem[]));
    const restored = removal && restoreItem(removal.items, removal.removed, removal.index, 10);
    expect(restored && ids(restored.items)).toEqual(ids(list));
    expect(restored?.dropped).toBeNull();
  });

  it('puts a pinned item back at its place, the pins below where they were', () => {
    const list = [item(), item({ pinned: true }), item(), item({ pinned: true }), item()];
    const removal = removeById(list, list[1]?.id ?? '');
    if (!removal) throw new Error('not removed');
    expect(removal.items[3]?.id).toBe(list[3]?.id);
    const restored = restoreItem(removal.items, removal.removed, removal.index, 10);
    expect(restored && ids(restored.items)).toEqual(ids(list));
    expect(restored?.items[1]?.pinned).toBe(true);
  });

  it('makes room when the list filled up meanwhile, saying which item dropped off', () => {
    const list = [item(), item(), item()];
    const removal = removeById(list, list[0]?.id ?? '');
    if (!removal) throw new Error('not removed');
    const newcomer = item();
    const full = addItem(removal.items, newcomer, 3, 0);
    if ('refused' in full) throw new Error('refused');
    const restored = restoreItem(full.items, removal.removed, 0, 3);
    expect(restored?.items[0]?.id).toBe(list[0]?.id);
    expect(restored?.items).toHaveLength(3);
    expect(restored?.dropped?.id).toBe(list[2]?.id);
  });

  it('does not put an article back twice', () => {
    const x = item();
    expect(restoreItem([x], { ...x, id: 'other' }, 0, 10)).toBeNull();
  });
});

describe('undoAdd', () => {
  it('takes the added item out and brings back the one that dropped off, at its place', () => {
    const list = [item(), item({ pinned: true }), item()];
    const added = item();
    const result = addItem(list, added, 3);
    if ('refused' in result) throw new Error('refused');
    expect(result.dropped?.id).toBe(list[2]?.id);
    const edited = result.items.map((i) => i);
    expect(ids(undoAdd(edited, added.id, result.dropped, 2, 3))).toEqual(ids(list));
  });

  it('only takes the item out when nothing dropped off', () => {
    const list = [item()];
    const added = item();
    expect(ids(undoAdd([added, ...list], added.id, null, -1, 10))).toEqual(ids(list));
  });
});

describe('shrinkTo', () => {
  it('drops the last unpinned items, pins staying', () => {
    const list = [item(), item(), item({ pinned: true }), item(), item()];
    const result = shrinkTo(list, 3);
    if ('refused' in result) throw new Error('refused');
    expect(ids(result.dropped)).toEqual(ids([list[3], list[4]] as ListItem[]));
    expect(ids(result.items)).toEqual(ids([list[0], list[1], list[2]] as ListItem[]));
  });

  it('changes nothing when the list fits', () => {
    const list = [item(), item()];
    expect(shrinkTo(list, 5)).toEqual({ items: list, dropped: [] });
  });

  it('refuses when the pins alone are more than the new maximum', () => {
    expect(shrinkTo([item({ pinned: true }), item({ pinned: true }), item()], 1)).toEqual({ refused: 'pinned', pinned: 2 });
  });
});
