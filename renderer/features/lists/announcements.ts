import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';

/** What a screen reader hears while an item is dragged, with the keyboard or a pointer. */

export const REORDER_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move this item, press Space. Then use the up and down arrow keys to choose its new place, and press Space again to drop it there, or Escape to leave it where it was. Pinned items keep their places.',
};

export interface ReorderFacts {
  /** The item ids in list order. */
  ids: readonly string[];
  titleOf(id: string): string;
  /** Where the item would end up if dropped over `overId` (the pins decide), or null when it cannot move there. */
  landingIndex(activeId: string, overId: string): number | null;
}

function position(index: number, count: number): string {
  return `position ${index + 1} of ${count}`;
}

export function reorderAnnouncements(facts: () => ReorderFacts): Announcements {
  // Whether the item has left its own place since it was picked up: until then, being over
  // itself is not news (the pickup was just announced).
  let moved = false;
  const describe = (active: UniqueIdentifier) => {
    const f = facts();
    const id = String(active);
    return { f, id, title: `“${f.titleOf(id)}”`, from: f.ids.indexOf(id), count: f.ids.length };
  };
  const landing = (f: ReorderFacts, id: string, overId: string, from: number) => (overId === id ? from : f.landingIndex(id, overId));
  return {
    onDragStart({ active }) {
      moved = false;
      const { title, from, count } = describe(active.id);
      return `Picked up ${title}, at ${position(from, count)}.`;
    },
    onDragOver({ active, over }) {
      const { f, id, title, from, count } = describe(active.id);
      if (!over) return `${title} is no longer over the list.`;
      if (String(over.id) === id && !moved) return undefined;
      moved = true;
      const to = landing(f, id, String(over.id), from);
      if (to === null) return `${title} cannot go there: that place is pinned.`;
      return to === from ? `${title} would stay at ${position(from, count)}.` : `${title} would move to ${position(to, count)}.`;
    },
    onDragEnd({ active, over }) {
      const { f, id, title, from, count } = describe(active.id);
      const to = over ? landing(f, id, String(over.id), from) : null;
      if (to === null || to === from) return `${title} was dropped and stays at ${position(from, count)}.`;
      return `${title} was dropped at ${position(to, count)}.`;
    },
    onDragCancel({ active }) {
      const { title, from, count } = describe(active.id);
      return `Moving ${title} was cancelled. It stays at ${position(from, count)}.`;
    },
  };
}
