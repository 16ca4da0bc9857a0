import type { Active, Over } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { moveItem } from '../../../shared/domain/lists';
import { reorderAnnouncements, type ReorderFacts } from './announcements';

const items = [
  { id: 'a', title: 'Alpha', pinned: false },
  { id: 'b', title: 'Beta', pinned: true },
  { id: 'c', title: 'Gamma', pinned: false },
];

const facts: ReorderFacts = {
  ids: items.map((i) => i.id),
  titleOf: (id) => items.find((i) => i.id === id)?.title ?? '',
  landingIndex(activeId, overId) {
    const from = items.findIndex((i) => i.id === activeId);
    const moved = moveItem(items, from, items.findIndex((i) => i.id === overId));
    return moved === items ? null : moved.findIndex((i) => i.id === activeId);
  },
};

const active = (id: string) => ({ id }) as Active;
const over = (id: string) => ({ id }) as Over;

describe('reorderAnnouncements', () => {
  const say = reorderAnnouncements(() => facts);

  it('says what was picked up and where it is', () => {
    expect(say.onDragStart({ active: active('c') })).toBe('Picked up “Gamma”, at position 3 of 3.');
  });

  it('says where the item would land, hopping over a pinned place', () => {
    expect(say.onDragOver({ active: active('c'), over: over('b') })).toBe('“Gamma” would move to position 1 of 3.');
    expect(say.onDragOver({ active: active('c'), over: null })).toBe('“Gamma” is no longer over the list.');
  });

  it('says where it was dropped, or that it stays', () => {
    expect(say.onDragEnd({ active: active('c'), over: over('a') })).toBe('“Gamma” was dropped at position 1 of 3.');
    expect(say.onDragEnd({ active: active('c'), over: over('c') })).toBe('“Gamma” was dropped and stays at position 3 of 3.');
    expect(say.onDragEnd({ active: active('c'), over: null })).toBe('“Gamma” was dropped and stays at position 3 of 3.');
  });

  it('says a pinned place cannot take it when there is nowhere beyond', () => {
    expect(say.onDragOver({ active: active('a'), over: over('b') })).toBe('“Alpha” would move to position 3 of 3.');
    const pinnedEnd = reorderAnnouncements(() => ({ ...facts, landingIndex: () => null }));
    expect(pinnedEnd.onDragOver({ active: active('a'), over: over('b') })).toBe('“Alpha” cannot go there: that place is pinned.');
  });

  it('says nothing of the item over its own place at pickup, but does once it came back', () => {
    const fresh = reorderAnnouncements(() => facts);
    fresh.onDragStart({ active: active('c') });
    expect(fresh.onDragOver({ active: active('c'), over: over('c') })).toBeUndefined();
    expect(fresh.onDragOver({ active: active('c'), over: over('a') })).toBe('“Gamma” would move to position 1 of 3.');
    expect(fresh.onDragOver({ active: active('c'), over: over('c') })).toBe('“Gamma” would stay at position 3 of 3.');
    fresh.onDragStart({ active: active('a') });
    expect(fresh.onDragOver({ active: active('a'), over: over('a') })).toBeUndefined();
  });

  it('says a cancelled move leaves the item where it was', () => {
    expect(say.onDragCancel({ active: active('a'), over: null })).toBe('Moving “Alpha” was cancelled. It stays at position 1 of 3.');
  });
});
