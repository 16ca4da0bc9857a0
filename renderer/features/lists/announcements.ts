import { i18n, liveTexts } from '../../i18n';
import { quoted } from './labels';
import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';

/** What a screen reader hears while an item is dragged, with the keyboard or a pointer. */

export const REORDER_INSTRUCTIONS: ScreenReaderInstructions = liveTexts({
  draggable: 'reorder.instructions',
});

export interface ReorderFacts {
  /** The item ids in list order. */
  ids: readonly string[];
  titleOf(id: string): string;
  /** Where the item would end up if dropped over `overId` (the pins decide), or null when it cannot move there. */
  landingIndex(activeId: string, overId: string): number | null;
}

function position(index: number, count: number): string {
  return i18n.t('reorder.position', { index: index + 1, count });
}

export function reorderAnnouncements(facts: () => ReorderFacts): Announcements {
  // Whether the item has left its own place since it was picked up: until then, being over
  // itself is not news (the pickup was just announced).
  let moved = false;
  const describe = (active: UniqueIdentifier) => {
    const f = facts();
    const id = String(active);
    return { f, id, title: quoted(f.titleOf(id)), from: f.ids.indexOf(id), count: f.ids.length };
  };
  const landing = (f: ReorderFacts, id: string, overId: string, from: number) => (overId === id ? from : f.landingIndex(id, overId));
  return {
    onDragStart({ active }) {
      moved = false;
      const { title, from, count } = describe(active.id);
      return i18n.t('reorder.pickedUp', { title, position: position(from, count) });
    },
    onDragOver({ active, over }) {
      const { f, id, title, from, count } = describe(active.id);
      if (!over) return i18n.t('reorder.notOver', { title });
      if (String(over.id) === id && !moved) return undefined;
      moved = true;
      const to = landing(f, id, String(over.id), from);
      if (to === null) return i18n.t('reorder.pinnedPlace', { title });
      return to === from ? i18n.t('reorder.wouldStay', { title, position: position(from, count) }) : i18n.t('reorder.wouldMove', { title, position: position(to, count) });
    },
    onDragEnd({ active, over }) {
      const { f, id, title, from, count } = describe(active.id);
      const to = over ? landing(f, id, String(over.id), from) : null;
      if (to === null || to === from) return i18n.t('reorder.droppedStays', { title, position: position(from, count) });
      return i18n.t('reorder.dropped', { title, position: position(to, count) });
    },
    onDragCancel({ active }) {
      const { title, from, count } = describe(active.id);
      return i18n.t('reorder.cancelled', { title, position: position(from, count) });
    },
  };
}
