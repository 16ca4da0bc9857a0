import type { KeyboardEvent } from 'react';

/**
 * Moving through a grid of photos with the arrow keys, Home and End. The grid wraps with
 * the window's width, so the number of columns is read from the layout each time.
 */

/** The index the key moves to from `index`, or null when the key does not move. */
export function nextGridIndex(key: string, index: number, count: number, columns: number): number | null {
  if (count === 0) return null;
  const cols = Math.max(1, columns);
  let next: number;
  switch (key) {
    case 'ArrowRight':
      next = index + 1;
      break;
    case 'ArrowLeft':
      next = index - 1;
      break;
    case 'ArrowDown':
      next = index + cols;
      break;
    case 'ArrowUp':
      next = index - cols;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = count - 1;
      break;
    default:
      return null;
  }
  if (next < 0 || next >= count) return index;
  return next;
}

/** How many items sit on the first row: those at the first item's height on the page. */
function columnsOf(items: readonly HTMLElement[]): number {
  const first = items[0];
  if (!first) return 1;
  const top = Math.round(first.getBoundingClientRect().top);
  let columns = 0;
  for (const item of items) {
    if (Math.abs(Math.round(item.getBoundingClientRect().top) - top) > 2) break;
    columns += 1;
  }
  return Math.max(1, columns);
}

/** A keydown handler for a grid whose items are the `[data-grid-item]` controls inside it. */
export function handleGridKeys(event: KeyboardEvent<HTMLElement>): void {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[data-grid-item]'));
  const index = items.findIndex((item) => item === document.activeElement);
  if (index < 0) return;
  const next = nextGridIndex(event.key, index, items.length, columnsOf(items));
  if (next === null) return;
  event.preventDefault();
  items[next]?.focus();
}
