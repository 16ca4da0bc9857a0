import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ListItem } from '../../../shared/contract';
import { moveItem } from '../../../shared/domain/lists';
import { REORDER_INSTRUCTIONS, reorderAnnouncements, type ReorderFacts } from './announcements';
import { needsAttention } from './gaps';
import { ItemRow } from './ItemRow';
import type { ListEditing } from './useListEditing';
import { useTranslation } from 'react-i18next';

/**
 * The items of a list, in order, as a list named `label`: each reorderable by dragging its
 * handle (or, from the keyboard, Space to lift, arrows, Space to drop), by `Move up` and
 * `Move down`; pinned items keep their places. Every move is announced.
 */
export function ItemList(props: { list: ListEditing; label: string; onlyAttention: boolean; compact: boolean; empty: string }) {
  const { t } = useTranslation();
  const { list } = props;
  const items = list.fields.items;
  const [message, setMessage] = useState('');
  const container = useRef<HTMLUListElement>(null);
  const focusAfter = useRef<{ id: string; control: 'move-up' | 'move-down' | 'remove' } | null>(null);
  const now = Date.now();

  // The order as it was when the drag began: what the announcements speak of.
  const atDragStart = useRef<readonly ListItem[]>(items);
  const facts = useRef<() => ReorderFacts>(() => factsFor(atDragStart.current, list.titleOf));
  facts.current = () => factsFor(atDragStart.current, list.titleOf);
  const announcements = useMemo(() => reorderAnnouncements(() => facts.current()), []);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // After `Move up` / `Move down` the focus stays with the moved item (on the other button at an end);
  // after `Remove`, it goes to the next item's `Remove`.
  useLayoutEffect(() => {
    const wanted = focusAfter.current;
    if (!wanted) return;
    focusAfter.current = null;
    const row = container.current?.querySelector(`[data-item="${wanted.id}"]`);
    const other = wanted.control === 'move-up' ? 'move-down' : 'move-up';
    const button = [wanted.control, other, 'remove']
      .map((c) => row?.querySelector<HTMLButtonElement>(`[data-control="${c}"]`))
      .find((b) => b && !b.disabled);
    button?.focus();
  }, [items]);

  const reorderable = !list.readOnly && !props.onlyAttention;
  const visible = props.onlyAttention ? items.filter((item) => needsAttention(list.cards.get(item.id) ?? [])) : items;

  const moveBy = (item: ListItem, delta: -1 | 1) => {
    const from = items.indexOf(item);
    const to = list.move(item.id, from + delta);
    if (to === null) return;
    focusAfter.current = { id: item.id, control: delta < 0 ? 'move-up' : 'move-down' };
    setMessage(t('lists.movedTo', { title: list.titleOf(item), position: to + 1, count: items.length }));
  };

  const remove = (item: ListItem) => {
    const at = visible.indexOf(item);
    const next = visible[at + 1] ?? visible[at - 1];
    if (next) focusAfter.current = { id: next.id, control: 'remove' };
    list.remove(item.id);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    list.move(String(active.id), items.findIndex((i) => i.id === over.id));
  };

  return (
    <>
      <p className="lists-sr-only" aria-live="polite">
        {message}
      </p>
      {visible.length === 0 ? (
        <p className="lists-empty">{props.onlyAttention && items.length > 0 ? t('lists.noItemNeedsAttention') : props.empty}</p>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          accessibility={{ announcements, screenReaderInstructions: REORDER_INSTRUCTIONS }}
          onDragStart={() => {
            atDragStart.current = items;
          }}
          onDragEnd={onDragEnd}
        >
          <SortableContext items={visible.map((i) => i.id)} strategy={verticalListSortingStrategy} disabled={!reorderable}>
            <ul ref={container} className="lists-items" aria-label={props.label}>
              {visible.map((item) => {
                const index = items.indexOf(item);
                return (
                  <ItemRow
                    key={item.id}
                    item={item}
                    index={index}
                    title={list.titleOf(item)}
                    languages={list.languages}
                    cards={list.cards.get(item.id)}
                    readOnly={list.readOnly}
                    reorderable={reorderable}
                    canMoveUp={moveItem(items, index, index - 1) !== items}
                    canMoveDown={moveItem(items, index, index + 1) !== items}
                    compact={props.compact}
                    now={now}
                    onMove={(delta) => moveBy(item, delta)}
                    onPin={() => list.togglePin(item.id)}
                    onRemove={() => remove(item)}
                    onTeaser={(lang, text) => list.editTeaser(item.id, lang, text)}
                    onSchedule={(change) => list.editSchedule(item.id, change)}
                    onBlur={list.flush}
                  />
                );
              })}
            </ul>
          </SortableContext>
        </DndContext>
      )}
    </>
  );
}

function factsFor(items: readonly ListItem[], titleOf: (item: ListItem) => string): ReorderFacts {
  return {
    ids: items.map((i) => i.id),
    titleOf: (id) => {
      const item = items.find((i) => i.id === id);
      return item ? titleOf(item) : '';
    },
    landingIndex(activeId, overId) {
      const from = items.findIndex((i) => i.id === activeId);
      const moved = moveItem(items, from, items.findIndex((i) => i.id === overId));
      return moved === items ? null : moved.findIndex((i) => i.id === activeId);
    },
  };
}
